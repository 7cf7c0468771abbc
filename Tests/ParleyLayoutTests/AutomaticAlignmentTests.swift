import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// `--align auto`, the default: the day planner for a multi-day meeting, clock alignment for
/// rounds weeks apart, decided from dates and instants alone; an explicit alignment wins.
@Suite struct AutomaticAlignmentTests {
    private func meeting(_ rounds: [(date: String, start: String, end: String)], zone: String = "Europe/Zurich") throws -> Meeting {
        let lines = rounds.enumerated().map { index, round in
            "  - {id: r\(index), date: \(round.date), start: \"\(round.start)\", end: \"\(round.end)\"}"
        }
        let yaml = (["parley: 1", "id: m", "timezone: \(zone)", "parties: [{id: a, name: A}]", "rounds:"] + lines).joined(separator: "\n")
        return try MeetingLoader.parse(Array(yaml.utf8), file: "test.yaml").meeting
    }

    private func chosen(_ meeting: Meeting) -> TimelineAlignment { TimelineAlignment.chosen(for: meeting.rounds, in: meeting.timeZone) }

    @Test func roundsWeeksApartCompareByClock() throws {
        let istanbul = try MeetingLoader.load(path: RepositoryPaths.sample("istanbul-2025")).meeting
        #expect(chosen(istanbul) == .clock)
        let facts = MultiDayFacts(rounds: istanbul.rounds, zone: istanbul.timeZone)
        #expect(!facts.sharesADay && !facts.crossesMidnight && facts.longestGap > MultiDayFacts.maximumGap)
    }

    @Test func consecutiveDaysMakeOneMultiDayMeeting() throws {
        let m = try meeting([("2024-03-04", "10:00", "12:00"), ("2024-03-05", "10:00", "12:00"), ("2024-03-06", "15:00", "16:00")])
        #expect(chosen(m) == .days)
        #expect(MultiDayFacts(rounds: m.rounds, zone: m.timeZone).formsOneMultiDayMeeting)
    }

    @Test func aPauseLongerThanTheGapSeparatesTheRounds() throws {
        let justInside = try meeting([("2024-03-01", "10:00", "12:00"), ("2024-03-05", "10:00", "12:00")])
        #expect(MultiDayFacts(rounds: justInside.rounds, zone: justInside.timeZone).longestGap == 3)
        #expect(chosen(justInside) == .days)
        let apart = try meeting([("2024-03-01", "10:00", "12:00"), ("2024-03-06", "10:00", "12:00")])
        #expect(chosen(apart) == .clock)
    }

    @Test func twoRoundsOnOneDayOrPastMidnightNeedTheDays() throws {
        let sameDay = try meeting([("2024-03-01", "10:00", "12:00"), ("2024-05-20", "10:00", "11:00"), ("2024-05-20", "15:00", "16:00")])
        #expect(chosen(sameDay) == .days)
        let night = try meeting([("2024-03-01", "10:00", "12:00"), ("2024-05-20", "22:00", "2024-05-21T01:30")])
        #expect(MultiDayFacts(rounds: night.rounds, zone: night.timeZone).crossesMidnight)
        #expect(chosen(night) == .days)
        // Ending on the stroke of midnight is not crossing it.
        let toMidnight = try meeting([("2024-03-01", "10:00", "12:00"), ("2024-05-20", "22:00", "2024-05-21T00:00")])
        #expect(chosen(toMidnight) == .clock)
    }

    @Test func daysAreCountedOnTheMeetingsClock() throws {
        // 23:30 and 00:30 UTC+3 are one day in UTC but two in Moscow: the meeting's zone decides.
        let m = try meeting(
            [("2024-03-01", "10:00", "11:00"), ("2024-03-20", "23:30", "23:50"), ("2024-03-21", "00:30", "01:00")], zone: "Europe/Moscow")
        #expect(MultiDayFacts(rounds: m.rounds, zone: m.timeZone).days.count == 3)
        #expect(chosen(m) == .clock)
    }

    @Test func theDefaultFollowsTheRuleAndAnExplicitAlignmentWins() throws {
        let geneva = try MeetingLoader.load(path: RepositoryPaths.root + "/Tests/Fixtures/layouts/geneva-three-days.yaml").meeting
        let measurer = FixedMetricsMeasurer()
        #expect(LayoutOptions().alignment == .automatic)
        let automatic = try TimelineLayout().layout(geneva, options: LayoutOptions(), measurer: measurer)
        let days = try TimelineLayout().layout(geneva, options: LayoutOptions(alignment: .days), measurer: measurer)
        #expect(automatic == days)
        let clock = try TimelineLayout().layout(geneva, options: LayoutOptions(alignment: .clock), measurer: measurer)
        #expect(clock.title.hasSuffix("rounds compared"))
        #expect(TimelineLayout.reportText(of: geneva, round: nil, language: nil).caption == "All rounds by day and hour")
        let istanbul = try MeetingLoader.load(path: RepositoryPaths.sample("istanbul-2025")).meeting
        #expect(TimelineLayout.reportText(of: istanbul, round: nil, language: nil).caption == "All rounds by time of day")
        #expect(TimelineAlignment.days.resolved(for: istanbul.rounds, in: istanbul.timeZone) == .days)
    }
}
