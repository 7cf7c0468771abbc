import ParleyModel
import Testing

/// Notes, sources and statuses are read wherever the format allows them, a segment's included
/// (its `note` used to be accepted and thrown away), and a bad status is refused with the valid ones.
struct ProvenanceDecodingTests {
    private let round = """
          - id: r1
            date: 2025-06-02
            start: '10:00'
            end: '11:00'
            status: conflicting
            segments:
              - {start: '10:00', end: '10:30', label: Plenary, note: Opened late, sources: [https://example.org/s], status: uncertain}
            events:
              - {at: '10:10', label: Opening, status: unknown, note: One report}
            outcomes:
              - {text: Communiqué, status: confirmed}
            table: {shape: u, left: [ru], right: [ua], status: unknown, note: Arms not stated}

        """

    @Test func everyProvenanceKeepsItsNoteSourcesAndStatus() throws {
        let text = ModelFixtures.header.replacingOccurrences(of: "rounds:\n", with: "status: uncertain\nnote: Closed\nrounds:\n") + round
        let meeting = try MeetingLoader.parse(Array(text.utf8), file: "test.yaml").meeting
        #expect(meeting.provenance == Provenance(note: "Closed", status: .uncertain))
        let r1 = try #require(meeting.rounds.first)
        #expect(r1.provenance.status == .conflicting)
        #expect(r1.segments[0].provenance == Provenance(sources: ["https://example.org/s"], note: "Opened late", status: .uncertain))
        #expect(r1.events[0].provenance == Provenance(note: "One report", status: .unknown))
        #expect(r1.outcomes[0].provenance.status == .confirmed)
        #expect(r1.outcomes[0].provenance.isUnconfirmed == false)
        #expect(r1.table?.provenance.isUnconfirmed == true)
    }

    @Test func aBadStatusNamesTheValidOnes() {
        let text = ModelFixtures.header + round.replacingOccurrences(of: "status: conflicting", with: "status: contested")
        let errors = ModelFixtures.errors(text)
        #expect(
            errors.first?.hasPrefix(
                "test.yaml:12:13: error: 'status' of a round must be one of confirmed, uncertain, conflicting, unknown, found 'contested'"
            )
                == true, "\(errors)")
    }
}
