import ParleyModel

/// Plain-language summaries of a model: SVG `<desc>`, PDF subject, alt text and captions.
public enum MeetingDescription {
    /// "Round 2, 2 June 2025, Çırağan Palace, Istanbul: 14:43–15:57 MSK, 1 h 14 min."
    public static func round(_ round: Round) -> String { Self.round(round, strings: .english) }

    /// The round's summary with its times on `clock`; with `meeting`, a round held in another
    /// zone also gives the meeting's times ("08:00–09:15 EDT (14:00–15:15 CEST)").
    public static func round(_ round: Round, in meeting: Meeting?, clock: ClockStyle = .twentyFour) -> String {
        Self.round(round, meeting: meeting, clock: clock, strings: .english)
    }

    static func round(_ round: Round, meeting: Meeting? = nil, clock: ClockStyle = .twentyFour, strings: Strings) -> String {
        let times = RoundTimeText(round, meeting: meeting, clock: clock, strings: strings)
        var facts: [Placeholder: String] = [
            .round: round.displayTitle, .date: Formatting.date(round.date, strings: strings), .span: times.span,
            .duration: times.duration,
        ]
        guard let venue = round.venue else { return strings.text(.roundSummary, facts) }
        facts[.venue] = venue
        return strings.text(.roundSummaryAtVenue, facts)
    }

    /// The meeting in a few English sentences (title, rounds, dates), for alt text and the report's summary.
    public static func overview(_ meeting: Meeting) -> String { overview(meeting, clock: .twentyFour) }

    /// The meeting in a few English sentences, its times on `clock`.
    public static func overview(_ meeting: Meeting, clock: ClockStyle) -> String {
        let strings = Strings.english
        let head = strings.text(.overviewSummary, count: meeting.rounds.count, [.meeting: meeting.displayTitle])
        return head + " " + meeting.rounds.map { round($0, meeting: meeting, clock: clock, strings: strings) }.joined(separator: " ")
    }

    /// "3 rounds of …" then each round's summary: the description of a chart of several rounds
    /// (the calendar, the day planner).
    static func rounds(_ rounds: [Round], in meeting: Meeting, clock: ClockStyle, strings: Strings = .english) -> String {
        strings.text(.roundsSummary, count: rounds.count, [.meeting: meeting.displayTitle]) + " "
            + rounds.map { round($0, meeting: meeting, clock: clock, strings: strings) }.joined(separator: " ")
    }
}
