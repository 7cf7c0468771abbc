/// A node as a `kind`-tagged object: the kind, the node's bounding box in canvas coordinates
/// (informational: decoding ignores it), then the members of the primitive itself.
extension SceneNode: Codable {
    /// The kinds in the order docs/scene-json.md lists them.
    public static let kinds = ["group", "rect", "circle", "line", "polyline", "path", "arrow", "text", "image"]

    private enum CodingKeys: String, CodingKey { case kind, x, y, width, height }

    /// Reads a node by its `kind` tag, refusing a kind not in `kinds`; the box is ignored.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "group": self = .group(try Group(from: decoder))
        case "rect": self = .rect(try RectShape(from: decoder))
        case "circle": self = .circle(try Circle(from: decoder))
        case "line": self = .line(try Line(from: decoder))
        case "polyline": self = .polyline(try Polyline(from: decoder))
        case "path": self = .path(try Path(from: decoder))
        case "arrow": self = .arrow(try Arrow(from: decoder))
        case "text": self = .text(try TextRun(from: decoder))
        case "image": self = .image(try Image(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "expected one of \(SceneNode.kinds.joined(separator: ", ")), found \"\(kind)\"")
        }
    }

    /// As a top-level node: its box is in its own coordinates.
    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, in: .identity) }

    /// `transform` maps the node's coordinates to the canvas, for the informational box.
    func encode(to encoder: any Encoder, in transform: Transform) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        let bounds = localBounds.map(transform.apply) ?? Rect(x: 0, y: 0, width: 0, height: 0)
        try container.encode(bounds.x, forKey: .x)
        try container.encode(bounds.y, forKey: .y)
        try container.encode(bounds.width, forKey: .width)
        try container.encode(bounds.height, forKey: .height)
        switch self {
        case .group(let group): try group.encode(to: encoder, in: transform)
        case .rect(let shape): try shape.encode(to: encoder)
        case .circle(let circle): try circle.encode(to: encoder)
        case .line(let line): try line.encode(to: encoder)
        case .polyline(let polyline): try polyline.encode(to: encoder)
        case .path(let path): try path.encode(to: encoder)
        case .arrow(let arrow): try arrow.encode(to: encoder)
        case .text(let run): try run.encode(to: encoder)
        case .image(let image): try image.encode(to: encoder)
        }
    }

    /// The node's kind as the JSON names it.
    public var kind: String {
        switch self {
        case .group: "group"
        case .rect: "rect"
        case .circle: "circle"
        case .line: "line"
        case .polyline: "polyline"
        case .path: "path"
        case .arrow: "arrow"
        case .text: "text"
        case .image: "image"
        }
    }
}

/// A node with the transform from its coordinates to the canvas, so its informational box can
/// be written in canvas coordinates.
struct PlacedNodeEncoding: Encodable {
    var node: SceneNode
    var transform: Transform

    func encode(to encoder: any Encoder) throws { try node.encode(to: encoder, in: transform) }
}
