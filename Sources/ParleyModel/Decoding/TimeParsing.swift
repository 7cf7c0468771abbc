import Foundation

/// Turns the model's text for dates, zones and times into values, or says what is wrong.
enum TimeParsing {
    static func date(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        // Digits only: Int("+999") is 999, and the schema's pattern refuses a sign.
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }), let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A tzdata name, legacy ones included (`Europe/Moscow`, `Europe/Kiev`, `CET`, `EST5EDT`,
    /// `US/Eastern`, `Etc/GMT+3`), `UTC`, or a fixed offset (`+03:00`, `-0800`, `UTC+3`).
    /// Abbreviations that are no tzdata name (`PST`, `MSK`) are refused: they are ambiguous.
    static func zone(_ text: String) -> ZoneSpec? {
        if let seconds = offsetSeconds(text.hasPrefix("UTC") && text.count > 3 ? String(text.dropFirst(3)) : text),
            let zone = TimeZone(secondsFromGMT: seconds)
        {
            return ZoneSpec(name: text, zone: zone)
        }
        // The system's tzdata decides: ICU's list lacks its legacy names (`CET`, `EST5EDT`) but
        // knows abbreviations that are no zone (`PST`), and Foundation maps some other
        // spellings ("GMT+3") to a zone of another name.
        guard ZoneRulesCache.isSafeName(text) else { return nil }
        if ZoneRulesCache.isZoneName(text), let rules = ZoneRulesCache.rules(named: text) {
            // Foundation's zone is kept for old callers; where it lacks the name (GMT+0, GMT-0
            // and UTC on Linux, all of offset zero), the zone's first offset stands in (a fixed
            // instant, so the value is the same on every run; nothing here reads offsets from it).
            let zone = TimeZone(identifier: text) ?? TimeZone(secondsFromGMT: rules.offset(at: 0)) ?? .gmt
            return ZoneSpec(name: text, zone: zone)
        }
        // No TZif file: a name Foundation keeps as it is given still works, with its offsets.
        guard knownZoneSet.contains(text), let zone = TimeZone(identifier: text), zone.identifier == text else { return nil }
        return ZoneSpec(name: text, zone: zone)
    }

    private static let knownZoneSet = Set(TimeZone.knownTimeZoneIdentifiers)

    /// The error for a zone `zone(_:)` did not know, with a suggestion only where it keeps the
    /// offset the model's author meant (see `ZoneSuggestion`).
    static func reportUnknownZone(_ text: String, at node: Node, example: String, intent: ZoneIntent, context: DecodingContext) {
        context.error(
            at: context.location(node),
            withHints: {
                let suggestion = ZoneSuggestion.suggestion(for: text, intent: intent, budget: &context.suggestionBudget)
                return (
                    "unknown time zone \(Quoted.text(text))",
                    [suggestion.map { .didYouMean($0) }, .fix("use an IANA name such as \(example) or an offset such as +03:00")]
                )
            })
    }

    /// `+03:00`, `+0300`, `+03`, `+3`, `-08:00`, `Z` → seconds east of UTC.
    static func offsetSeconds(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" || sign == "−" else { return nil }
        let digits = text.dropFirst().replacingOccurrences(of: ":", with: "")
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCIIDigitCharacter), let value = Int(digits) else { return nil }
        let (hours, minutes) = digits.count <= 2 ? (value, 0) : (value / 100, value % 100)
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == "+" ? 1 : -1) * (hours * 3600 + minutes * 60)
    }

    /// `HH:MM[:SS]` → seconds after midnight.
    static func clock(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60, parts[1].count == 2
        else { return nil }
        let seconds = parts.count == 3 ? Int(parts[2]) ?? 99 : 0
        guard seconds < 60 else { return nil }
        return hours * 3600 + minutes * 60 + seconds
    }

    enum TimeError: Error { case malformed, badOffset }

    /// A time as written in a model, on `date` in `zone` unless it carries its own date and offset;
    /// always expressed as wall-clock time in `zone`. A wall-clock time without an offset that
    /// occurs twice (clocks went back) is taken at its first occurrence with a warning; one that
    /// does not exist (clocks jumped over it) is an error. Both are reported at `node`, else at
    /// the newest text the decode read that reads `raw` (the time's own).
    static func time(
        _ raw: String, approximate: Bool, on date: LocalDate, in zone: ZoneSpec, context: DecodingContext, at node: Node? = nil
    ) -> MeetingTime? {
        var text = Substring(raw.trimmingCharacters(in: .whitespaces))
        var isApproximate = approximate
        if text.hasPrefix("~") || text.hasPrefix("≈") {
            isApproximate = true
            text = text.dropFirst()
        }
        guard let tIndex = text.firstIndex(where: { $0 == "T" || $0 == " " }), text.count > 10 else {
            guard let seconds = clock(text) else { return nil }
            let local = date.daysSinceEpoch * 86400 + seconds
            let instant = resolve(local: local, in: zone, raw: raw, context: context, at: node)
            return MeetingTime(
                date: date, secondsOfDay: seconds, utcOffsetSeconds: local - instant, isApproximate: isApproximate, hasOwnDate: false)
        }
        guard let ownDate = self.date(String(text[..<tIndex])) else { return nil }
        var rest = text[text.index(after: tIndex)...]
        var explicitOffset: Int?
        if let offsetStart = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) {
            guard let offset = offsetSeconds(String(rest[offsetStart...])) else { return nil }
            explicitOffset = offset
            rest = rest[..<offsetStart]
        }
        guard let seconds = clock(rest) else { return nil }
        let local = ownDate.daysSinceEpoch * 86400 + seconds
        // A time with its offset names one instant: never ambiguous.
        let instant = explicitOffset.map { local - $0 } ?? resolve(local: local, in: zone, raw: raw, context: context, at: node)
        return express(instant: instant, in: zone, approximate: isApproximate)
    }

    /// The instant of a wall-clock time in `zone`, reporting a time that occurs twice or never.
    private static func resolve(local: Int, in zone: ZoneSpec, raw: String, context: DecodingContext, at node: Node?) -> Int {
        let resolution = zone.rules.resolve(local: local)
        switch resolution {
        case .unique: break
        case .ambiguous, .nonexistent:
            let problem = LocalTimeProblem(local: local, zone: zone, resolution: resolution)
            let place =
                (node ?? context.recentTextNode(reading: raw)).map(context.location)
                ?? SourceLocation(file: context.file, line: 1, column: 1)
            problem.report(at: place, context: context)
        }
        return resolution.instant(local: local)
    }

    static func express(instant: Int, in zone: ZoneSpec, approximate: Bool) -> MeetingTime {
        let (date, secondsOfDay) = zone.wallClock(at: instant)
        return MeetingTime(
            date: date, secondsOfDay: secondsOfDay, utcOffsetSeconds: zone.offset(at: instant), isApproximate: approximate,
            hasOwnDate: true)
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
