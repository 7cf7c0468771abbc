import Foundation
import Parley
import ParleyJSON
import ParleyScene

/// `manifest.json`: every file an export wrote or found unchanged, with what it shows and a
/// content hash, so reports and build systems can depend on the outputs.
public struct Manifest: Sendable, Equatable {
    /// One file of the export and what it shows.
    public struct Entry: Sendable, Equatable {
        /// Relative to the output folder, `/`-separated, as `ExportItem.path`.
        public var path: String
        /// The model file the chart was drawn from, as the export was given it.
        public var source: String
        /// Id of the meeting the chart shows.
        public var meeting: String
        /// The chart's `--chart` name.
        public var chart: String
        /// Id of the round drawn; `nil` for charts of the whole meeting.
        public var round: String?
        /// The format's name (`svg`, `png`, …).
        public var format: String
        /// The language the chart is written in, when the export named one (`--lang`); `nil`
        /// for an export that left the language to the model.
        public var language: String? = nil
        /// In pixels for PNG (after `--scale`), in points (CSS px) for SVG, PDF and JSON.
        public var width: Int
        /// In the same units as `width`.
        public var height: Int
        /// Size of the file in bytes.
        public var bytes: Int
        /// SHA-256 of the file's bytes, lower-case hex.
        public var sha256: String

        /// From one object of a manifest's `files` (or a journal line).
        init?(json file: JSONValue) {
            guard let path = file["path"]?.stringValue, let sha = file["sha256"]?.stringValue else { return nil }
            self.init(
                path: path, source: file["source"]?.stringValue ?? "", meeting: file["meeting"]?.stringValue ?? "",
                chart: file["chart"]?.stringValue ?? "", round: file["round"]?.stringValue, format: file["format"]?.stringValue ?? "",
                width: file["width"]?.intValue ?? 0, height: file["height"]?.intValue ?? 0, bytes: file["bytes"]?.intValue ?? 0,
                sha256: sha)
            language = file["language"]?.stringValue
        }

        init(
            path: String, source: String, meeting: String, chart: String, round: String?, format: String, width: Int, height: Int,
            bytes: Int, sha256: String
        ) {
            self.path = path; self.source = source; self.meeting = meeting; self.chart = chart; self.round = round
            self.format = format; self.width = width; self.height = height; self.bytes = bytes; self.sha256 = sha256
        }

        /// Keys in the order `path`, `source`, `meeting`, `chart`, `round` (null for charts of
        /// no one round), `format`, `language` (only when the export named one), `width`,
        /// `height`, `bytes`, `sha256`.
        var json: JSONValue {
            let language = self.language.map { [("language", JSONValue.string($0))] } ?? []
            return .object(
                [
                    ("path", .string(path)), ("source", .string(source)), ("meeting", .string(meeting)), ("chart", .string(chart)),
                    ("round", round.map { .string($0) } ?? .null), ("format", .string(format)),
                ] + language + [
                    ("width", .number(Double(width))), ("height", .number(Double(height))), ("bytes", .number(Double(bytes))),
                    ("sha256", .string(sha256)),
                ])
        }
    }

    /// Every file, sorted by `path`.
    public var entries: [Entry]

    /// Makes a manifest of `entries`, sorting them by path so the file does not depend on finishing order.
    public init(entries: [Entry]) { self.entries = entries.sorted { $0.path < $1.path } }

    /// The document `manifest.json` holds: `format`, `version`, then `files` in path order.
    public func json() -> JSONValue {
        .object([("format", .string("parley-manifest")), ("version", .number(1)), ("files", .array(entries.map(\.json)))])
    }

    /// Reads a manifest written by `json()`.
    public init(contentsOf path: String) throws(ParleyError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .io("cannot read \(path)") }
        try self.init(bytes: Array(data), name: path)
    }

    /// Reads the bytes of a manifest written by `json()`; `name` names it in errors.
    public init(bytes: [UInt8], name: String) throws(ParleyError) {
        guard let root = try? JSONValue(parsing: bytes), root["format"]?.stringValue == "parley-manifest",
            let files = root["files"]?.arrayValue
        else { throw .io("\(name) is not a Parley manifest") }
        var entries: [Entry] = []
        for file in files {
            guard let entry = Entry(json: file) else { throw .io("\(name): an entry lacks 'path' or 'sha256'") }
            entries.append(entry)
        }
        self.init(entries: entries)
    }

    /// `entries` on top of `base`: one entry a path, the later ones replacing the earlier.
    static func overlaying(_ entries: [Entry], on base: [Entry]) -> Manifest {
        var byPath: [String: Entry] = [:]
        for entry in base + entries { byPath[entry.path] = entry }
        return Manifest(entries: Array(byPath.values))
    }

    /// Several shards' manifests as one; the same path twice must carry the same content.
    public static func merged(_ manifests: [Manifest]) throws(ParleyError) -> Manifest {
        var byPath: [String: Entry] = [:]
        for entry in manifests.flatMap(\.entries) {
            if let existing = byPath[entry.path], existing.sha256 != entry.sha256 {
                throw .io("two manifests list \(entry.path) with different contents")
            }
            byPath[entry.path] = entry
        }
        return Manifest(entries: Array(byPath.values))
    }
}
