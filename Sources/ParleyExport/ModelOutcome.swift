import Parley
import Foundation

/// What exporting one model did: its files, or why it failed. Travels between processes as
/// one line of JSON when workers are processes.
struct ModelOutcome: Sendable {
    /// The model's place in the sorted list of files.
    var index: Int
    var entries: [Manifest.Entry] = []
    var written = 0
    var unchanged = 0
    var failure: String?
    /// Located warnings met on the way (a flag that was drawn as stripes), one escaped line each.
    var warnings: [String] = []

    func jsonLine() -> String {
        var object: [String: Any] = [
            "index": index, "written": written, "unchanged": unchanged, "entries": entries.map(\.dictionary),
        ]
        if let failure { object["failure"] = failure }
        if !warnings.isEmpty { object["warnings"] = warnings }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    init(index: Int, entries: [Manifest.Entry] = [], written: Int = 0, unchanged: Int = 0, failure: String? = nil) {
        self.index = index; self.entries = entries; self.written = written; self.unchanged = unchanged; self.failure = failure
    }

    init?(jsonLine line: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let index = object["index"] as? Int, let files = object["entries"] as? [[String: Any]]
        else { return nil }
        let entries = files.compactMap(Manifest.Entry.init(dictionary:))
        guard entries.count == files.count else { return nil }
        self.init(
            index: index, entries: entries, written: object["written"] as? Int ?? 0, unchanged: object["unchanged"] as? Int ?? 0,
            failure: object["failure"] as? String)
        warnings = object["warnings"] as? [String] ?? []
    }
}
