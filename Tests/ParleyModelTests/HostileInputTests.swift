import ParleyModel
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
