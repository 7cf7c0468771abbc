import Parley
import ParleyLayout
import ParleyModel

/// One file an export writes: which chart of which round, in which format, where.
public struct ExportItem: Sendable, Hashable {
    /// The chart's `--chart` name, also the file's name before its extension.
    public var chart: String
    /// `nil` for charts of the whole meeting.
    public var round: String?
    /// The format of the file, which gives its extension.
    public var format: OutputFormat
    /// The language the chart is written in when the export names one per file (`--lang en,ru`);
    /// `nil` for the export's one language.
    public var language: String? = nil
    /// Relative to the output folder: `<meeting>/<round>/timeline.svg`, `<meeting>/timeline.svg`,
    /// and `<lang>/<meeting>/…` in an export of several languages.
    public var path: String
}

/// Every file a meeting exports, as the charts declare it (`ChartLayout.exported`): today per
/// round its timeline and (with a table) its seating; for the meeting the timeline of all
/// rounds, the overview and, with two tables or more, the seating comparison.
public enum ExportPlan {
    /// The files `meeting` exports in `formats`: every format in turn, charts in registry placement order.
    public static func items(for meeting: Meeting, formats: [OutputFormat]) -> [ExportItem] {
        let placed = ChartRegistry.exported(in: meeting)
        return formats.flatMap { format in
            placed.map { chart in
                let folder = [meeting.id] + (chart.roundID.map { [$0] } ?? [])
                return ExportItem(
                    chart: chart.chart, round: chart.roundID, format: format,
                    path: (folder + ["\(chart.chart).\(format.fileExtension)"]).joined(separator: "/"))
            }
        }
    }

    /// The files of `items(for:formats:)` once per language, each under `<lang>/`: language by
    /// language, in the order given. Two or more languages make folders; one or none, today's layout.
    public static func items(for meeting: Meeting, formats: [OutputFormat], languages: [String]) -> [ExportItem] {
        let items = items(for: meeting, formats: formats)
        guard languages.count > 1 else { return items }
        return languages.flatMap { language in
            items.map { item in
                var item = item
                item.language = language
                item.path = language + "/" + item.path
                return item
            }
        }
    }

    /// Why the plan cannot be written, if it cannot: a round whose id is the name of one of the
    /// meeting's files (`timeline.svg`), or a meeting named like the manifest, would need one
    /// path to be a file and a folder at once.
    public static func conflict(in items: [ExportItem], manifestName: String) -> String? {
        let files = Set(items.map(\.path) + [manifestName])
        for item in items {
            var folder = item.path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                if files.contains(folder) {
                    return "'\(folder)' would be both a file and the folder of '\(item.path)'; rename the round or meeting id"
                }
            }
        }
        return nil
    }
}

/// The K-th of N parts of an export, split by model file so that every machine running the
/// same command over the same files agrees on who does what.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// Which part this is, from 1.
    public var index: Int
    /// How many parts the export is split into.
    public var count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    /// Whether this shard exports `file` (by a hash of its path as given, so the split does
    /// not depend on the order files are listed in).
    public func includes(_ file: String) -> Bool {
        let digest = SHA256.hex(Array(file.utf8))
        let value = UInt64(digest.prefix(15), radix: 16) ?? 0
        return Int(value % UInt64(count)) == index - 1
    }

    /// `K/N`, as `--shard` takes it.
    public var description: String { "\(index)/\(count)" }
}
