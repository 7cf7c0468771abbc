/// The scene as a document (`--format json`): what layouts produced, with every node's
/// canvas bounding box. Documented in docs/scene-json.md; `version` changes when it does.
extension Scene {
    public static let jsonFormatVersion = 1

    public func jsonDocument() -> JSONValue {
        .object([
            ("format", .string("parley-scene")),
            ("version", .number(Double(Scene.jsonFormatVersion))),
            ("width", .number(size.width)),
            ("height", .number(size.height)),
            ("background", background.map { .string($0.hexString) } ?? .null),
            ("title", .string(title)),
            ("description", .string(description)),
            ("nodes", .array(nodes.map { $0.jsonValue(in: .identity) })),
        ])
    }

    /// UTF-8 bytes of `jsonDocument()`.
    public func jsonBytes() -> [UInt8] { Array(jsonDocument().serialized().utf8) }
}

extension SceneNode {
    func jsonValue(in transform: Transform) -> JSONValue {
        var members: [(String, JSONValue)] = [("kind", .string(kind))]
        let bounds = localBounds.map(transform.apply) ?? Rect(x: 0, y: 0, width: 0, height: 0)
        members += [
            ("x", .number(bounds.x)), ("y", .number(bounds.y)), ("width", .number(bounds.width)), ("height", .number(bounds.height)),
        ]
        switch self {
        case .group(let group):
            if let id = group.id { members.append(("id", .string(id))) }
            if let title = group.title { members.append(("title", .string(title))) }
            if let description = group.description { members.append(("description", .string(description))) }
            if group.opacity < 1 { members.append(("opacity", .number(group.opacity))) }
            if let clip = group.clip { members.append(("clip", rectValue(transform.apply(group.transform.apply(clip))))) }
            let inner = group.transform.concatenating(transform)
            members.append(("children", .array(group.children.map { $0.jsonValue(in: inner) })))
        case .rect(let shape):
            if shape.cornerRadius > 0 { members.append(("cornerRadius", .number(shape.cornerRadius))) }
            members += styleMembers(shape.style)
        case .circle(let circle):
            members += [("radius", .number(circle.radius))] + styleMembers(circle.style)
        case .line(let line):
            members += [("points", pointsValue([line.from, line.to], transform)), ("stroke", strokeValue(line.stroke))]
        case .polyline(let polyline):
            members += [("points", pointsValue(polyline.points, transform)), ("closed", .bool(polyline.isClosed))]
            members += styleMembers(polyline.style)
        case .path(let path):
            members += [("elements", .number(Double(path.elements.count)))] + styleMembers(path.style)
        case .arrow(let arrow):
            members += [("points", pointsValue([arrow.from, arrow.to], transform)), ("stroke", strokeValue(arrow.stroke))]
            members.append(("doubleHeaded", .bool(arrow.isDoubleHeaded)))
        case .text(let run):
            members += [
                ("text", .string(run.text)),
                (
                    "font",
                    .object([
                        ("family", .string(run.font.family)), ("size", .number(run.font.size)),
                        ("weight", .string(run.font.weight.rawValue)), ("style", .string(run.font.style.rawValue)),
                    ])
                ),
                ("color", .string(run.color.hexString)),
                ("alignment", .string(run.alignment.rawValue)),
                ("lines", .number(Double(run.metrics.lineCount))),
                ("truncated", .bool(run.metrics.isTruncated)),
            ]
            if let maxWidth = run.maxWidth { members.append(("maxWidth", .number(maxWidth))) }
        case .image(let image):
            members += [("format", .string(image.format.rawValue)), ("bytes", .number(Double(image.data.count)))]
            if let description = image.description { members.append(("description", .string(description))) }
        }
        return .object(members)
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

    private func rectValue(_ r: Rect) -> JSONValue {
        .object([("x", .number(r.x)), ("y", .number(r.y)), ("width", .number(r.width)), ("height", .number(r.height))])
    }

    private func pointsValue(_ points: [Point], _ transform: Transform) -> JSONValue {
        .array(points.map(transform.apply).map { .array([.number($0.x), .number($0.y)]) })
    }

    private func strokeValue(_ stroke: Stroke) -> JSONValue {
        var members: [(String, JSONValue)] = [("color", .string(stroke.color.hexString)), ("width", .number(stroke.width))]
        if !stroke.dash.isEmpty { members.append(("dash", .array(stroke.dash.map { .number($0) }))) }
        return .object(members)
    }

    private func styleMembers(_ style: ShapeStyle) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if let fill = style.fill { members.append(("fill", .string(fill.hexString))) }
        if let stroke = style.stroke { members.append(("stroke", strokeValue(stroke))) }
        return members
    }
}
