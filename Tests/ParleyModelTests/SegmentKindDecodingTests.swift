import ParleyModel
import Testing

/// A segment's kind is read only from its `kind`: a label is free text and decides nothing,
/// and an unknown kind is refused at its position with the kinds there are.
struct SegmentKindDecodingTests {
    private func round(_ segments: String) -> String {
        """
          - id: r1
            date: 2025-06-02
            start: '10:00'
            end: '12:00'
            segments:
        \(segments)

        """
    }

    @Test func eachStatedKindIsKeptAndALabelAloneGivesOther() throws {
        let text = round(
            """
                  - {start: '10:00', end: '10:30', label: Opening, kind: plenary}
                  - {start: '10:30', end: '10:45', label: Pause, kind: break}
                  - {start: '10:45', end: '11:15', label: Heads only, kind: restricted}
                  - {start: '11:15', end: '11:30', label: Two sides, kind: bilateral}
                  - {start: '11:30', end: '11:45', label: Coffee break}
                  - {start: '11:45', end: '12:00', label: Plenary}
            """)
        let meeting = try ModelFixtures.load(rounds: text).meeting
        let kinds = try #require(meeting.rounds.first).segments.map(\.kind)
        #expect(kinds == [.plenary, .break, .restricted, .bilateral, .other, .other])
    }

    @Test func anUnknownKindNamesTheKindsThereAre() {
        let text =
            ModelFixtures.header
            + round(
                """
                      - {start: '10:00', end: '10:30', label: Opening, kind: plenery}
                """)
        let errors = ModelFixtures.errors(text)
        #expect(
            errors.first?.hasPrefix(
                "test.yaml:13:62: error: 'kind' of a segment of round 'r1' must be one of plenary, restricted, bilateral, break, other, found 'plenery'"
            ) == true, "\(errors)")
    }
}
