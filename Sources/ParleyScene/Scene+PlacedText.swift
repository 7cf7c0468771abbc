/// A text run met while walking a scene, with the size it is drawn at on the canvas.
public struct PlacedText: Sendable {
    /// The run as it is in the scene, in its group's coordinates.
    public var run: TextRun
    /// The transform from the run's coordinates to the canvas.
    public var transform: Transform
    /// Ids of the enclosing groups, outermost first.
    public var groupPath: [String]

    /// The font size as drawn: the run's size times how much the groups around it scale
    /// (the square root of the transform's area factor, so a uniform scale counts once).
    public var effectiveSize: Double {
        run.font.size * (abs(transform.a * transform.d - transform.b * transform.c)).squareRoot()
    }

    /// Where the set text stands on the canvas.
    public var canvasFrame: Rect { transform.apply(run.frame) }
}

extension Scene {
    /// Every text run in drawing order with its canvas transform: for checks of the size text
    /// is drawn at (`Font.minimumSize`) and of what was shortened.
    public var placedTexts: [PlacedText] {
        flattened().compactMap { placed in
            guard case .text(let run) = placed.node else { return nil }
            return PlacedText(run: run, transform: placed.transform, groupPath: placed.groupPath)
        }
    }

    /// The smallest size any text is drawn at, in points; `nil` for a scene without text.
    public var smallestTextSize: Double? { placedTexts.map(\.effectiveSize).min() }
}
