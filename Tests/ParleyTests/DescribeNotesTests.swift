import ParleyTestSupport
import Testing

/// `parley describe` says what the SVGs' `<desc>` says, the model's notes and sources included.
@Suite struct DescribeNotesTests {
    private let fixture = RepositoryPaths.root + "/Tests/Fixtures/notes/geneva-notes.yaml"

    @Test func theMeetingAndARoundAreDescribedWithTheirNotes() {
        let meeting = CommandRunner.parley(["describe", fixture])
        #expect(meeting.status == 0)
        let text = String(decoding: meeting.stdout, as: UTF8.self)
        #expect(text.contains("Notes: [1] Meeting: Both rounds were closed to the press"))
        #expect(text.contains("[2] Round 1: The start was delayed by about an hour"))
        #expect(text.contains("https://www.un.org/en/press/2024/briefing-geneva-grain?ref=home#top"))
        let round = CommandRunner.parley(["describe", fixture, "--round", "round-2"])
        let roundText = String(decoding: round.stdout, as: UTF8.self)
        #expect(roundText.contains("Round 2 seating: Which arm each delegation sat on is not stated"))
        #expect(roundText.contains("Event “Break for consultations”: Length not reported."))
        #expect(!roundText.contains("Round 1: The start was delayed"), "another round's notes are not this round's")
    }
}
