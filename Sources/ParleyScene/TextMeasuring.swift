/// How horizontal text sits in its box.
public enum TextAlignment: String, Hashable, Sendable, Codable { case left, center, right }

/// What happens to text wider than its `maxWidth`.
public enum TextOverflow: String, Hashable, Sendable, Codable {
    /// Cut at the end with "…"; one line.
    case ellipsis
    /// Broken into lines at word boundaries (characters when a word is too long).
    case wrap
    /// Broken into lines like `wrap`, but at most `lineClampLimit` of them, the last cut with
    /// "…": for labels that must stay near what they label, however long the model's text.
    case lineClamp

    public static let lineClampLimit = 3
}

/// The size of a piece of set text, as the renderer will draw it.
public struct TextMetrics: Hashable, Sendable, Codable {
    /// The width of the ink-independent logical box, at most `maxWidth` when one was given.
    public var width: Double
    public var height: Double
    /// Distance from the top of the box to the first line's baseline.
    public var baseline: Double
    public var lineCount: Int
    /// True when the text was cut with an ellipsis to fit.
    public var isTruncated: Bool

    public init(width: Double, height: Double, baseline: Double, lineCount: Int = 1, isTruncated: Bool = false) {
        self.width = width; self.height = height; self.baseline = baseline
        self.lineCount = lineCount; self.isTruncated = isTruncated
    }
}

/// Measures text the way the renderer sets it; injected into layouts so they need no
/// rendering library. Implementations are not shared between threads.
public protocol TextMeasuring {
    func measure(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow) -> TextMetrics
}

extension TextMeasuring {
    public func measure(_ text: String, font: Font) -> TextMetrics {
        measure(text, font: font, maxWidth: nil, overflow: .ellipsis)
    }
}
