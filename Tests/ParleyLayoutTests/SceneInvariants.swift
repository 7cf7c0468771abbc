import ParleyScene
import Testing

/// Checks every chart must pass: all inside the canvas, no two texts overlapping, no line
/// through a text it does not belong to.
enum SceneInvariants {
    static func check(_ scene: Scene, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let canvas = Rect(origin: .zero, size: scene.size)
        let texts = scene.textFrames
        for (text, frame) in texts where !canvas.contains(frame, tolerance: 0.5) {
            Issue.record(
                "\(context): '\(text)' at \(frame) lies outside the \(canvas.width)×\(canvas.height) canvas", sourceLocation: sourceLocation
            )
        }
        let sorted = texts.sorted { $0.frame.minX < $1.frame.minX }
        for i in sorted.indices {
            for j in (i + 1)..<sorted.count {
                if sorted[j].frame.minX >= sorted[i].frame.maxX { break }
                if sorted[i].frame.insetBy(dx: 0.5, dy: 0.5).intersects(sorted[j].frame.insetBy(dx: 0.5, dy: 0.5)) {
                    Issue.record("\(context): '\(sorted[i].text)' overlaps '\(sorted[j].text)'", sourceLocation: sourceLocation)
                }
            }
        }
        for (node, bounds) in clippedBounds(scene) where !canvas.contains(bounds, tolerance: 2) {
            Issue.record("\(context): a \(node.kind) at \(bounds) lies outside the canvas", sourceLocation: sourceLocation)
        }
    }

    /// Every leaf node with its canvas bounds cut to the clips of its groups: what is drawn of
    /// it (a hatch is long lines in a group clipped to the mark they cross).
    static func clippedBounds(_ scene: Scene) -> [(node: SceneNode, bounds: Rect)] {
        var result: [(SceneNode, Rect)] = []
        func visit(_ nodes: [SceneNode], _ transform: Transform, _ clip: Rect?) {
            for node in nodes {
                if case .group(let group) = node {
                    let inner = group.transform.concatenating(transform)
                    let own = group.clip.map { inner.apply($0) }
                    let both = own.map { own in clip.map { intersection($0, own) } ?? own } ?? clip
                    visit(group.children, inner, both)
                } else if let local = node.localBounds {
                    let bounds = transform.apply(local)
                    result.append((node, clip.map { intersection(bounds, $0) } ?? bounds))
                }
            }
        }
        visit(scene.nodes, .identity, nil)
        return result
    }

    private static func intersection(_ a: Rect, _ b: Rect) -> Rect {
        let x0 = max(a.minX, b.minX), y0 = max(a.minY, b.minY)
        return Rect(x: x0, y: y0, width: max(0, min(a.maxX, b.maxX) - x0), height: max(0, min(a.maxY, b.maxY) - y0))
    }

    /// No seat disc under any text.
    static func checkSeatsClearOfText(_ scene: Scene, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let texts = scene.textFrames
        for placed in scene.flattened() {
            guard case .circle(let circle) = placed.node, placed.groupPath.contains("seats"), let bounds = placed.canvasBounds else {
                continue
            }
            _ = circle
            for (text, frame) in texts where frame.insetBy(dx: 0.5, dy: 0.5).intersects(bounds.insetBy(dx: 1, dy: 1)) {
                Issue.record("\(context): '\(text)' covers a seat at \(bounds)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Vertical leader lines that cross a text box (lines ending at their own label are fine).
    static func crossingLeaders(_ scene: Scene) -> [String] {
        let texts = scene.textFrames
        var crossings: [String] = []
        for placed in scene.flattened() where placed.groupPath == ["events"] {
            guard case .line(let line) = placed.node, line.from.x == line.to.x else { continue }
            let top = min(line.from.y, line.to.y) + 0.5, bottom = max(line.from.y, line.to.y) - 0.5
            for (text, frame) in texts
            where frame.minX < line.from.x - 0.5 && frame.maxX > line.from.x + 0.5 && frame.maxY > top && frame.minY < bottom {
                crossings.append(text)
            }
        }
        return crossings
    }
}
