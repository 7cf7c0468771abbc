import ParleyModel
import Testing

@Suite struct TimeTests {
    @Test func aSessionCrossingMidnightNeedsTheEndsDate() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - {id: night, date: 2025-06-02, start: "22:30", end: "2025-06-03T01:10"}
                """)
        let round = try #require(result.meeting.rounds.first)
        #expect(round.durationSeconds == 2 * 3600 + 40 * 60)
        #expect(round.end.date == LocalDate(year: 2025, month: 6, day: 3))
        #expect(round.end.clockText == "01:10")
    }

    @Test func aRoundInAnotherZoneKeepsItsOwnWallClock() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - {id: alaska, date: 2025-08-15, timezone: America/Anchorage, start: "11:26", end: "~14:10"}
                """)
        let round = try #require(result.meeting.rounds.first)
        #expect(round.start.utcOffsetSeconds == -8 * 3600)
        #expect(round.start.instant == 1_755_285_960)  // 2025-08-15T19:26:00Z
        // tzdata's own abbreviation, read from the system's zone files.
        #expect(round.timeZoneLabel == "AKDT")
        #expect(round.end.isApproximate && !round.start.isApproximate)
    }

    @Test func isoTimesWithOffsetsAreShownInTheRoundsZone() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - {id: r, date: 2025-06-02, start: "2025-06-02T11:43Z", end: {at: "15:57", approx: true}}
                """)
        let round = try #require(result.meeting.rounds.first)
        #expect(round.start.clockText == "14:43")
        #expect(round.end.clockText == "≈15:57")
    }

    @Test func fixedOffsetsAndDaylightSavingAreHandled() throws {
        let fixed = try ModelFixtures.load(
            rounds: """
                  - {id: r, date: 2019-12-09, timezone: "+01:00", start: "17:30", end: "23:40"}
                """)
        #expect(fixed.meeting.rounds.first?.start.utcOffsetSeconds == 3600)
        // Kyiv is UTC+2 in winter and UTC+3 in summer.
        let kyiv = try ModelFixtures.load(
            rounds: """
                  - {id: winter, date: 2022-02-28, timezone: Europe/Kyiv, start: "13:00", end: "18:00"}
                  - {id: summer, date: 2022-06-28, timezone: Europe/Kyiv, start: "13:00", end: "18:00"}
                """)
        #expect(kyiv.meeting.rounds.map(\.start.utcOffsetSeconds) == [7200, 10800])
    }

    @Test func longRoundsWarnAndEmptySidesWarn() throws {
        let result = try ModelFixtures.load(
            rounds: """
                  - id: r
                    date: 2025-06-02
                    start: "10:00"
                    end: "2025-06-04T10:00"
                    table: {left: [ru], right: []}
                """)
        #expect(result.warnings.count == 2)
        #expect(result.warnings.allSatisfy { $0.severity == .warning })
    }
}
