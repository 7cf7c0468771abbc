import ParleyModel
import Testing

/// The "what would be right" parts of a diagnostic travel as hints of their own, so a tool can
/// offer `did you mean` as a fix; the printed line is still one sentence.
struct DiagnosticHintTests {
    private func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            _ = try MeetingLoader.parse(Array(text.utf8), file: "test.yaml")
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    private let round = "  - {id: r1, date: 2025-06-02, start: '10:00', end: '11:00'}\n"

    @Test func aMisspeltKeySuggestsTheKnownOneAsAHint() throws {
        let found = try #require(diagnostics(ModelFixtures.header + round + "titel: Talks\n").first)
        #expect(found.message == "unknown key 'titel' in the meeting")
        #expect(found.hints == [.didYouMean("title")])
        #expect(found.description == "test.yaml:9:1: error: unknown key 'titel' in the meeting; did you mean 'title'?")
    }

    @Test func anUnknownPartyNamesTheClosestAndTheKnownOnesApart() throws {
        let text =
            ModelFixtures.header.replacingOccurrences(of: "rounds:\n", with: "people:\n  - {id: p, name: P, party: ruu}\nrounds:\n") + round
        let found = try #require(diagnostics(text).first)
        #expect(found.message == "person 'p' belongs to unknown party 'ruu'")
        #expect(found.hints == [.didYouMean("ru"), .note("known parties: 'ru', 'ua'")])
        #expect(found.text == "person 'p' belongs to unknown party 'ruu'; did you mean 'ru'?; known parties: 'ru', 'ua'")
    }

    @Test func aBadValueSaysHowToWriteItAsAFix() throws {
        let text = ModelFixtures.header + "  - {id: r1, date: 2025-13-40, start: '10:00', end: '11:00'}\n"
        let found = try #require(diagnostics(text).first)
        #expect(found.message == "'2025-13-40' is not a date")
        #expect(found.hints == [.fix("write YYYY-MM-DD, e.g. 2025-06-02")])
        let zone = try #require(diagnostics(text.replacingOccurrences(of: "Europe/Moscow", with: "Europe/Moskow")).first)
        #expect(zone.hints.first == .didYouMean("Europe/Moscow"))
        #expect(zone.hints.count == 2)
    }

    @Test func noSuggestionWhenNothingIsClose() throws {
        let found = try #require(diagnostics(ModelFixtures.header + round + "zzzzzzzzzzzz: 1\n").first)
        #expect(found.hints.isEmpty)
        #expect(found.description == "test.yaml:9:1: error: unknown key 'zzzzzzzzzzzz' in the meeting")
    }

    @Test func aDiagnosticWithoutAPlaceHasNoEmptyFileName() {
        let diagnostic = Diagnostic(.error, at: nil, "unknown round 'nope'", hints: [.note("the rounds are r1, r2")])
        #expect(diagnostic.description == "error: unknown round 'nope'; the rounds are r1, r2")
        let placed = Diagnostic(.warning, at: SourceLocation(file: "a.yaml", line: 2, column: 3), "odd")
        #expect([placed, diagnostic].sorted(by: Diagnostic.inFileOrder) == [diagnostic, placed])
    }
}
