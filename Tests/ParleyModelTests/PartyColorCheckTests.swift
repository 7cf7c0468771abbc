import ParleyModel
import Testing

/// Explicit party colours closer than ΔE00 15 (normally or for a deuteranope) warn at the later
/// party's `color:`, naming both parties, the difference and a colour that would do.
@Suite struct PartyColorCheckTests {
    static func load(_ parties: String) throws -> MeetingLoader.Result {
        let yaml = """
            parley: 1
            id: m
            timezone: UTC
            parties:
            \(parties)
            rounds:
              - {id: r1, date: 2026-03-10, start: "10:00", end: "11:00"}
            """
        return try MeetingLoader.parse(Array(yaml.utf8), file: "m.yaml")
    }

    @Test func threeNearIdenticalRedsWarn() throws {
        let result = try Self.load(
            """
              - id: a
                name: Alpha
                color: "#D52B1E"
              - id: b
                name: Beta
                color: "#DA291C"
              - id: c
                name: Gamma
                color: "#CE2B37"
            """)
        let warnings = result.warnings.filter { $0.message.contains("too close") }
        #expect(warnings.count == 2)
        let first = try #require(warnings.first)
        #expect(first.location?.line == 10 && first.location?.column == 12)
        #expect(first.message.contains("'b'") && first.message.contains("'a'") && first.message.contains("ΔE00"))
        #expect(first.description.contains("e.g. #"))
        #expect(warnings.last?.message.contains("'c'") == true)
        #expect(first.severity == .warning)
    }

    @Test func aRedAndAGreenWarnOnlyForADeuteranope() throws {
        let result = try Self.load(
            """
              - {id: a, name: Alpha, color: "#B5651D"}
              - {id: b, name: Beta, color: "#6B8E23"}
            """)
        let warning = try #require(result.warnings.first { $0.message.contains("too close") })
        #expect(warning.message.contains("deuteranope"))
    }

    @Test func distinctColoursDoNotWarn() throws {
        let result = try Self.load(
            """
              - {id: a, name: Alpha, color: "#0057B7"}
              - {id: b, name: Beta, color: "#D52B1E"}
              - {id: c, name: Gamma}
            """)
        #expect(result.warnings.isEmpty)
    }
}
