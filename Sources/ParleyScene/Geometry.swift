/// A point in scene coordinates: points (1/72 in), origin top left, y down.
public struct Point: Hashable, Sendable, Codable {
    /// Horizontal position in points, growing rightwards.
    public var x: Double
    /// Vertical position in points, growing downwards.
    public var y: Double
    /// Makes a point at `x`, `y` in points.
    public init(x: Double, y: Double) { self.x = x; self.y = y }
    /// The origin, top left of whatever coordinates it is used in.
    public static let zero = Point(x: 0, y: 0)

    /// The point `radius` from `center` at `angle` radians, angles growing clockwise on screen
    /// as in Cairo's arcs (y grows downwards): where a `PathElement.arc` starts and ends.
    public init(onCircleAround center: Point, radius: Double, angle: Double) {
        self.init(x: center.x + radius * _cos(angle), y: center.y + radius * _sin(angle))
    }
}

/// A width and height in points.
public struct Size: Hashable, Sendable, Codable {
    /// Horizontal extent in points.
    public var width: Double
    /// Vertical extent in points.
    public var height: Double
    /// Makes a size of `width` by `height` points.
    public init(width: Double, height: Double) { self.width = width; self.height = height }
    /// No extent at all.
    public static let zero = Size(width: 0, height: 0)
}

/// An axis-aligned rectangle in points.
public struct Rect: Hashable, Sendable, Codable {
    /// Left edge in points.
    public var x: Double
    /// Top edge in points (y grows downwards).
    public var y: Double
    /// Horizontal extent in points; `minX` + `width` is the right edge.
    public var width: Double
    /// Vertical extent in points; `minY` + `height` is the bottom edge.
    public var height: Double

    /// Makes a rectangle from its top-left corner and extent, all in points.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    /// Makes a rectangle with its top-left corner at `origin`.
    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    /// Left edge, same as `x`.
    public var minX: Double { x }
    /// Top edge, same as `y`.
    public var minY: Double { y }
    /// Right edge, `x + width`.
    public var maxX: Double { x + width }
    /// Bottom edge, `y + height`.
    public var maxY: Double { y + height }
    /// Horizontal centre.
    public var midX: Double { x + width / 2 }
    /// Vertical centre.
    public var midY: Double { y + height / 2 }
    /// Top-left corner.
    public var origin: Point { Point(x: x, y: y) }
    /// Width and height without the position.
    public var size: Size { Size(width: width, height: height) }
    /// The middle of the rectangle.
    public var center: Point { Point(x: midX, y: midY) }

    /// The smallest rectangle holding every point given; `nil` for none.
    public init?(enclosing points: [Point]) {
        guard let first = points.first else { return nil }
        var lo = first, hi = first
        for p in points.dropFirst() {
            lo.x = min(lo.x, p.x); lo.y = min(lo.y, p.y)
            hi.x = max(hi.x, p.x); hi.y = max(hi.y, p.y)
        }
        self.init(x: lo.x, y: lo.y, width: hi.x - lo.x, height: hi.y - lo.y)
    }

    /// The smallest rectangle holding both this and `other`.
    public func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        return Rect(x: x0, y: y0, width: max(maxX, other.maxX) - x0, height: max(maxY, other.maxY) - y0)
    }

    /// Shrunk by `dx` on the left and right and by `dy` at the top and bottom; negative values grow it.
    public func insetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// True when the interiors overlap; rectangles that only touch do not intersect.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// True when `other` lies inside this, allowing it to stick out by up to `tolerance` points.
    public func contains(_ other: Rect, tolerance: Double = 0) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Top left, top right, bottom right, bottom left, in that order.
    public var corners: [Point] {
        [Point(x: minX, y: minY), Point(x: maxX, y: minY), Point(x: maxX, y: maxY), Point(x: minX, y: maxY)]
    }
}

/// An affine transform `x' = a·x + c·y + tx`, `y' = b·x + d·y + ty`, as in Cairo's matrix.
public struct Transform: Hashable, Sendable, Codable {
    /// The six matrix coefficients, named as in `cairo_matrix_t` (`x0`, `y0` become `tx`, `ty`).
    public var a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double

    /// Makes a transform from its six coefficients.
    public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
    }

    /// The transform that leaves every point where it is.
    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)
    /// Moves by `x`, `y` points.
    public static func translation(x: Double, y: Double) -> Transform {
        Transform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
    }
    /// Scales about the origin by `x` across and `y` down.
    public static func scale(x: Double, y: Double) -> Transform {
        Transform(a: x, b: 0, c: 0, d: y, tx: 0, ty: 0)
    }

    /// True only for exactly `.identity`, with no rounding slack.
    public var isIdentity: Bool { self == .identity }

    /// `self` applied first, then `outer`.
    public func concatenating(_ outer: Transform) -> Transform {
        Transform(
            a: a * outer.a + b * outer.c, b: a * outer.b + b * outer.d,
            c: c * outer.a + d * outer.c, d: c * outer.b + d * outer.d,
            tx: tx * outer.a + ty * outer.c + outer.tx, ty: tx * outer.b + ty * outer.d + outer.ty)
    }

    /// Where `p` lands under this transform.
    public func apply(_ p: Point) -> Point {
        Point(x: a * p.x + c * p.y + tx, y: b * p.x + d * p.y + ty)
    }

    /// The bounding box of where `r`'s corners land (the rectangle itself when rotated or sheared is not one).
    public func apply(_ r: Rect) -> Rect {
        isIdentity ? r : Rect(enclosing: r.corners.map(apply)) ?? r
    }
}
