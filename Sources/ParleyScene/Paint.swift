/// How a line is drawn.
public struct Stroke: Hashable, Sendable, Codable {
    public enum Cap: String, Hashable, Sendable, Codable { case butt, round, square }
    public enum Join: String, Hashable, Sendable, Codable { case miter, round, bevel }

    public var color: Color
    public var width: Double
    /// Alternating on and off lengths; empty for a solid line.
    public var dash: [Double]
    public var cap: Cap
    public var join: Join

    public init(color: Color, width: Double = 1, dash: [Double] = [], cap: Cap = .butt, join: Join = .miter) {
        self.color = color; self.width = width; self.dash = dash; self.cap = cap; self.join = join
    }
}

/// The fill and outline of a closed shape; either may be absent.
public struct ShapeStyle: Hashable, Sendable, Codable {
    public var fill: Color?
    public var stroke: Stroke?

    public init(fill: Color? = nil, stroke: Stroke? = nil) { self.fill = fill; self.stroke = stroke }

    public static func filled(_ color: Color) -> ShapeStyle { ShapeStyle(fill: color) }
    public static func outlined(_ color: Color, width: Double = 1) -> ShapeStyle {
        ShapeStyle(stroke: Stroke(color: color, width: width))
    }
}
