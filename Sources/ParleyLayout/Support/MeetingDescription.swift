import ParleyModel

/// Plain-language summaries of a model: SVG `<desc>`, PDF subject, alt text and captions.
public enum MeetingDescription {
    /// "Round 2, 2 June 2025, Çırağan Palace, Istanbul: 14:43–15:57 MSK, 1 h 14 min.": the
    /// round's summary with its times on `clock`, in the words of `strings`, its title and venue
    /// in `language` (the names' language); with `meeting`, a round held in another zone also
    /// gives the meeting's times ("08:00–09:15 EDT (14:00–15:15 CEST)").
    public static func round(
        _ round: Round, meeting: Meeting?, clock: ClockStyle, strings: Strings, language: String?
    ) -> String {
        let times = RoundTimeText(round, meeting: meeting, clock: clock, strings: strings)
        var facts: [Placeholder: String] = [
            .round: round.displayTitle(in: language), .date: Formatting.date(round.date, strings: strings), .span: times.span,
            .duration: times.duration,
        ]
        guard let venue = round.venue(in: language) else { return strings.text(.roundSummary, facts) }
        facts[.venue] = venue
        return strings.text(.roundSummaryAtVenue, facts)
    }

    /// The meeting in a few sentences (title, rounds, dates), for alt text and the report's
    /// summary: in the words of `options.language` (else the meeting's), names in the names'
    /// language, times on `options.clock`.
    public static func overview(_ meeting: Meeting, options: LayoutOptions) -> String {
        let clock = options.clock
        let strings = options.strings(for: meeting), language = options.namesLanguage(of: meeting)
        let head = strings.text(.overviewSummary, count: meeting.rounds.count, [.meeting: meeting.displayTitle(in: language)])
        return head + " "
            + meeting.rounds.map { round($0, meeting: meeting, clock: clock, strings: strings, language: language) }.joined(separator: " ")
    }

    /// "3 rounds of …" then each round's summary: the description of a chart of several rounds
    /// (the calendar, the day planner).
    static func rounds(_ rounds: [Round], in meeting: Meeting, clock: ClockStyle, style: PartyStyle) -> String {
        let strings = style.strings
        return strings.text(.roundsSummary, count: rounds.count, [.meeting: style.meetingTitle]) + " "
            + rounds.map { round($0, meeting: meeting, clock: clock, strings: strings, language: style.language) }.joined(separator: " ")
    }
}
