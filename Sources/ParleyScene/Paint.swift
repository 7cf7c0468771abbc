import ParleyColor

/// How a line is drawn.
public struct Stroke: Hashable, Sendable, Codable {
    /// The shape at an open line's two ends, as in Cairo and SVG's `stroke-linecap`.
    public enum Cap: String, Hashable, Sendable, Codable { case butt, round, square }
    /// The shape where two segments meet, as in Cairo and SVG's `stroke-linejoin`.
    public enum Join: String, Hashable, Sendable, Codable { case miter, round, bevel }

    /// Line colour, opacity included.
    public var color: Color
    /// Line width in points, centred on the geometry.
    public var width: Double
    /// Alternating on and off lengths; empty for a solid line.
    public var dash: [Double]
    /// How the ends look.
    public var cap: Cap
    /// How corners look.
    public var join: Join

    /// Makes a stroke; by default 1 point wide, solid, with butt ends and mitred corners.
    public init(color: Color, width: Double = 1, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// The fill and outline of a closed shape; either may be absent.
public struct ShapeStyle: Hashable, Sendable, Codable {
    /// Fill colour; `nil` leaves the inside unpainted.
    public var fill: Color?
    /// Outline drawn over the fill; `nil` draws none.
    public var stroke: Stroke?

    /// Makes a style with the given fill and outline; neither by default, so nothing is drawn.
    public init(fill: Color? = nil, stroke: Stroke? = nil) { self.fill = fill; self.stroke = stroke }

    /// A fill in `color` with no outline.
    public static func filled(_ color: Color) -> ShapeStyle { ShapeStyle(fill: color) }
    /// An outline `width` points wide in `color` with no fill.
    public static func outlined(_ color: Color, width: Double = 1) -> ShapeStyle {
        ShapeStyle(stroke: Stroke(color: color, width: width))
    }
}
