import ParleyModel
import Testing

/// Contested and ranged times as data: what each source says, and what they allow together.
@Suite struct ReportedTimeTests {
    @Test func claimsKeepEachSourcesTimeAndTheFirstIsTheTimeItself() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - id: r
                    date: 2025-06-02
                    start:
                      claims:
                        - {at: "14:43", by: Turkish MFA, source: "https://example.org/mfa"}
                        - {at: "14:44", by: Ukrainian MFA, sources: [a, b]}
                    end:
                      claims:
                        - {at: "15:57", by: Turkish MFA}
                        - {at: "15:58", by: Russian media}
                """)
        let round = try #require(result.meeting.rounds.first)
        #expect(round.start.clockText == "14:43")
        #expect(round.start.claims.map(\.by) == ["Turkish MFA", "Ukrainian MFA"])
        #expect(round.start.claims.map(\.sources) == [["https://example.org/mfa"], ["a", "b"]])
        #expect(round.start.isUncertain && !round.start.isRange)
        #expect(round.start.latestInstant - round.start.earliestInstant == 60)
        #expect(round.start.latest.clockText == "14:44" && round.end.earliest.clockText == "15:57")
        // From the latest start to the earliest end, and from the earliest start to the latest end.
        #expect(round.durationRange == (73 * 60)...(75 * 60))
    }

    @Test func aRangeHasTwoEndsAndAnEventMustLieInsideForEveryValue() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - id: r
                    date: 2025-06-02
                    start: "10:00"
                    end: {from: "11:50", to: "12:10"}
                    events:
                      - {at: {from: "10:30", to: "10:45"}, label: Exchange}
                """)
        let round = try #require(result.meeting.rounds.first)
        #expect(round.end.isRange && round.end.claims.allSatisfy { $0.by == nil })
        #expect(round.end.clockText == "11:50" && round.end.latest.clockText == "12:10")
        let at = try #require(round.events.first?.at)
        #expect(at.latestInstant - at.earliestInstant == 15 * 60)
        let outside = ModelFixtures.errors(
            ModelFixtures.header + """
                  - {id: r, date: 2025-06-02, start: "10:00", end: "12:00", events: [{at: {from: "11:50", to: "12:10"}, label: Late}]}
                """)
        #expect(outside.contains { $0.contains("event 'Late' at 11:50 lies outside round 'r'") })
    }

    @Test(arguments: [
        ("{at: \"10:30\", to: \"10:40\"}", "'to' of event 'E' belongs to a range; write 'from' instead of 'at'"),
        ("{approx: true}", "event 'E' gives no time; write one of 'at' (one time), 'from' and 'to' (a range) or 'claims'"),
        ("{at: \"10:30\", claims: [{at: \"10:31\"}]}", "event 'E' gives both 'at' and 'claims'"),
        ("{from: \"10:30\"}", "the range of event 'E' has 'from' but no 'to'; add its latest time"),
        ("{from: \"10:40\", to: \"10:30\"}", "the range of event 'E' ends at 10:30, not after it begins at 10:40"),
        ("{claims: []}", "'claims' of event 'E' is empty; list what each source says"),
        ("{claims: [{by: X}]}", "claim 1 of event 'E' needs 'at'"),
        ("{claims: [{at: \"10:30\", who: X}]}", "unknown key 'who' in claim 1 of event 'E'"),
        ("{claims: [{at: \"10:71\"}]}", "'10:71' is not a time for claim 1 of event 'E'"),
    ])
    func badReportedTimesSayWhatWouldBeRight(written: String, message: String) {
        let errors = ModelFixtures.errors(
            ModelFixtures.header + """
                  - {id: r, date: 2025-06-02, start: "10:00", end: "12:00", events: [{at: \(written), label: E}]}
                """)
        #expect(errors.contains { $0.contains(message) }, "\(errors)")
        #expect(errors.allSatisfy { $0.hasPrefix("test.yaml:") })
    }

    @Test func approximateClaimsStayApproximate() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - {id: r, date: 2025-05-16, start: {claims: [{at: "~13:35", by: A}, {at: "~13:30", by: B}]}, end: "~15:20"}
                """)
        let start = try #require(result.meeting.rounds.first?.start)
        #expect(start.isApproximate && start.claims.allSatisfy(\.time.isApproximate))
        #expect(start.earliest.clockText == "≈13:30" && start.latest.clockText == "≈13:35")
    }
}
