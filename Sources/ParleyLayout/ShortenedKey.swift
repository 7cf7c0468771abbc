import ParleyModel
import ParleyScene

/// The key a chart grows at its foot when it had to shorten text: each shortened text in full,
/// wrapped to the canvas and never cut, so nothing the model says is lost from the picture.
/// It is added after the chart is laid out, from what the scene shows was cut: one mechanism
/// for every chart, and no cost for a chart that shortened nothing.
enum ShortenedKey {
    static let margin = 24.0

    /// `scene` with the key under everything it draws, the canvas grown to hold it, and the
    /// texts in its description. Throws when the grown chart passes the height asked for or
    /// the largest side.
    static func add(
        _ shortened: [ShortenedText], to scene: Scene, options: LayoutOptions, measurer: TextMeasurementCache,
        strings: Strings
    ) throws(LayoutError) -> Scene {
        guard !shortened.isEmpty else { return scene }
        let typesetter = Typesetter(measurer: measurer, family: options.fontFamily, theme: options.theme)
        let width = max(scene.size.width - 2 * margin, 1)
        // Under the content, not the canvas: a chart drawn to an asked `--height` ends below
        // what it draws, and the key must fit in that height too.
        let contentBottom = scene.flattened().compactMap { $0.canvasBounds?.maxY }.max() ?? 0
        let top = min(max(contentBottom + margin / 2, 0), max(scene.size.height - margin / 2, 0))
        var y = top
        var children: [SceneNode] = []
        let heading = typesetter.run(
            strings.text(.shortenedLabelsTitle), .small, at: Point(x: margin, y: y), maxWidth: width, overflow: .wrap, weight: .bold)
        children.append(.text(heading))
        y += heading.metrics.height + 2
        for item in shortened {
            // A text of thousands of characters is listed up to (a little under) the length every normal label
            // stays under; the description and the warning carry it whole.
            let listed =
                TextMeasurementCache.isLong(item.text)
                ? String(String.UnicodeScalarView(item.text.unicodeScalars.prefix(TextMeasurementCache.probeLength - 12))) + "…"
                : item.text
            let run = typesetter.run(
                strings.text(.shortenedLabelItem, [.text: listed]), .small, at: Point(x: margin, y: y), maxWidth: width,
                overflow: .wrap)
            children.append(.text(run))
            y += run.metrics.height + 2
            try ChartBudget.checkText(typesetter, at: item.location)
            try LayoutOptions.checkGrowingHeight(y, at: item.location, remedy: .shorterTexts)
        }
        let needed = y + margin
        let height: Double
        if let asked = options.height {
            guard asked >= needed.rounded(.down) else { throw .heightTooSmall(needed: needed, asked: asked) }
            height = asked
        } else {
            height = try options.canvasHeight(needed: needed)
        }
        var grown = scene
        grown.size.height = height
        grown.nodes.append(
            .group(Group(id: "shortened-labels", title: strings.text(.shortenedLabelsTitle), children: children, role: .key)))
        let list = shortened.map(\.text).joined(separator: "; ")
        let sentence = strings.text(.shortenedLabelsDescription, [.text: list])
        grown.description = scene.description.isEmpty ? sentence : scene.description + "\n" + sentence
        return grown
    }
}
