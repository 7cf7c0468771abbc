import ParleyModel

/// Plain-language summaries of a model: SVG `<desc>`, PDF subject, alt text and captions.
public enum MeetingDescription {
    /// "Round 2, 2 June 2025, Çırağan Palace, Istanbul: 14:43–15:57 MSK, 1 h 14 min."
    public static func round(_ round: Round) -> String {
        let place = round.venue.map { ", \($0)" } ?? ""
        let duration = Formatting.duration(seconds: round.durationSeconds, approximate: Formatting.isApproximate(round))
        return "\(round.displayTitle), \(Formatting.date(round.date))\(place): \(Formatting.span(round)), \(duration)."
    }

    public static func overview(_ meeting: Meeting) -> String {
        let count = meeting.rounds.count == 1 ? "1 round" : "\(meeting.rounds.count) rounds"
        return "\(meeting.displayTitle): \(count). " + meeting.rounds.map(round).joined(separator: " ")
    }
}
