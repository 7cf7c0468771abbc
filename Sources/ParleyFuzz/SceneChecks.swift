import ParleyLayout
import ParleyScene

/// What every laid-out scene must be before any writer sees it: a canvas of finite size
/// within the layout's limit, and every node at finite, non-negative bounds on that canvas.
enum SceneChecks {
    /// How far a node's bounds may stand outside the canvas (antialiasing, half strokes).
    static let canvasTolerance = 2.0

    static func check(_ scene: Scene, _ context: String, into outcome: inout FuzzOutcome) {
        let size = scene.size
        guard size.width.isFinite, size.height.isFinite, size.width >= 1, size.height >= 1,
            size.width <= LayoutOptions.maximumSide, size.height <= LayoutOptions.maximumSide
        else {
            outcome.violation(
                "\(context): the canvas is \(size.width)×\(size.height); it must be finite and 1 to \(LayoutOptions.maximumSide) points a side"
            )
            return
        }
        let canvas = Rect(origin: .zero, size: size)
        // One finding of each kind is enough to keep the input; listing thousands helps no one.
        var brokenKinds = Set<String>()
        for placed in scene.flattened() {
            let kind = placed.node.kind
            let transform = placed.transform
            if ![transform.a, transform.b, transform.c, transform.d, transform.tx, transform.ty].allSatisfy(\.isFinite),
                brokenKinds.insert("transform").inserted
            {
                outcome.violation("\(context): a \(kind) is drawn under a non-finite transform \(transform)")
            }
            if case .text(let run) = placed.node, !(run.font.size.isFinite && run.font.size > 0), brokenKinds.insert("font").inserted {
                outcome.violation("\(context): the text '\(run.text.prefix(40))' is set at font size \(run.font.size)")
            }
            guard let bounds = placed.canvasBounds else { continue }
            let finite = [bounds.x, bounds.y, bounds.width, bounds.height].allSatisfy(\.isFinite)
            if !(finite && bounds.width >= 0 && bounds.height >= 0) {
                if brokenKinds.insert("bounds " + kind).inserted {
                    outcome.violation("\(context): a \(kind) has bounds \(bounds); they must be finite and not negative")
                }
            } else if !canvas.contains(bounds, tolerance: canvasTolerance), brokenKinds.insert("outside " + kind).inserted {
                outcome.violation("\(context): a \(kind) at \(bounds) lies outside the \(size.width)×\(size.height) canvas")
            }
        }
    }
}
