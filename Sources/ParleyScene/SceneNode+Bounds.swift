extension SceneNode {
    /// The node's extent in its own coordinates, strokes included, before any transform.
    /// For a group: the union of its children's (clipped to its clip), or `nil` when empty.
    public var localBounds: Rect? {
        switch self {
        case .group(let group):
            let childBounds = group.children.compactMap { child in child.localBounds.map(group.transform.apply) }
            guard var union = childBounds.first else { return nil }
            for bounds in childBounds.dropFirst() { union = union.union(bounds) }
            if let clip = group.clip { union = intersection(union, group.transform.apply(clip)) }
            return union
        case .rect(let shape):
            return outset(shape.frame, by: shape.style.stroke?.width)
        case .circle(let circle):
            let r = circle.radius
            return outset(Rect(x: circle.center.x - r, y: circle.center.y - r, width: 2 * r, height: 2 * r), by: circle.style.stroke?.width)
        case .line(let line):
            return outset(Rect(enclosing: [line.from, line.to]), by: line.stroke.width)
        case .polyline(let polyline):
            return outset(Rect(enclosing: polyline.points), by: polyline.style.stroke?.width)
        case .path(let path):
            return outset(Rect(enclosing: path.elements.flatMap(\.extremePoints)), by: path.style.stroke?.width)
        case .arrow(let arrow):
            var points = [arrow.from, arrow.to]
            points += Arrow.headTriangle(tip: arrow.to, tail: arrow.from, length: arrow.headLength, width: arrow.headWidth)
            if arrow.isDoubleHeaded {
                points += Arrow.headTriangle(tip: arrow.from, tail: arrow.to, length: arrow.headLength, width: arrow.headWidth)
            }
            return outset(Rect(enclosing: points), by: arrow.stroke.width)
        case .text(let run):
            return run.frame
        case .image(let image):
            return image.frame
        }
    }

    private func outset(_ rect: Rect?, by strokeWidth: Double?) -> Rect? {
        guard let rect else { return nil }
        let half = (strokeWidth ?? 0) / 2
        return rect.insetBy(dx: -half, dy: -half)
    }

    private func intersection(_ a: Rect, _ b: Rect) -> Rect {
        let x0 = max(a.minX, b.minX), y0 = max(a.minY, b.minY)
        return Rect(x: x0, y: y0, width: max(0, min(a.maxX, b.maxX) - x0), height: max(0, min(a.maxY, b.maxY) - y0))
    }
}

extension PathElement {
    /// Points whose hull holds this element (control points for curves, the whole circle for arcs).
    var extremePoints: [Point] {
        switch self {
        case .move(let p), .line(let p): return [p]
        case .curve(let p, let c1, let c2): return [p, c1, c2]
        case .arc(let c, let r, _, _):
            return [Point(x: c.x - r, y: c.y - r), Point(x: c.x + r, y: c.y + r)]
        case .close: return []
        }
    }
}

/// A node met while walking a scene, with where it lands on the canvas.
public struct PlacedNode: Sendable {
    /// The node as it is in the scene, in its own coordinates.
    public var node: SceneNode
    /// The node's bounds in canvas coordinates, after every enclosing transform.
    public var canvasBounds: Rect?
    /// The transform from the node's coordinates to the canvas.
    public var transform: Transform
    /// Ids of the enclosing groups, outermost first.
    public var groupPath: [String]
}

extension Scene {
    /// Every node in drawing order, depth first, groups before their children.
    public func flattened() -> [PlacedNode] {
        var result: [PlacedNode] = []
        func visit(_ nodes: [SceneNode], _ transform: Transform, _ path: [String]) {
            for node in nodes {
                result.append(
                    PlacedNode(node: node, canvasBounds: node.localBounds.map(transform.apply), transform: transform, groupPath: path))
                if case .group(let group) = node {
                    visit(group.children, group.transform.concatenating(transform), path + (group.id.map { [$0] } ?? []))
                }
            }
        }
        visit(nodes, .identity, [])
        return result
    }

    /// The canvas frames of every text run, for overlap and bounds checks.
    public var textFrames: [(text: String, frame: Rect)] {
        flattened().compactMap { placed in
            guard case .text(let run) = placed.node else { return nil }
            return (run.text, placed.transform.apply(run.frame))
        }
    }
}
