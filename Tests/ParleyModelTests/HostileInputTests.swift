import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct HostileInputTests {
    @Test func aliasBombsEndInAnErrorNotAHang() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        yaml += "parley: 1\nid: bomb\ntimezone: UTC\nparties: *a9\nrounds: []\n"
        let errors = ModelFixtures.errors(yaml)
        #expect(errors.contains { $0.contains("too large") })
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        var bytes = Array("parley: 1\nid: x\ntitle: caf".utf8)
        bytes += [0xC3, 0x28]
        do {
            _ = try MeetingLoader.parse(bytes, file: "bad.yaml")
            Issue.record("loaded invalid UTF-8")
        } catch {
            #expect(error.diagnostics.first?.description == "bad.yaml:3:11: error: the file is not valid UTF-8 text")
        }
    }

    @Test func deepNestingIsRefused() {
        let yaml = "parley: 1\nid: x\ntitle: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        #expect(ModelFixtures.errors(yaml).contains { $0.contains("nests deeper") })
    }

    @Test func everyErrorIsReportedNotOnlyTheFirst() {
        let errors = ModelFixtures.errors(
            """
            parley: 1
            id: demo
            timezone: Mars/Olympus
            colour: red
            parties: [{id: ru, name: Russia, color: nope}]
            rounds: [{id: r, date: 2025-13-01, start: "10:00", end: "11:00"}]
            """)
        #expect(errors.count == 4, "\(errors)")
    }

    @Test func emptyAndNonMappingDocumentsAreErrors() {
        #expect(ModelFixtures.errors("").first?.contains("empty") == true)
        #expect(ModelFixtures.errors("- a\n- b\n").first?.contains("expected the meeting as a mapping") == true)
    }
}

@Suite struct AnchorTests {
    @Test func anchorsAndAliasesShareValues() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - {id: a, date: 2025-06-02, start: &start "14:43", end: "15:57", table: {left: &ours [ru, ru], right: [ua]}}
                  - {id: b, date: 2025-06-03, start: *start, end: "15:00", table: {left: *ours, right: [ua]}}
                """)
        #expect(result.meeting.rounds[1].start.clockText == "14:43")
        #expect(result.meeting.rounds[1].table?.seats(.left).count == 2)
    }

    @Test func anUndefinedAliasIsASyntaxError() {
        #expect(
            ModelFixtures.errors("parley: 1\nid: *nowhere\n").first
                == "test.yaml:2:5: error: syntax error: the alias *nowhere names no anchor")
    }
}

/// Inputs at and past the documented limits (`ModelLimits`): each ends in a located error, or
/// loads when it is within them. Their time and memory are asserted on a child process, in
/// `LoaderResourceContractTests`.
@Suite struct LimitTests {
    private struct Errors {
        var errors: [String]
    }
    private func collected(_ body: () -> [String]) -> Errors { Errors(errors: body()) }

    @Test func aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("huge.yaml").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)  // sparse: no 50 MB written to disk
        try handle.close()
        do {
            _ = try MeetingLoader.load(path: path)
            Issue.record("loaded a 50 MB model")
        } catch {
            #expect(error.description == "\(path):1:1: error: the file is 52428800 bytes; models are limited to 16777216 bytes (16 MiB)")
        }
    }

    @Test func aMillionSeatsEndInTheSeatLimit() {
        let seats = Array(repeating: "ru", count: 1_000_000).joined(separator: ", ")
        let result = collected {
            ModelFixtures.errors(
                ModelFixtures.header + "  - {id: r, date: 2025-06-02, start: '10:00', end: '11:00', table: {left: [\(seats)]}}\n")
        }
        #expect(
            result.errors == [
                "test.yaml:8:2076: error: with this seat the left of the table of round 'r' has more than 500 seats, the limit; give a large delegation as one seat with a name such as 'Experts'"
            ])
        #expect(
            ModelFixtures.errors(
                ModelFixtures.header
                    + "  - {id: r, date: 2025-06-02, start: '10:00', end: '11:00', table: {left: [{party: ru, count: 1000000000}]}}\n")
                == ["test.yaml:8:95: error: 'count' must be between 1 and 500, found 1000000000"])
    }

    @Test func millionsOfValuesStopAtTheNodeLimitWhileReading() {
        let text = "parley: 1\nid: x\ntitle: [" + String(repeating: "a,", count: 3_000_000) + "a]\n"
        let result = collected { ModelFixtures.errors(text) }
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("test.yaml:3:") == true)
        #expect(
            result.errors.first?.hasSuffix("error: the model is too large: more than 2000000 values; split it into several files") == true)
    }

    @Test func a100000LevelNestingStopsAtTheDepthLimitWithoutOverflowingTheStack() {
        for (open, close) in [("[", "]"), ("{a: ", "}")] {
            let text =
                "parley: 1\nid: x\ntitle: " + String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000)
                + "\n"
            let result = collected { ModelFixtures.errors(text) }
            #expect(
                result.errors.count == 1 && result.errors[0].contains("error: the model nests deeper than 64 levels"), "\(result.errors)")
        }
    }

    @Test func labelsUpToTheLengthLimitLoadAndLongerOnesAreLocatedErrors() throws {
        let long = String(repeating: "Ж", count: 10_000)
        let loaded = try ModelFixtures.load(
            rounds: "  - {id: r, date: 2025-06-02, start: '10:00', end: '11:00', events: [{at: '10:30', label: \"\(long)\"}]}\n")
        #expect(loaded.meeting.rounds[0].events[0].label.count == 10_000)
        #expect(
            ModelFixtures.attempt(rounds: "  - {id: r, date: 2025-06-02, start: '10:00', end: '11:00', events: [{label: \"\(long)!\"}]}\n")
                .errorDescriptions.first?.contains("is 10001 characters long; the limit is 10000") == true)
        let empty = try ModelFixtures.load(
            rounds: "  - {id: r, date: 2025-06-02, start: '10:00', end: '11:00', events: [{at: '10:30', label: ''}]}\n")
        #expect(empty.meeting.rounds[0].events.count == 1)
    }
}

extension Result where Failure == ModelError {
    fileprivate var errorDescriptions: [String] {
        if case .failure(let error) = self { return error.diagnostics.map(\.description) }
        return []
    }
}

extension ModelFixtures {
    fileprivate static func attempt(rounds: String) -> Result<MeetingLoader.Result, ModelError> {
        Result { () throws(ModelError) in try MeetingLoader.parse(Array((header + rounds).utf8), file: "test.yaml") }
    }
}
