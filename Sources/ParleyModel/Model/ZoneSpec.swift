import Foundation

/// A time zone as the model names it: an IANA zone or a fixed offset.
///
/// Offsets, abbreviations and transitions come from the system's compiled tzdata (read once per
/// name per process, see `ZoneRulesCache`), so that a chart names the zone as tzdata does
/// ("CEST", "EDT", "MSK", "GMT" for London in winter, "UTC") on every platform.
public struct ZoneSpec: Sendable, Hashable {
    /// The zone as the model wrote it: an IANA name or an offset such as `+03:00`.
    public var name: String {
        didSet { rules = ZoneSpec.rules(name: name, zone: zone) }
    }
    /// Foundation's zone of the same name, kept for callers that have not moved to the
    /// instant-based API; nothing here reads offsets from it when tzdata has the zone.
    public var zone: TimeZone {
        didSet { rules = ZoneSpec.rules(name: name, zone: zone) }
    }
    /// Where offsets and abbreviations come from; follows `name`.
    var rules: ZoneRules

    /// A zone of `name`: tzdata's rules for it when the system has them, a fixed offset for a
    /// name such as `+03:00`, else `zone`'s offsets.
    public init(name: String, zone: TimeZone) {
        self.name = name
        self.zone = zone
        rules = ZoneSpec.rules(name: name, zone: zone)
    }

    private static func rules(name: String, zone: TimeZone) -> ZoneRules {
        if let seconds = TimeParsing.offsetSeconds(name.hasPrefix("UTC") && name.count > 3 ? String(name.dropFirst(3)) : name) {
            // An offset of zero is UTC, and is named so (as Python's `timezone.utc` is).
            let name = seconds == 0 ? "UTC" : offsetLabel(seconds)
            return ZoneRules(.fixed(LocalTimeType(offset: seconds, isDaylightSaving: false, abbreviation: name)))
        }
        return ZoneRulesCache.rules(named: name) ?? ZoneRules(.foundation(zone))
    }

    /// Two zones are the same when their names and Foundation zones are: the rules follow the name.
    public static func == (a: ZoneSpec, b: ZoneSpec) -> Bool { a.name == b.name && a.zone == b.zone }

    /// Hashes the name and the Foundation zone, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(zone)
    }

    /// The offset from UTC in seconds in force at a wall-clock time given as seconds since 1970
    /// (local); for a time that occurs twice, the first; for one that does not exist, the offset
    /// before the jump.
    public func offsetSeconds(atLocalSeconds local: Int) -> Int {
        local - rules.resolve(local: local).instant(local: local)
    }

    /// The zone's short name at an instant ("MSK"), or "UTC+03:00" when tzdata has no letters for it.
    public func label(at instant: Int) -> String {
        ZoneSpec.displayName(of: rules.type(at: instant), in: rules)
    }

    /// `UTC+03:00` for 10800 seconds; a true minus sign for negative offsets.
    public static func offsetLabel(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "−" : "+"
        let total = abs(seconds)
        let minutes = total / 60
        let base = String(format: "UTC%@%02d:%02d", sign, minutes / 60, minutes % 60)
        // Historical local mean times have seconds; say them rather than print a rounded offset.
        return total % 60 == 0 ? base : base + String(format: ":%02d", total % 60)
    }

    /// tzdata's abbreviation where it is made of letters ("CEST"), else the offset: tzdata's
    /// numeric ones ("+03", "-0330") and Foundation's fall-back name say nothing more.
    static func displayName(of type: LocalTimeType, in rules: ZoneRules) -> String {
        if case .foundation = rules.source { return offsetLabel(type.offset) }
        let letters = type.abbreviation.unicodeScalars
        guard !letters.isEmpty, letters.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) else {
            return offsetLabel(type.offset)
        }
        return type.abbreviation
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
    public func offset(at instant: Int) -> Int { rules.offset(at: instant) }

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
        rules.transitions(in: range).map { change in
            ZoneTransition(
                instant: change.instant, offsetBefore: change.before.offset, offsetAfter: change.after.offset,
                abbreviationBefore: ZoneSpec.displayName(of: change.before, in: rules),
                abbreviationAfter: ZoneSpec.displayName(of: change.after, in: rules))
        }
    }
}
