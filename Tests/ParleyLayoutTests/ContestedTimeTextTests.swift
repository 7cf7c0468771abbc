import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// How contested times read and what is concluded from them: each value's own day, the zone
/// across a change, durations that decide "longest" only when the sources do, clock changes
/// marked on comparison rows and counted on long spans.
@Suite struct ContestedTimeTextTests {
    private func meeting(_ rounds: String, zone: String = "Europe/Zurich") throws -> Meeting {
        let yaml = """
            parley: 1
            id: c
            timezone: \(zone)
            parties: [{id: a, name: Northland}]
            rounds:
            \(rounds)
            """
        return try MeetingLoader.parse(Array(yaml.utf8), file: "c.yaml").meeting
    }

    @Test func valuesOnEitherSideOfMidnightEachCarryTheirDay() throws {
        let meeting = try meeting(
            """
              - id: r
                date: 2025-03-10
                start: "22:00"
                end: {from: "23:50", to: "2025-03-11T00:10"}
                events: [{at: {claims: [{at: "23:59", by: X}, {at: "2025-03-11T00:01", by: Y}]}, label: E}]
            """)
        let round = try #require(meeting.rounds.first)
        let times = RoundTimeText(round, meeting: nil, clock: .twentyFour, strings: .english)
        #expect(times.endText == "23:50–00:10 (+1 day)")
        #expect(times.time(try #require(round.events.first?.at)) == "23:59/00:01 (+1 day)")
        #expect(times.span == "22:00–(23:50–00:10 (+1 day)) CET")
    }

    @Test func barLabelsNameTheZoneWhenTheClocksChangeInsideTheRound() throws {
        let meeting = try meeting(
            """
              - {id: r, date: 2025-11-01, start: "23:00", end: "2025-11-02T01:45-05:00"}
            """, zone: "America/New_York")
        let times = RoundTimeText(try #require(meeting.rounds.first), meeting: nil, clock: .twentyFour, strings: .english)
        #expect(times.startText == "23:00 EDT" && times.endText == "01:45 EST (+1 day)")
    }

    @Test func longestAndShortestOnlyWhereTheRangesDecide() {
        // Overlapping ranges: neither is known to be longer.
        let overlapping = DurationExtremes([3000...5400, 4800...4800])
        #expect(overlapping.longest == nil && overlapping.shortest == nil)
        let apart = DurationExtremes([6000...6000, 3000...3600, 4000...4200])
        #expect(apart.longest == 0 && apart.shortest == 1)
        let alone = DurationExtremes([3600...3600])
        #expect(alone.longest == nil && alone.shortest == nil)
    }

    @Test func overlappingContestedEndsWarnAndNeverGiveANegativeDuration() throws {
        let yaml = """
            parley: 1
            id: o
            timezone: UTC
            parties: [{id: a, name: A}]
            rounds:
              - {id: r, date: 2025-01-01, start: {from: "10:00", to: "12:00"}, end: {from: "11:00", to: "13:00"}}
            """
        let result = try MeetingLoader.parse(Array(yaml.utf8), file: "o.yaml")
        #expect(result.warnings.contains { $0.description.contains("the shortest duration is counted as 0") })
        let round = try #require(result.meeting.rounds.first)
        #expect(round.durationRange == 0...(3 * 3600))
        #expect(Formatting.duration(of: round, strings: .english) == "0 min – 3 h")
    }

    @Test func aComparisonRowMarksTheChangeOfTheClocks() throws {
        let meeting = try meeting(
            """
              - {id: one, date: 2024-10-19, start: "21:30", end: "2024-10-20T01:00"}
              - {id: two, date: 2024-10-26, start: "21:30", end: "2024-10-27T03:20"}
            """)
        // Rounds past midnight are drawn by day by default: the comparison by clock is asked for.
        let scene = try TimelineLayout().layout(meeting, options: LayoutOptions(alignment: .clock), measurer: FixedMetricsMeasurer())
        func dashedLines(_ row: String) -> Int {
            scene.flattened().filter { placed in
                guard placed.groupPath.first == row, case .line(let line) = placed.node else { return false }
                return !line.stroke.dash.isEmpty && line.from.x == line.to.x
            }.count
        }
        #expect(dashedLines("round-one") == 0 && dashedLines("round-two") == 1)
        #expect(scene.textFrames.contains { $0.text.contains("a dashed mark on a bar: the clocks changed there") })
        SceneInvariants.check(scene, "comparison across a change")
    }

    @Test func aSpanOfYearsCountsItsClockChangesInsteadOfDrawingEach() throws {
        let meeting = try meeting(
            """
              - {id: long, date: 2020-01-01, start: "10:00", end: "2024-01-01T10:00"}
            """)
        let scene = try TimelineLayout().layout(meeting, options: LayoutOptions(roundID: "long"), measurer: FixedMetricsMeasurer())
        // Eight changes in the four years: the axis spans the round, not whole steps beyond it.
        #expect(scene.textFrames.contains { $0.text.hasPrefix("The clocks changed 8 times in this span") })
        #expect(scene.textFrames.contains { $0.text == "Time (CEST and CET)" || $0.text == "Time (CET and CEST)" })
        #expect(!scene.textFrames.contains { $0.text.hasPrefix("clocks back") })
        SceneInvariants.check(scene, "four years")
    }
}
