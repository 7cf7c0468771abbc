import ParleyModel

/// What a report says of a chart where it stands: a caption under it, and the text that
/// stands for it (alt text, and the summary a reader without the picture gets).
public struct ChartText: Sendable, Hashable {
    /// The caption shown under the chart: "Round 2: seating".
    public var caption: String
    /// The plain-language account of what the chart shows.
    public var description: String

    /// A caption and its description.
    public init(caption: String, description: String) { self.caption = caption; self.description = description }
}

extension ChartLayout {
    /// A chart without words of its own: its one-line summary, after the round's title when it
    /// draws one round.
    public static func reportText(of meeting: Meeting, round: Round?, language: String?) -> ChartText {
        ChartText(caption: (round.map { "\($0.displayTitle(in: language)): " } ?? "") + summary, description: summary)
    }
}
