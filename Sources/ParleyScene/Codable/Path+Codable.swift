/// A path's `elements`, each a `kind`-tagged object, then its `fill` and `stroke`.
extension Path: Codable {
    private enum CodingKeys: String, CodingKey { case elements }

    /// Reads `elements` and the shape's `fill` and `stroke` beside them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(elements: try container.decode([PathElement].self, forKey: .elements), style: try ShapeStyle(from: decoder))
    }

    /// Writes `elements`, then `fill` and `stroke`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(elements, forKey: .elements)
        try style.encode(to: encoder)
    }
}

/// `{"kind": "move", "to": …}`, `line` (`to`), `curve` (`to`, `control1`, `control2`),
/// `arc` (`center`, `radius`, `startAngle`, `endAngle`), `close`.
extension PathElement: Codable {
    /// The `kind` tags an element may have, in the order the format lists them.
    public static let kinds = ["move", "line", "curve", "arc", "close"]

    private enum CodingKeys: String, CodingKey { case kind, to, control1, control2, center, radius, startAngle, endAngle }

    /// Reads a `kind`-tagged element, refusing a kind not in `kinds`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "move": self = .move(to: try container.decode(Point.self, forKey: .to))
        case "line": self = .line(to: try container.decode(Point.self, forKey: .to))
        case "curve":
            self = .curve(
                to: try container.decode(Point.self, forKey: .to), control1: try container.decode(Point.self, forKey: .control1),
                control2: try container.decode(Point.self, forKey: .control2))
        case "arc":
            self = .arc(
                center: try container.decode(Point.self, forKey: .center), radius: try container.decode(Double.self, forKey: .radius),
                startAngle: try container.decode(Double.self, forKey: .startAngle),
                endAngle: try container.decode(Double.self, forKey: .endAngle))
        case "close": self = .close
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "expected one of \(PathElement.kinds.joined(separator: ", ")), found \"\(kind)\"")
        }
    }

    /// Writes `kind`, then the element's points and numbers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .move(let to):
            try container.encode("move", forKey: .kind)
            try container.encode(to, forKey: .to)
        case .line(let to):
            try container.encode("line", forKey: .kind)
            try container.encode(to, forKey: .to)
        case .curve(let to, let control1, let control2):
            try container.encode("curve", forKey: .kind)
            try container.encode(to, forKey: .to)
            try container.encode(control1, forKey: .control1)
            try container.encode(control2, forKey: .control2)
        case .arc(let center, let radius, let startAngle, let endAngle):
            try container.encode("arc", forKey: .kind)
            try container.encode(center, forKey: .center)
            try container.encode(radius, forKey: .radius)
            try container.encode(startAngle, forKey: .startAngle)
            try container.encode(endAngle, forKey: .endAngle)
        case .close:
            try container.encode("close", forKey: .kind)
        }
    }
}
