import ParleyJSON
import Testing

@testable import ParleyExport

/// The one-line JSON that export workers and the manifest journal exchange: fixed key order,
/// one line, and it reads back.
@Suite struct ExportJSONLineTests {
    private let entry = Manifest.Entry(
        path: "m/timeline.svg", source: "m.yaml", meeting: "m", chart: "timeline", round: nil, format: "svg", width: 720, height: 300,
        bytes: 1234, sha256: "ab")

    @Test func outcomeLinesKeepTheirOrderAndReadBack() throws {
        var outcome = ModelOutcome(index: 3, entries: [entry], written: 1, unchanged: 2, failure: "m.yaml:1:1: error: \"x\"\nnext")
        outcome.warnings = ["a flag fell back"]
        let line = outcome.jsonLine()
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"index":3,"written":1,"unchanged":2,"failure":"m.yaml:1:1: error: \"x\"\nnext","warnings":["#))
        let read = try #require(ModelOutcome(jsonLine: line))
        #expect(read.index == 3 && read.written == 1 && read.unchanged == 2 && read.failure == outcome.failure)
        #expect(read.entries == [entry] && read.warnings == outcome.warnings)
    }

    @Test func entriesKeepTheManifestsOrder() throws {
        let json = entry.json
        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.0) == ["path", "source", "meeting", "chart", "round", "format", "width", "height", "bytes", "sha256"])
        #expect(Manifest.Entry(json: try JSONValue(parsing: Array(json.compactSerialized().utf8))) == entry)
        let manifest = Manifest(entries: [entry])
        #expect(try Manifest(bytes: Array(manifest.json().serialized().utf8), name: "manifest.json") == manifest)
    }

    @Test func aCutLineIsNoOutcome() {
        let line = ModelOutcome(index: 1, entries: [entry]).jsonLine()
        #expect(ModelOutcome(jsonLine: String(line.dropLast(5))) == nil)
    }
}
