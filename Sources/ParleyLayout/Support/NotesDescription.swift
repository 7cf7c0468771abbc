import ParleyModel

/// The notes and sources of a meeting or of one round in words, every source in full, as a
/// chart's description carries them: `parley describe` says what the SVGs' `<desc>` says.
public enum NotesDescription {
    /// `description` followed by the notes of `round` (its own, its segments', events',
    /// outcomes' and table's), or of the meeting and its rounds when `round` is nil; the
    /// meeting's own come first either way. `description` alone when the model notes nothing.
    /// In the words and names of `options` (its language and clock), as the chart's own text.
    public static func describing(_ description: String, meeting: Meeting, round: Round? = nil, options: LayoutOptions) -> String {
        let notes =
            round.map { ChartNotes(meeting: meeting, rounds: [$0], parts: [.rounds, .details, .tables], options: options) }
            ?? ChartNotes(meeting: meeting, rounds: meeting.rounds, parts: .rounds, options: options)
        return notes.describing(description)
    }
}
