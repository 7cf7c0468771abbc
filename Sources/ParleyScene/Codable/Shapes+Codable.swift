// The simple primitives. A shape's `ShapeStyle` is written into the shape's own object
// (`fill`, `stroke`), as the scene JSON has always had it.

extension RectShape: Codable {
    private enum CodingKeys: String, CodingKey { case frame, cornerRadius }

    /// Reads `frame`, `cornerRadius` and the style's `fill` and `stroke`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            frame: try container.decode(Rect.self, forKey: .frame), cornerRadius: try container.decode(Double.self, forKey: .cornerRadius),
            style: try ShapeStyle(from: decoder))
    }

    /// Writes `frame`, `cornerRadius`, then `fill` and `stroke`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(frame, forKey: .frame)
        try container.encode(cornerRadius, forKey: .cornerRadius)
        try style.encode(to: encoder)
    }
}

extension Circle: Codable {
    private enum CodingKeys: String, CodingKey { case center, radius }

    /// Reads `center`, `radius` and the style's `fill` and `stroke`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            center: try container.decode(Point.self, forKey: .center), radius: try container.decode(Double.self, forKey: .radius),
            style: try ShapeStyle(from: decoder))
    }

    /// Writes `center`, `radius`, then `fill` and `stroke`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(center, forKey: .center)
        try container.encode(radius, forKey: .radius)
        try style.encode(to: encoder)
    }
}

extension Line: Codable {
    private enum CodingKeys: String, CodingKey { case from, to, stroke }

    /// Reads `from`, `to` and `stroke`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(Point.self, forKey: .from), to: try container.decode(Point.self, forKey: .to),
            stroke: try container.decode(Stroke.self, forKey: .stroke))
    }

    /// Writes `from`, `to` and `stroke`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(stroke, forKey: .stroke)
    }
}

extension Polyline: Codable {
    private enum CodingKeys: String, CodingKey { case points, closed }

    /// Reads `points`, `closed` and the style's `fill` and `stroke`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            points: try container.decode([Point].self, forKey: .points), isClosed: try container.decode(Bool.self, forKey: .closed),
            style: try ShapeStyle(from: decoder))
    }

    /// Writes `points`, `closed`, then `fill` and `stroke`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(points, forKey: .points)
        try container.encode(isClosed, forKey: .closed)
        try style.encode(to: encoder)
    }
}

extension Arrow: Codable {
    private enum CodingKeys: String, CodingKey { case from, to, stroke, headLength, headWidth, doubleHeaded }

    /// Reads `from`, `to`, `stroke`, the head's size and `doubleHeaded`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(Point.self, forKey: .from), to: try container.decode(Point.self, forKey: .to),
            stroke: try container.decode(Stroke.self, forKey: .stroke),
            headLength: try container.decode(Double.self, forKey: .headLength),
            headWidth: try container.decode(Double.self, forKey: .headWidth),
            isDoubleHeaded: try container.decode(Bool.self, forKey: .doubleHeaded))
    }

    /// Writes `from`, `to`, `stroke`, `headLength`, `headWidth` and `doubleHeaded`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(stroke, forKey: .stroke)
        try container.encode(headLength, forKey: .headLength)
        try container.encode(headWidth, forKey: .headWidth)
        try container.encode(isDoubleHeaded, forKey: .doubleHeaded)
    }
}
