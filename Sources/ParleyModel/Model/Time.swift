import Foundation

/// A calendar date with no zone.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year (proleptic Gregorian), month 1–12 and day 1–31.
    public var year: Int, month: Int, day: Int
    /// Makes a date; the values are not checked.
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    /// Earlier dates first.
    public static func < (a: LocalDate, b: LocalDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    /// `YYYY-MM-DD`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
    /// Days since 1970-01-01 (proleptic Gregorian).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }
    /// The date `days` after 1970-01-01 (before it, when negative).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}

/// A moment given in a model: the wall-clock time as written, in its zone, and the instant.
public struct MeetingTime: Sendable, Hashable, Comparable {
    /// The local calendar day the time was written on (or for).
    public var date: LocalDate
    /// Seconds after local midnight of `date`.
    public var secondsOfDay: Int
    /// The zone's offset from UTC in seconds at this moment, added to UTC to give local time.
    public var utcOffsetSeconds: Int
    /// True when the model marked the time as reported only approximately.
    public var isApproximate: Bool
    /// True when the model wrote a date with the time (so it may lie on another day).
    public var hasOwnDate: Bool
    /// What the sources say when they disagree or give a range (see `TimeClaim`); empty for a
    /// single value. The time itself (`date`, `secondsOfDay`) is then the first claim, or a
    /// range's earliest end.
    public var claims: [TimeClaim] = []
    /// True when `claims` are the two ends of a range ("between 14:30 and 14:45"), not attributed values.
    public var isRange: Bool = false

    /// Seconds since 1970-01-01T00:00:00Z.
    public var instant: Int { date.daysSinceEpoch * 86400 + secondsOfDay - utcOffsetSeconds }

    /// The earliest instant the sources allow: the time itself when there is one value.
    public var earliestInstant: Int { claims.map(\.time.instant).min().map { Swift.min($0, instant) } ?? instant }
    /// The latest instant the sources allow.
    public var latestInstant: Int { claims.map(\.time.instant).max().map { Swift.max($0, instant) } ?? instant }
    /// The earliest value the sources give, as written: the time itself when there is one.
    public var earliest: MeetingTime {
        claims.map(\.time).min(by: { $0.instant < $1.instant }).map { $0.instant < instant ? $0 : self } ?? self
    }
    /// The latest value the sources give, as written.
    public var latest: MeetingTime {
        claims.map(\.time).max(by: { $0.instant < $1.instant }).map { $0.instant > instant ? $0 : self } ?? self
    }
    /// True when the sources give more than one instant (a range or disagreeing claims).
    public var isUncertain: Bool { earliestInstant != latestInstant }

    /// Earlier instants first, whatever the zones.
    public static func < (a: MeetingTime, b: MeetingTime) -> Bool { a.instant < b.instant }

    /// "14:43", or "14:43:20" when seconds were given; "≈" in front when approximate.
    public var clockText: String {
        let h = secondsOfDay / 3600, m = secondsOfDay / 60 % 60, s = secondsOfDay % 60
        let text = s == 0 ? String(format: "%02d:%02d", h, m) : String(format: "%02d:%02d:%02d", h, m, s)
        return isApproximate ? "≈" + text : text
    }
}

/// One value of a contested time: what a source says, and who says it.
public struct TimeClaim: Sendable, Hashable {
    /// The time this claim gives.
    public var time: MeetingTime
    /// Who says so, as the model words it ("Turkish MFA"); `nil` for a range's end.
    public var by: String?
    /// Where the claim is published.
    public var sources: [String]
    /// Makes a claim.
    public init(time: MeetingTime, by: String? = nil, sources: [String] = []) {
        self.time = time; self.by = by; self.sources = sources
    }
}
