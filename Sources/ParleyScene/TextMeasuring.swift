/// How horizontal text sits in its box.
public enum TextAlignment: String, Hashable, Sendable, Codable, CaseIterable { case left, center, right }

/// What happens to text wider than its `maxWidth`.
public enum TextOverflow: String, Hashable, Sendable, Codable {
    /// Cut at the end with "…"; one line.
    case ellipsis
    /// Broken into lines at word boundaries (characters when a word is too long).
    case wrap
    /// Broken into lines like `wrap`, but at most `lineClampLimit` of them, the last cut with
    /// "…": for labels that must stay near what they label, however long the model's text.
    case lineClamp

    /// At most this many lines for `lineClamp`.
    public static let lineClampLimit = 3
}

/// The size of a piece of set text and its lines, as the renderer will draw it.
public struct TextMetrics: Hashable, Sendable {
    /// The width of the ink-independent logical box, at most `maxWidth` when one was given.
    public var width: Double
    /// Height of all the lines together, in points.
    public var height: Double
    /// Distance from the top of the box to the first line's baseline.
    public var baseline: Double
    /// The lines as measured, first to last; writers draw exactly these.
    public var lines: [TextLine] = []

    /// How many lines the text was set in; 1 unless it wrapped.
    public var lineCount: Int { lines.count }
    /// True when the text was cut with an ellipsis to fit.
    public var isTruncated: Bool { lines.contains(where: \.isElided) }

    /// Makes metrics from sizes in points and the measured lines.
    public init(width: Double, height: Double, baseline: Double, lines: [TextLine]) {
        self.width = width; self.height = height; self.baseline = baseline; self.lines = lines
    }
}

/// Measures and breaks text the way the renderer sets it; injected into layouts so they need
/// no rendering library. Implementations are not shared between threads.
public protocol TextMeasuring {
    /// The metrics and lines of `text` set in a box of `maxWidth` (its natural width when nil),
    /// each line placed by `alignment` inside the box.
    func measure(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow, alignment: TextAlignment) -> TextMetrics
}

extension TextMeasuring {
    /// Measures left-aligned text; see `measure(_:font:maxWidth:overflow:alignment:)`.
    public func measure(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow) -> TextMetrics {
        measure(text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: .left)
    }

    /// Measures text on one line at its natural width.
    public func measure(_ text: String, font: Font) -> TextMetrics {
        measure(text, font: font, maxWidth: nil, overflow: .ellipsis, alignment: .left)
    }
}
