/// One line of a `TextRun` as the measurer broke and cut it, so every writer draws the same
/// lines without wrapping, cutting or measuring again.
public struct TextLine: Hashable, Sendable {
    /// The characters drawn, in logical order: "…" stands where text was cut; the space a line
    /// was broken at is not drawn and is in `collapsedBreak` instead.
    public var text: String
    /// The start of the line's baseline, relative to the run's `origin` (the box's top-left):
    /// `x` includes the line's alignment inside the box.
    public var origin: Point
    /// The line's advance width, as laid out.
    public var width: Double
    /// The source text this line stands for but does not show (what "…" replaced), or nil
    /// when nothing was cut from it.
    public var elided: String?
    /// The whitespace the line was broken at: source text that follows `text` but is drawn as
    /// nothing and takes no width (a PDF keeps it, so copied text keeps its spaces). The lines'
    /// `text + collapsedBreak` concatenate back to the source of a wrapped run.
    public var collapsedBreak: String
    /// Whether the line's paragraph runs right to left: a writer sets it in that base
    /// direction, so neutral characters and mixed scripts order as they were measured.
    public var isRightToLeft: Bool
    /// Where the ellipsis of a cut line starts: its x from the line's `origin`, as laid out
    /// (after the kept text's own advances, kerned against the text that was cut). A writer
    /// draws the ellipsis there rather than shaping the cut line again. Nil on an uncut line.
    public var ellipsisOffset: Double?

    /// Makes a line; by default uncut, left to right, with no collapsed break.
    public init(
        text: String, origin: Point, width: Double, elided: String? = nil, collapsedBreak: String = "", isRightToLeft: Bool = false,
        ellipsisOffset: Double? = nil
    ) {
        self.text = text; self.origin = origin; self.width = width; self.elided = elided
        self.collapsedBreak = collapsedBreak; self.isRightToLeft = isRightToLeft; self.ellipsisOffset = ellipsisOffset
    }

    /// True when text was cut from the line.
    public var isElided: Bool { elided != nil }
}
