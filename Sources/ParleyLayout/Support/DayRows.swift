import ParleyModel

/// The rows of the day planner: one per local date (in the meeting's zone) on which a round
/// runs, each round cut at the zone's midnights into the pieces each day holds, and the runs
/// of days without sessions between them. Pure facts: instants, dates and wall-clock seconds.
struct DayRows {
    /// The part of one round on one day's row.
    struct Piece: Equatable {
        /// Index of the round in the rounds drawn.
        let round: Int
        /// Instants the piece runs between, inside its day.
        let start: Int, end: Int
        /// Whether the round began on an earlier day's row, and runs on past this day's end.
        let continuesFromDayBefore: Bool, continuesToNextDay: Bool
    }

    /// One local date with its pieces.
    struct Day: Equatable {
        let date: LocalDate
        /// The instants of the day's first moment and of the next day's: 23 or 25 hours apart
        /// on the day the clocks change.
        let midnight: Int, nextMidnight: Int
        /// In order of start, then of the rounds.
        let pieces: [Piece]
        /// Instants inside the day where the zone's offset changes.
        let clockChanges: [Int]

        /// Whole hours the day lasts (24, or 23 and 25 when the clocks change).
        var hours: Int { (nextMidnight - midnight + 1800) / 3600 }
    }

    /// A row of the planner: a day with sessions, or the days without any between two such.
    enum Row: Equatable {
        case day(Day)
        case gap(days: Int)
    }

    let rows: [Row]
    let zone: ZoneSpec

    /// The rows for `rounds` on the wall clock of `zone`; a round longer than `maximumDays`
    /// days is cut there (its label still gives its whole span).
    init(rounds: [Round], zone: ZoneSpec) {
        self.zone = zone
        var byDay: [LocalDate: [Piece]] = [:]
        for (index, round) in rounds.enumerated() {
            let span = round.possibleSpan
            var date = zone.wallClock(at: span.lowerBound).date
            var start = span.lowerBound
            var pieces = 0
            repeat {
                let next = DayRows.midnight(of: LocalDate(daysSinceEpoch: date.daysSinceEpoch + 1), zone: zone)
                let end = min(span.upperBound, next)
                let continues = span.upperBound > next && pieces + 1 < DayRows.maximumDays
                byDay[date, default: []].append(
                    Piece(
                        round: index, start: start, end: continues ? end : max(end, start), continuesFromDayBefore: pieces > 0,
                        continuesToNextDay: continues))
                guard continues else { break }
                start = next
                date = LocalDate(daysSinceEpoch: date.daysSinceEpoch + 1)
                pieces += 1
            } while true
        }
        var rows: [Row] = []
        var previous: LocalDate?
        for date in byDay.keys.sorted() {
            if let previous, date.daysSinceEpoch - previous.daysSinceEpoch > 1 {
                rows.append(.gap(days: date.daysSinceEpoch - previous.daysSinceEpoch - 1))
            }
            let midnight = DayRows.midnight(of: date, zone: zone)
            let nextMidnight = DayRows.midnight(of: LocalDate(daysSinceEpoch: date.daysSinceEpoch + 1), zone: zone)
            let pieces = (byDay[date] ?? []).sorted { ($0.start, $0.round) < ($1.start, $1.round) }
            rows.append(
                .day(
                    Day(
                        date: date, midnight: midnight, nextMidnight: nextMidnight, pieces: pieces,
                        clockChanges: ZonedTimeAxis.offsetChanges(in: midnight...(nextMidnight - 1), zone: zone))))
            previous = date
        }
        self.rows = rows
    }

    /// The most day rows one round is drawn across; a longer one stops with its last row.
    static let maximumDays = 31

    /// The days with sessions, in order.
    var days: [Day] {
        rows.compactMap {
            if case .day(let day) = $0 { return day }
            return nil
        }
    }

    /// The instant at which `date` begins in `zone` (where a clock change skips midnight, the
    /// first instant of the date).
    static func midnight(of date: LocalDate, zone: ZoneSpec) -> Int {
        instant(date, secondsOfDay: 0, zone: zone)
    }

    /// The instant at which `zone`'s wall clock reads `secondsOfDay` after the start of `date`
    /// (86400 is the next day's midnight); a time that occurs twice, the first, one skipped by a
    /// change, the instant of the change.
    static func instant(_ date: LocalDate, secondsOfDay: Int, zone: ZoneSpec) -> Int {
        let local = date.daysSinceEpoch * 86400 + secondsOfDay
        return local - zone.offsetSeconds(atLocalSeconds: local)
    }

    /// The wall-clock seconds after the start of `day` at `instant`, 86400 for the next midnight:
    /// where on the day's clock the instant reads.
    func wallSeconds(_ instant: Int, on day: Day) -> Int {
        if instant >= day.nextMidnight { return 86400 }
        let wall = zone.wallClock(at: instant)
        return wall.date == day.date ? wall.secondsOfDay : 0
    }
}
