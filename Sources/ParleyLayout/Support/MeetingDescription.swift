import ParleyModel

/// Plain-language summaries of a model: SVG `<desc>`, PDF subject, alt text and captions.
public enum MeetingDescription {
    /// "Round 2, 2 June 2025, Çırağan Palace, Istanbul: 14:43–15:57 MSK, 1 h 14 min."
    public static func round(_ round: Round) -> String { Self.round(round, strings: .english) }

    static func round(_ round: Round, strings: Strings) -> String {
        var facts: [Placeholder: String] = [
            .round: round.displayTitle, .date: Formatting.date(round.date, strings: strings), .span: Formatting.span(round),
            .duration: Formatting.duration(seconds: round.durationSeconds, approximate: Formatting.isApproximate(round), strings: strings),
        ]
        guard let venue = round.venue else { return strings.text(.roundSummary, facts) }
        facts[.venue] = venue
        return strings.text(.roundSummaryAtVenue, facts)
    }

    /// The meeting in a few English sentences (title, rounds, dates), for alt text and the report's summary.
    public static func overview(_ meeting: Meeting) -> String {
        let strings = Strings.english
        let head = strings.text(.overviewSummary, count: meeting.rounds.count, [.meeting: meeting.displayTitle])
        return head + " " + meeting.rounds.map { round($0, strings: strings) }.joined(separator: " ")
    }
}
