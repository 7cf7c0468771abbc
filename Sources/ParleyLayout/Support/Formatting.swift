import ParleyModel

/// How times, dates and durations read on charts.
public enum Formatting {
    /// "1 h 14 min", "40 min", "2 h", "≈1 h 45 min" when either end is approximate.
    public static func duration(seconds: Int, approximate: Bool = false, strings: Strings = .english) -> String {
        let minutes = (seconds + 30) / 60
        let text: String
        switch (minutes / 60, minutes % 60) {
        case (0, let m): text = strings.text(.durationMinutes, [.minutes: String(m)])
        case (let h, 0): text = strings.text(.durationHours, [.hours: String(h)])
        case (let h, let m): text = strings.text(.durationHoursMinutes, [.hours: String(h), .minutes: String(m)])
        }
        return approximate ? strings.text(.approximate, [.value: text]) : text
    }

    /// "2 June 2025".
    public static func date(_ date: LocalDate, strings: Strings = .english) -> String {
        strings.text(.date, [.day: String(date.day), .month: strings.month(date.month), .year: String(date.year)])
    }

    /// "0:00", "1:30": time from a start, for elapsed axes.
    public static func elapsed(seconds: Int) -> String {
        let minutes = seconds / 60
        return "\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
    }

    /// "2 Jun".
    public static func shortDate(_ date: LocalDate, strings: Strings = .english) -> String {
        strings.text(.shortDate, [.day: String(date.day), .month: strings.month(date.month, short: true)])
    }

    /// "14:43–15:57 MSK".
    public static func span(_ round: Round) -> String {
        "\(round.start.clockText)–\(round.end.clockText) \(round.timeZoneLabel)"
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
