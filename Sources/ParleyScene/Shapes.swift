/// A rectangle, with corner radius 0 for square corners.
public struct RectShape: Hashable, Sendable {
    public var frame: Rect
    public var cornerRadius: Double
    public var style: ShapeStyle
    public init(frame: Rect, cornerRadius: Double = 0, style: ShapeStyle) {
        self.frame = frame; self.cornerRadius = cornerRadius; self.style = style
    }
}

/// A circle given by centre and radius.
public struct Circle: Hashable, Sendable {
    public var center: Point
    public var radius: Double
    public var style: ShapeStyle
    public init(center: Point, radius: Double, style: ShapeStyle) {
        self.center = center; self.radius = radius; self.style = style
    }
}

/// A straight segment.
public struct Line: Hashable, Sendable {
    public var from: Point
    public var to: Point
    public var stroke: Stroke
    public init(from: Point, to: Point, stroke: Stroke) { self.from = from; self.to = to; self.stroke = stroke }
}

/// Points joined in order; a closed polyline is a polygon and may be filled.
public struct Polyline: Hashable, Sendable {
    public var points: [Point]
    public var isClosed: Bool
    public var style: ShapeStyle
    public init(points: [Point], isClosed: Bool = false, style: ShapeStyle) {
        self.points = points; self.isClosed = isClosed; self.style = style
    }
}

/// One step of a `Path`.
public enum PathElement: Hashable, Sendable {
    case move(to: Point)
    case line(to: Point)
    /// A cubic Bézier curve.
    case curve(to: Point, control1: Point, control2: Point)
    /// A circular arc from `startAngle` to `endAngle` (radians, clockwise on screen), joined
    /// to the current point by a line as Cairo does.
    case arc(center: Point, radius: Double, startAngle: Double, endAngle: Double)
    case close
}

/// A free-form outline.
public struct Path: Hashable, Sendable {
    public var elements: [PathElement]
    public var style: ShapeStyle
    public init(elements: [PathElement], style: ShapeStyle) { self.elements = elements; self.style = style }
}

/// A segment with a filled triangular head at its end (and start, when `isDoubleHeaded`).
public struct Arrow: Hashable, Sendable {
    public var from: Point
    public var to: Point
    public var stroke: Stroke
    public var headLength: Double
    public var headWidth: Double
    public var isDoubleHeaded: Bool
    public init(
        from: Point, to: Point, stroke: Stroke, headLength: Double = 8, headWidth: Double = 6,
        isDoubleHeaded: Bool = false
    ) {
        self.from = from; self.to = to; self.stroke = stroke
        self.headLength = headLength; self.headWidth = headWidth; self.isDoubleHeaded = isDoubleHeaded
    }

    /// The three corners of the head at `tip`, pointing away from `tail`.
    public static func headTriangle(tip: Point, tail: Point, length: Double, width: Double) -> [Point] {
        let angle = _atan2(tip.y - tail.y, tip.x - tail.x)
        let (cosine, sine) = (_cos(angle), _sin(angle))
        let base = Point(x: tip.x - length * cosine, y: tip.y - length * sine)
        let half = width / 2
        return [
            tip, Point(x: base.x - half * sine, y: base.y + half * cosine),
            Point(x: base.x + half * sine, y: base.y - half * cosine),
        ]
    }
}

/// A raster or vector picture; the bytes travel in the scene so renderers do no file I/O.
public struct Image: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable, Codable { case png, svg }
    public var frame: Rect
    public var format: Format
    public var data: [UInt8]
    /// Alternative text.
    public var description: String?
    public init(frame: Rect, format: Format, data: [UInt8], description: String? = nil) {
        self.frame = frame; self.format = format; self.data = data; self.description = description
    }
}
