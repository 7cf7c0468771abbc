import Parley
import ParleyJSON

/// What exporting one model did: its files, or why it failed. Travels between processes as
/// one line of JSON when workers are processes, its keys in this order: `index`, `written`,
/// `unchanged`, `failure`, `stopped` and `warnings` (when there are any), `entries` (each as a
/// manifest's `files` entry).
struct ModelOutcome: Sendable {
    /// The model's place in the sorted list of files.
    var index: Int
    var entries: [Manifest.Entry] = []
    var written = 0
    var unchanged = 0
    var failure: String?
    /// True when the model was not (wholly) exported because the export was stopped, not
    /// because of the model: the summary counts such models instead of listing each.
    var stopped = false
    /// Located warnings met on the way (a flag that was drawn as stripes), one escaped line each.
    var warnings: [String] = []

    func jsonLine() -> String {
        var members: [(String, JSONValue)] = [
            ("index", .number(Double(index))), ("written", .number(Double(written))), ("unchanged", .number(Double(unchanged))),
        ]
        if let failure { members.append(("failure", .string(failure))) }
        if stopped { members.append(("stopped", .bool(true))) }
        if !warnings.isEmpty { members.append(("warnings", .array(warnings.map { .string($0) }))) }
        members.append(("entries", .array(entries.map(\.json))))
        return JSONValue.object(members).compactSerialized()
    }

    init(index: Int, entries: [Manifest.Entry] = [], written: Int = 0, unchanged: Int = 0, failure: String? = nil, stopped: Bool = false) {
        self.index = index; self.entries = entries; self.written = written; self.unchanged = unchanged; self.failure = failure
        self.stopped = stopped
    }

    init?(jsonLine line: String) {
        guard let object = try? JSONValue(parsing: Array(line.utf8)), let index = object["index"]?.intValue,
            let files = object["entries"]?.arrayValue
        else { return nil }
        let entries = files.compactMap(Manifest.Entry.init(json:))
        guard entries.count == files.count else { return nil }
        self.init(
            index: index, entries: entries, written: object["written"]?.intValue ?? 0, unchanged: object["unchanged"]?.intValue ?? 0,
            failure: object["failure"]?.stringValue, stopped: object["stopped"] == .bool(true))
        warnings = object["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
