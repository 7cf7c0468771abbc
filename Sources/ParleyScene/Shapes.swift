/// A rectangle, with corner radius 0 for square corners.
public struct RectShape: Hashable, Sendable {
    /// Outer bounds in points, before any stroke widens them.
    public var frame: Rect
    /// Radius of the rounded corners in points; 0 for square corners.
    public var cornerRadius: Double
    /// Fill and outline.
    public var style: ShapeStyle
    /// Makes a rectangle, square-cornered unless `cornerRadius` says otherwise.
    public init(frame: Rect, cornerRadius: Double = 0, style: ShapeStyle) {
        self.frame = frame; self.cornerRadius = cornerRadius; self.style = style
    }
}

/// A circle given by centre and radius.
public struct Circle: Hashable, Sendable {
    /// Centre in points.
    public var center: Point
    /// Radius in points.
    public var radius: Double
    /// Fill and outline.
    public var style: ShapeStyle
    /// Makes a circle of `radius` points about `center`.
    public init(center: Point, radius: Double, style: ShapeStyle) {
        self.center = center; self.radius = radius; self.style = style
    }
}

/// A straight segment.
public struct Line: Hashable, Sendable {
    /// Start point.
    public var from: Point
    /// End point.
    public var to: Point
    /// How the segment is drawn; a line has no fill.
    public var stroke: Stroke
    /// Makes a segment from `from` to `to`.
    public init(from: Point, to: Point, stroke: Stroke) { self.from = from; self.to = to; self.stroke = stroke }
}

/// Points joined in order; a closed polyline is a polygon and may be filled.
public struct Polyline: Hashable, Sendable {
    /// Vertices in drawing order.
    public var points: [Point]
    /// Whether the last point joins back to the first, making a polygon that may be filled.
    public var isClosed: Bool
    /// Fill (used only when closed) and outline.
    public var style: ShapeStyle
    /// Makes an open polyline unless `isClosed` is true.
    public init(points: [Point], isClosed: Bool = false, style: ShapeStyle) {
        self.points = points; self.isClosed = isClosed; self.style = style
    }
}

/// One step of a `Path`.
public enum PathElement: Hashable, Sendable {
    /// Starts a new subpath at the point, drawing nothing.
    case move(to: Point)
    /// A straight segment from the current point.
    case line(to: Point)
    /// A cubic Bézier curve.
    case curve(to: Point, control1: Point, control2: Point)
    /// A circular arc from `startAngle` to `endAngle` (radians, clockwise on screen), joined
    /// to the current point by a line as Cairo does.
    case arc(center: Point, radius: Double, startAngle: Double, endAngle: Double)
    /// Closes the current subpath with a straight segment back to its start.
    case close
}

/// A free-form outline.
public struct Path: Hashable, Sendable {
    /// Steps in drawing order; the first should be a `move`.
    public var elements: [PathElement]
    /// Fill and outline.
    public var style: ShapeStyle
    /// Makes a path of `elements`.
    public init(elements: [PathElement], style: ShapeStyle) { self.elements = elements; self.style = style }
}

/// A segment with a filled triangular head at its end (and start, when `isDoubleHeaded`).
public struct Arrow: Hashable, Sendable {
    /// Tail of the arrow.
    public var from: Point
    /// Tip, where the head sits.
    public var to: Point
    /// How the shaft is drawn; the head is filled in the stroke's colour.
    public var stroke: Stroke
    /// Head length along the shaft, in points.
    public var headLength: Double
    /// Head width across the shaft at its base, in points.
    public var headWidth: Double
    /// Whether `from` gets a head too.
    public var isDoubleHeaded: Bool
    /// Makes an arrow with an 8 × 6 point head at `to` (and at `from` when double-headed).
    public init(
        from: Point, to: Point, stroke: Stroke, headLength: Double = 8, headWidth: Double = 6,
        isDoubleHeaded: Bool = false
    ) {
        self.from = from; self.to = to; self.stroke = stroke
        self.headLength = headLength; self.headWidth = headWidth; self.isDoubleHeaded = isDoubleHeaded
    }

    /// Where the shaft is drawn: it stops short of each head (by 0.9 of the head's length, at
    /// most half the arrow's length when both ends have one), so a wide stroke never pokes past
    /// the tip; nil for an arrow of no length. Every writer draws the shaft from this.
    public var shaft: (from: Point, to: Point)? {
        let length = ((to.x - from.x) * (to.x - from.x) + (to.y - from.y) * (to.y - from.y)).squareRoot()
        guard length > 0 else { return nil }
        let ux = (to.x - from.x) / length, uy = (to.y - from.y) / length
        let inset = min(headLength, length / (isDoubleHeaded ? 2 : 1)) * 0.9
        let start = isDoubleHeaded ? Point(x: from.x + ux * inset, y: from.y + uy * inset) : from
        return (start, Point(x: to.x - ux * inset, y: to.y - uy * inset))
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
    /// How `data` is encoded.
    public enum Format: String, Hashable, Sendable, Codable { case png, svg }
    /// Where the picture is drawn, in points; it is scaled to fill this.
    public var frame: Rect
    /// Encoding of `data`.
    public var format: Format
    /// The encoded file's bytes, exactly as read.
    public var data: [UInt8]
    /// Alternative text.
    public var description: String?
    /// Makes a picture from encoded bytes drawn into `frame`.
    public init(frame: Rect, format: Format, data: [UInt8], description: String? = nil) {
        self.frame = frame; self.format = format; self.data = data; self.description = description
    }
}
