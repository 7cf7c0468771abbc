/// What a group stands for in the chart, as a fact the layout knows: writers turn it into a
/// CSS class (`parley-round`), an accessible role, and a PDF outline entry, without reading ids
/// or titles. The set is closed so a style sheet can rely on it (docs/embedding.md lists it).
public enum MarkRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// One round of the meeting: its bar on a timeline, its panel in a comparison.
    case round
    /// A session or segment bar inside a round.
    case session
    /// One event mark and its label.
    case event
    /// One seat and its labels.
    case seat
    /// The seats of one party together.
    case delegation
    /// The table drawn from above.
    case table
    /// A party's flag.
    case flag
    /// A time or date axis.
    case axis
    /// The legend of colours and marks.
    case legend
    /// Notes and sources under a chart.
    case notes
    /// A comparison's list of what changed.
    case changes
    /// A numbered list standing in for labels that did not fit (seat list, shortened labels).
    case key
    // Reports (issue 15, reports): the document structure a PDF outline is built from.
    /// A part of a document (a report's round or comparison): a top-level PDF outline entry named by the group's title.
    case section
    /// One chart set in a document: a PDF outline entry under the section before it, named by the group's title.
    case figure
}
