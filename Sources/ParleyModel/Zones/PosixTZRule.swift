/// A POSIX TZ string as TZif footers hold it (`CET-1CEST,M3.5.0,M10.5.0/3`,
/// `<+1030>-10:30<+11>-11,M10.1.0,M4.1.0`, `EST5EDT4,0/0,J365/25`): the rule for every instant
/// after a zone's transition table.
struct PosixTZRule: Sendable, Hashable {
    /// The standard time type; offsets are east of UTC (POSIX writes them west, negated here).
    var standard: LocalTimeType
    /// Daylight saving time and when it starts and ends, or nil for a zone without it.
    var daylightSaving: DaylightSaving?

    struct DaylightSaving: Sendable, Hashable {
        var type: LocalTimeType
        /// When it starts, in local standard time, and ends, in local daylight saving time.
        var start: TransitionRule, end: TransitionRule
    }

    /// A day of the year and a time of that day (which may be negative or past 24 h, as
    /// version 3 footers allow).
    struct TransitionRule: Sendable, Hashable {
        enum Day: Sendable, Hashable {
            /// `Jn`: day 1–365, February 29 never counted.
            case julianSkippingLeapDay(Int)
            /// `n`: day 0–365, February 29 counted.
            case zeroBasedDay(Int)
            /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
            case monthWeekDay(month: Int, week: Int, weekday: Int)
        }
        var day: Day
        var secondsOfDay: Int = 7200

        /// Days since 1970 of this rule's day in `year`.
        func daysSinceEpoch(in year: Int) -> Int {
            let january1 = LocalDate(year: year, month: 1, day: 1).daysSinceEpoch
            switch day {
            case .julianSkippingLeapDay(let n):
                let isLeap = TimeParsing.daysIn(month: 2, year: year) == 29
                return january1 + n - 1 + (isLeap && n >= 60 ? 1 : 0)
            case .zeroBasedDay(let n):
                return january1 + n
            case .monthWeekDay(let month, let week, let weekday):
                let first = LocalDate(year: year, month: month, day: 1).daysSinceEpoch
                // 1970-01-01 was a Thursday (weekday 4).
                let firstWeekday = ((first + 4) % 7 + 7) % 7
                var day = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
                let length = TimeParsing.daysIn(month: month, year: year)
                while day >= first + length { day -= 7 }
                return day
            }
        }
    }

    /// The transitions the rule makes in `year`, as (instant, type after), in order of instant.
    func transitions(in year: Int) -> [(instant: Int, type: LocalTimeType)] {
        guard let daylightSaving else { return [] }
        let start = daylightSaving.start.daysSinceEpoch(in: year) * 86400 + daylightSaving.start.secondsOfDay - standard.offset
        let end = daylightSaving.end.daysSinceEpoch(in: year) * 86400 + daylightSaving.end.secondsOfDay - daylightSaving.type.offset
        // At one instant an end of one year and a start of the next (all-year daylight saving):
        // the start comes last, so that daylight saving is what stays in force.
        return [(end, standard), (start, daylightSaving.type)].sorted { $0.instant < $1.instant }
    }

    /// The rule's transitions in `years`, in order of instant; of two at one instant, the later
    /// year's (or the start's) comes last.
    func transitions(in years: ClosedRange<Int>) -> [(instant: Int, type: LocalTimeType)] {
        let all = years.flatMap { transitions(in: $0) }
        return all.indices.sorted { (all[$0].instant, $0) < (all[$1].instant, $1) }.map { all[$0] }
    }

    /// The type in force at an instant.
    func type(at instant: Int) -> LocalTimeType {
        guard daylightSaving != nil else { return standard }
        let year = PosixTZRule.year(of: instant)
        return transitions(in: (year - 1)...(year + 1)).last { $0.instant <= instant }?.type ?? standard
    }

    /// The calendar year (UTC) of an instant.
    static func year(of instant: Int) -> Int {
        LocalDate(daysSinceEpoch: Int((Double(instant) / 86400).rounded(.down))).year
    }
}

extension PosixTZRule {
    /// Parses a TZ string; nil when it is not one (the caller then keeps the table's last type).
    init?(_ text: String) {
        var scanner = TZScanner(characters: Array(text.unicodeScalars))
        guard let standardName = scanner.name(), let standardWest = scanner.duration(maxHours: 24) else { return nil }
        standard = LocalTimeType(offset: -standardWest, isDaylightSaving: false, abbreviation: standardName)
        guard !scanner.isAtEnd else {
            daylightSaving = nil
            return
        }
        guard let daylightName = scanner.name() else { return nil }
        var daylightOffset = standard.offset + 3600
        if !scanner.isAtEnd, scanner.peek != ",", let west = scanner.duration(maxHours: 24) { daylightOffset = -west }
        var start = TransitionRule(day: .monthWeekDay(month: 3, week: 2, weekday: 0))
        var end = TransitionRule(day: .monthWeekDay(month: 11, week: 1, weekday: 0))
        if !scanner.isAtEnd {
            guard scanner.take(","), let first = scanner.rule(), scanner.take(","), let second = scanner.rule() else { return nil }
            start = first
            end = second
        }
        guard scanner.isAtEnd else { return nil }
        daylightSaving = DaylightSaving(
            type: LocalTimeType(offset: daylightOffset, isDaylightSaving: true, abbreviation: daylightName), start: start, end: end)
    }
}

/// Reads the parts of a TZ string left to right.
private struct TZScanner {
    let characters: [Unicode.Scalar]
    var position = 0

    var isAtEnd: Bool { position >= characters.count }
    var peek: Unicode.Scalar? { isAtEnd ? nil : characters[position] }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard peek == character else { return false }
        position += 1
        return true
    }

    /// `CET` (three or more letters) or `<+0330>` (quoted: letters, digits, `+` and `-`).
    mutating func name() -> String? {
        var name = ""
        if take("<") {
            while let character = peek, character != ">" {
                guard character.properties.isAlphabetic || ("0"..."9").contains(character) || character == "+" || character == "-"
                else { return nil }
                name.unicodeScalars.append(character)
                position += 1
            }
            guard take(">") else { return nil }
        } else {
            while let character = peek, ("a"..."z").contains(character) || ("A"..."Z").contains(character) {
                name.unicodeScalars.append(character)
                position += 1
            }
        }
        return name.unicodeScalars.count >= 3 ? name : nil
    }

    mutating func number(maxDigits: Int) -> Int? {
        var digits = 0, value = 0
        while let character = peek, ("0"..."9").contains(character), digits < maxDigits {
            value = value * 10 + Int(character.value - 48)
            digits += 1
            position += 1
        }
        return digits > 0 ? value : nil
    }

    /// `[+-]hh[:mm[:ss]]` in seconds.
    mutating func duration(maxHours: Int) -> Int? {
        let sign = take("-") ? -1 : (take("+") ? 1 : 1)
        guard let hours = number(maxDigits: 3), hours <= maxHours else { return nil }
        var seconds = hours * 3600
        if take(":") {
            guard let minutes = number(maxDigits: 2), minutes < 60 else { return nil }
            seconds += minutes * 60
            if take(":") {
                guard let rest = number(maxDigits: 2), rest < 60 else { return nil }
                seconds += rest
            }
        }
        return sign * seconds
    }

    /// `Jn`, `n` or `Mm.w.d`, then optionally `/time` (−167 to 167 hours, version 3).
    mutating func rule() -> PosixTZRule.TransitionRule? {
        let day: PosixTZRule.TransitionRule.Day
        if take("J") {
            guard let n = number(maxDigits: 3), (1...365).contains(n) else { return nil }
            day = .julianSkippingLeapDay(n)
        } else if take("M") {
            guard let month = number(maxDigits: 2), (1...12).contains(month), take("."), let week = number(maxDigits: 1),
                (1...5).contains(week), take("."), let weekday = number(maxDigits: 1), weekday <= 6
            else { return nil }
            day = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else {
            guard let n = number(maxDigits: 3), n <= 365 else { return nil }
            day = .zeroBasedDay(n)
        }
        var rule = PosixTZRule.TransitionRule(day: day)
        if take("/") {
            guard let time = duration(maxHours: 167) else { return nil }
            rule.secondsOfDay = time
        }
        return rule
    }
}
