import ParleyColor

/// Text placed in a box whose size was measured by a `TextMeasuring` before layout.
///
/// The box's top-left corner is `origin`; its width is `maxWidth` when given (the text is
/// aligned inside it, and cut or wrapped to it) and the measured width otherwise. The measured
/// `metrics.lines` say what is drawn where; `text` stays the source text, for descriptions.
public struct TextRun: Hashable, Sendable {
    /// The source text, as the model gave it; what is drawn is `metrics.lines`.
    public var text: String
    /// Top-left corner of the box, in points.
    public var origin: Point
    /// Font the text was measured in and is set in.
    public var font: Font
    /// Text colour, opacity included.
    public var color: Color
    /// Where each line stands across the box.
    public var alignment: TextAlignment
    /// Box width in points; `nil` lets the box take the text's measured width.
    public var maxWidth: Double?
    /// What was done with text wider than `maxWidth`.
    public var overflow: TextOverflow
    /// What the measurer made of the text; layouts and writers both go by these.
    public var metrics: TextMetrics

    /// Makes a run from metrics measured beforehand; `measured(_:font:color:anchor:…)` measures for you.
    public init(
        text: String, origin: Point, font: Font, color: Color, alignment: TextAlignment = .left,
        maxWidth: Double? = nil, overflow: TextOverflow = .ellipsis, metrics: TextMetrics
    ) {
        self.text = text; self.origin = origin; self.font = font; self.color = color
        self.alignment = alignment; self.maxWidth = maxWidth; self.overflow = overflow; self.metrics = metrics
    }

    /// Measures `text` and places it so that its box is anchored at `anchor`: the anchor is
    /// the box's left, centre or right edge (by `alignment`) and its top.
    public static func measured(
        _ text: String, font: Font, color: Color, anchor: Point, alignment: TextAlignment = .left,
        maxWidth: Double? = nil, overflow: TextOverflow = .ellipsis, measurer: any TextMeasuring
    ) -> TextRun {
        let metrics = measurer.measure(text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: alignment)
        let boxWidth = maxWidth ?? metrics.width
        let left: Double
        switch alignment {
        case .left: left = anchor.x
        case .center: left = anchor.x - boxWidth / 2
        case .right: left = anchor.x - boxWidth
        }
        return TextRun(
            text: text, origin: Point(x: left, y: anchor.y), font: font, color: color, alignment: alignment,
            maxWidth: maxWidth, overflow: overflow, metrics: metrics)
    }

    /// The box the renderer lays the text out in.
    public var box: Rect { Rect(x: origin.x, y: origin.y, width: maxWidth ?? metrics.width, height: metrics.height) }

    /// Where the set text actually stands inside `box` (narrower than the box when aligned in it).
    public var frame: Rect {
        let inner = box
        let width = min(metrics.width, inner.width)
        let left: Double
        switch alignment {
        case .left: left = inner.minX
        case .center: left = inner.midX - width / 2
        case .right: left = inner.maxX - width
        }
        return Rect(x: left, y: inner.minY, width: width, height: inner.height)
    }

    /// The same text in the same box, aligned otherwise: measured again, since where each line
    /// stands in the box depends on the alignment.
    public func realigned(to alignment: TextAlignment, measurer: any TextMeasuring) -> TextRun {
        var copy = self
        copy.alignment = alignment
        copy.metrics = measurer.measure(text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: alignment)
        return copy
    }

    /// Moves the run so its top-left is `origin + (dx, dy)`.
    public func offsetBy(dx: Double, dy: Double) -> TextRun {
        var copy = self
        copy.origin = Point(x: origin.x + dx, y: origin.y + dy)
        return copy
    }
}
