import Foundation
import ParleyJSON
import ParleyScene

/// `manifest.json`: every file an export wrote or found unchanged, with what it shows and a
/// content hash, so reports and build systems can depend on the outputs.
public struct Manifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var source: String
        public var meeting: String
        public var chart: String
        public var round: String?
        public var format: String
        /// In pixels for PNG (after `--scale`), in points (CSS px) for SVG, PDF and JSON.
        public var width: Int
        public var height: Int
        public var bytes: Int
        public var sha256: String

        /// From one object of a manifest's `files` as `JSONSerialization` reads it.
        init?(dictionary file: [String: Any]) {
            guard let path = file["path"] as? String, let sha = file["sha256"] as? String else { return nil }
            self.init(
                path: path, source: file["source"] as? String ?? "", meeting: file["meeting"] as? String ?? "",
                chart: file["chart"] as? String ?? "", round: file["round"] as? String, format: file["format"] as? String ?? "",
                width: file["width"] as? Int ?? 0, height: file["height"] as? Int ?? 0, bytes: file["bytes"] as? Int ?? 0, sha256: sha)
        }

        init(
            path: String, source: String, meeting: String, chart: String, round: String?, format: String, width: Int, height: Int,
            bytes: Int, sha256: String
        ) {
            self.path = path; self.source = source; self.meeting = meeting; self.chart = chart; self.round = round
            self.format = format; self.width = width; self.height = height; self.bytes = bytes; self.sha256 = sha256
        }

        var dictionary: [String: Any] {
            var file: [String: Any] = [
                "path": path, "source": source, "meeting": meeting, "chart": chart, "format": format, "width": width, "height": height,
                "bytes": bytes, "sha256": sha256,
            ]
            if let round { file["round"] = round }
            return file
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries.sorted { $0.path < $1.path } }

    public func json() -> JSONValue {
        .object([
            ("format", .string("parley-manifest")), ("version", .number(1)),
            (
                "files",
                .array(
                    entries.map { entry in
                        .object([
                            ("path", .string(entry.path)), ("source", .string(entry.source)), ("meeting", .string(entry.meeting)),
                            ("chart", .string(entry.chart)), ("round", entry.round.map { .string($0) } ?? .null),
                            ("format", .string(entry.format)),
                            ("width", .number(Double(entry.width))), ("height", .number(Double(entry.height))),
                            ("bytes", .number(Double(entry.bytes))), ("sha256", .string(entry.sha256)),
                        ])
                    })
            ),
        ])
    }

    /// Reads a manifest written by `json()`.
    public init(contentsOf path: String) throws(ParleyError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .io("cannot read \(path)") }
        try self.init(bytes: Array(data), name: path)
    }

    /// Reads the bytes of a manifest written by `json()`; `name` names it in errors.
    public init(bytes: [UInt8], name: String) throws(ParleyError) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            root["format"] as? String == "parley-manifest", let files = root["files"] as? [[String: Any]]
        else { throw .io("\(name) is not a Parley manifest") }
        var entries: [Entry] = []
        for file in files {
            guard let entry = Entry(dictionary: file) else { throw .io("\(name): an entry lacks 'path' or 'sha256'") }
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
