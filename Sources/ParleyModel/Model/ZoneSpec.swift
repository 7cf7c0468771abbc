import Foundation

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

/// A change of a zone's offset: daylight saving starting or ending, or a change of rules.
public struct ZoneTransition: Sendable, Hashable {
    /// The instant of the change, seconds since 1970 UTC.
    public var instant: Int
    /// Offsets from UTC in seconds before and after the change.
    public var offsetBefore: Int, offsetAfter: Int
    /// The zone's abbreviations before and after ("CEST", "CET"), or offsets ("UTC+03:00").
    public var abbreviationBefore: String, abbreviationAfter: String
}

extension ZoneSpec {
    /// The offset from UTC in seconds in force at an instant (seconds since 1970 UTC).
    public func offset(at instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// The abbreviation in force at an instant ("CEST", "EDT", "MSK"), else the offset ("UTC+03:00").
    public func abbreviation(at instant: Int) -> String { label(at: instant) }

    /// The wall-clock date and time of day at an instant.
    public func wallClock(at instant: Int) -> (date: LocalDate, secondsOfDay: Int) {
        let local = instant + offset(at: instant)
        let days = Int((Double(local) / 86400).rounded(.down))
        return (LocalDate(daysSinceEpoch: days), local - days * 86400)
    }

    /// The changes of offset after `range.lowerBound` up to and including `range.upperBound`, in order.
    public func transitions(in range: ClosedRange<Int>) -> [ZoneTransition] {
        var found: [ZoneTransition] = []
        var cursor = Date(timeIntervalSince1970: TimeInterval(range.lowerBound))
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), Int(next.timeIntervalSince1970) <= range.upperBound {
            let instant = Int(next.timeIntervalSince1970)
            found.append(
                ZoneTransition(
                    instant: instant, offsetBefore: offset(at: instant - 1), offsetAfter: offset(at: instant),
                    abbreviationBefore: abbreviation(at: instant - 1), abbreviationAfter: abbreviation(at: instant)))
            cursor = next
        }
        return found
    }
}
