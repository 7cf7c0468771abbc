import ParleyModel

/// How a meeting's rounds fall on the calendar of the meeting's zone: the facts that decide
/// what `--align auto` (the default) draws. Counted from instants and the zone's wall clock,
/// never from titles or notes.
public struct MultiDayFacts: Sendable, Hashable {
    /// The local dates (in the meeting's zone) on which some round runs, each once, in order.
    public let days: [LocalDate]
    /// Whether two rounds start on the same local date.
    public let sharesADay: Bool
    /// Whether a round runs past a midnight of the meeting's zone.
    public let crossesMidnight: Bool
    /// The most days without a session between two days with one (0 for consecutive days).
    public let longestGap: Int

    /// The most days without sessions between two session days that still make one multi-day
    /// meeting (a weekend and a day of rest): a longer pause makes separate rounds.
    public static let maximumGap = 3
    /// The longest span, first to last session day, that still makes one multi-day meeting.
    public static let maximumSpanDays = 14

    /// The facts of `rounds` on the wall clock of `zone`.
    public init(rounds: [Round], zone: ZoneSpec) {
        var days = Set<LocalDate>()
        var startDays = Set<LocalDate>()
        var sharesADay = false, crossesMidnight = false
        for round in rounds {
            let span = round.possibleSpan
            let first = zone.wallClock(at: span.lowerBound).date
            // A round that ends on the stroke of midnight ends on the day it began.
            let last = zone.wallClock(at: max(span.upperBound - 1, span.lowerBound)).date
            if !startDays.insert(zone.wallClock(at: round.start.instant).date).inserted { sharesADay = true }
            if last > first { crossesMidnight = true }
            // Bounded: a round longer than the calendar view can show adds its ends only.
            let count = min(last.daysSinceEpoch - first.daysSinceEpoch, 400)
            for offset in 0...max(count, 0) { days.insert(LocalDate(daysSinceEpoch: first.daysSinceEpoch + offset)) }
            days.insert(last)
        }
        self.days = days.sorted()
        self.sharesADay = sharesADay
        self.crossesMidnight = crossesMidnight
        longestGap = zip(self.days, self.days.dropFirst()).map { $1.daysSinceEpoch - $0.daysSinceEpoch - 1 }.max() ?? 0
    }

    /// Days from the first session day to the last, both counted.
    public var spanDays: Int { (days.last?.daysSinceEpoch ?? 0) - (days.first?.daysSinceEpoch ?? 0) + 1 }

    /// Sessions on two or more days close enough to read as one meeting: no pause longer than
    /// `maximumGap` days, and no longer than `maximumSpanDays` in all.
    public var formsOneMultiDayMeeting: Bool {
        days.count >= 2 && longestGap <= Self.maximumGap && spanDays <= Self.maximumSpanDays
    }

    /// Whether clock alignment (a row per round, each at its time of day) would mislead: rounds
    /// of one day would stand apart as if on different days, a round past midnight would run off
    /// its day, and the days of one meeting would lose their order. The day planner shows them.
    public var clockAlignmentMisleads: Bool { sharesADay || crossesMidnight || formsOneMultiDayMeeting }
}

extension TimelineAlignment {
    /// What `.automatic` draws for `rounds` of a meeting in `zone`: `days` when clock alignment
    /// would mislead (see `MultiDayFacts.clockAlignmentMisleads`), else `clock` (rounds weeks
    /// apart compare by time of day).
    public static func chosen(for rounds: [Round], in zone: ZoneSpec) -> TimelineAlignment {
        guard rounds.count >= 2 else { return .clock }
        return MultiDayFacts(rounds: rounds, zone: zone).clockAlignmentMisleads ? .days : .clock
    }

    /// This alignment, with `.automatic` replaced by what it chooses for `rounds`: an explicit one always wins.
    public func resolved(for rounds: [Round], in zone: ZoneSpec) -> TimelineAlignment {
        self == .automatic ? Self.chosen(for: rounds, in: zone) : self
    }
}
