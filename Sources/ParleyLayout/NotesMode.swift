/// How much of a model's notes and sources a chart draws. Whatever the mode, the chart's
/// description (the SVG's `<desc>`) keeps every note and every full source.
public enum NotesMode: String, Sendable, Hashable, CaseIterable {
    /// Numbered markers at what each note is about, the notes in full under the chart, and the sources.
    case full
    /// The markers and the sources line, with one line saying where the notes are in full.
    case markers
    /// No markers, no notes, no sources drawn: for a chart whose notes are listed elsewhere (a report).
    case none
}
