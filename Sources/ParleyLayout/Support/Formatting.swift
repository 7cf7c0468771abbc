import ParleyModel

/// How times, dates and durations read on charts.
public enum Formatting {
    /// "1 h 14 min", "40 min", "2 h", "≈1 h 45 min" when either end is approximate; under an
    /// hour, seconds when there are any ("1 min 40 s", "40 s").
    public static func duration(seconds: Int, approximate: Bool = false, strings: Strings) -> String {
        let text = durationText(seconds, strings: strings)
        return approximate ? strings.text(.approximate, [.value: text]) : text
    }

    /// The round's real elapsed time; "1 h 13–15 min" or "58 min – 1 h 2 min" when its start
    /// or end is contested (`Round.durationRange`), with "≈" when an end is only approximate.
    public static func duration(of round: Round, strings: Strings) -> String {
        let range = round.durationRange
        let approximate = isApproximate(round)
        guard range.lowerBound != range.upperBound else {
            return duration(seconds: round.durationSeconds, approximate: approximate, strings: strings)
        }
        let text: String
        let (low, high) = (wholeMinutes(range.lowerBound), wholeMinutes(range.upperBound))
        let exactMinutes = range.lowerBound >= 3600 || (range.lowerBound % 60 == 0 && range.upperBound % 60 == 0)
        if exactMinutes, low / 60 == high / 60, low % 60 != 0, high % 60 != 0, low != high {
            let minutes: [Placeholder: String] = [.from: String(low % 60), .to: String(high % 60)]
            text =
                low < 60
                ? strings.text(.durationRangeMinutes, minutes)
                : strings.text(.durationRangeHoursMinutes, minutes.merging([.hours: String(low / 60)]) { a, _ in a })
        } else {
            let (from, to) = (durationText(range.lowerBound, strings: strings), durationText(range.upperBound, strings: strings))
            text = from == to ? from : strings.text(.durationRange, [.from: from, .to: to])
        }
        return approximate ? strings.text(.approximate, [.value: text]) : text
    }

    private static func wholeMinutes(_ seconds: Int) -> Int { (seconds + 30) / 60 }

    private static func durationText(_ seconds: Int, strings: Strings) -> String {
        if seconds < 3600, seconds % 60 != 0 {
            let (m, s) = (seconds / 60, seconds % 60)
            return m == 0
                ? strings.text(.durationSeconds, [.seconds: String(s)])
                : strings.text(.durationMinutesSeconds, [.minutes: String(m), .seconds: String(s)])
        }
        let minutes = wholeMinutes(seconds)
        switch (minutes / 60, minutes % 60) {
        case (0, let m): return strings.text(.durationMinutes, [.minutes: String(m)])
        case (let h, 0): return strings.text(.durationHours, [.hours: String(h)])
        case (let h, let m): return strings.text(.durationHoursMinutes, [.hours: String(h), .minutes: String(m)])
        }
    }

    /// "2 June 2025".
    public static func date(_ date: LocalDate, strings: Strings) -> String {
        strings.text(.date, [.day: String(date.day), .month: strings.month(date.month), .year: String(date.year)])
    }

    /// "0:00", "1:30": time from a start, for elapsed axes.
    public static func elapsed(seconds: Int) -> String {
        let minutes = seconds / 60
        return "\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
    }

    /// "2 Jun".
    public static func shortDate(_ date: LocalDate, strings: Strings) -> String {
        strings.text(.shortDate, [.day: String(date.day), .month: strings.month(date.month, short: true)])
    }

    /// "14:43–15:57 MSK", "21:30 CEST – 03:20 CET (+1 day)" (see `RoundTimeText.span`); with
    /// `meeting`, a round held in another zone adds the meeting's times.
    public static func span(_ round: Round, meeting: Meeting?, clock: ClockStyle, strings: Strings) -> String {
        RoundTimeText(round, meeting: meeting, clock: clock, strings: strings).span
    }

    /// Facts joined by " · ". A right-to-left fact (an Arabic venue, a Hebrew title) is wrapped in
    /// Unicode's first-strong isolate, so that the bidirectional algorithm keeps the facts in
    /// their order instead of pulling the separators and neighbouring numbers into the RTL run.
    public static func facts(_ parts: [String?]) -> String {
        parts.compactMap { $0 }.map { part in
            part.unicodeScalars.contains(where: isRightToLeft) ? "\u{2068}" + part + "\u{2069}" : part
        }
        .joined(separator: " · ")
    }

    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan…, and their presentation forms.
        (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
    }

    /// Whether the round's start or end was reported only approximately, so its times and duration get "≈".
    public static func isApproximate(_ round: Round) -> Bool { round.start.isApproximate || round.end.isApproximate }
}
