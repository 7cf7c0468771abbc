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

/// A time zone as the model names it: an IANA zone or a fixed offset.
public struct ZoneSpec: Sendable, Hashable {
    /// The zone as the model wrote it: an IANA name or an offset such as `+03:00`.
    public var name: String
    /// The zone the name stands for, for offsets and abbreviations.
    public var zone: TimeZone

    /// The offset from UTC in seconds in force at a wall-clock time given as seconds since 1970 (local).
    public func offsetSeconds(atLocalSeconds local: Int) -> Int {
        // Two steps find the offset in force at a wall-clock time, also next to a transition.
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - guess)))
    }

    /// The zone's short name at an instant ("MSK"), or "UTC+03:00" when it has no letters.
    public func label(at instant: Int) -> String {
        if let abbreviation = zone.abbreviation(for: Date(timeIntervalSince1970: TimeInterval(instant))),
            abbreviation.allSatisfy(\.isLetter)
        {
            return abbreviation
        }
        return ZoneSpec.offsetLabel(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant))))
    }

    /// `UTC+03:00` for 10800 seconds; a true minus sign for negative offsets.
    public static func offsetLabel(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "−" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "UTC%@%02d:%02d", sign, minutes / 60, minutes % 60)
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

    /// Seconds since 1970-01-01T00:00:00Z.
    public var instant: Int { date.daysSinceEpoch * 86400 + secondsOfDay - utcOffsetSeconds }

    /// Earlier instants first, whatever the zones.
    public static func < (a: MeetingTime, b: MeetingTime) -> Bool { a.instant < b.instant }

    /// "14:43", or "14:43:20" when seconds were given; "≈" in front when approximate.
    public var clockText: String {
        let h = secondsOfDay / 3600, m = secondsOfDay / 60 % 60, s = secondsOfDay % 60
        let text = s == 0 ? String(format: "%02d:%02d", h, m) : String(format: "%02d:%02d:%02d", h, m, s)
        return isApproximate ? "≈" + text : text
    }
}
