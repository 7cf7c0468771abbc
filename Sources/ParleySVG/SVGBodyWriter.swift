import ParleyColor
import ParleyJSON
import ParleyScene

/// Writes a scene's nodes as SVG elements, as `NodePainter` draws them with Cairo. With a dark
/// scene beside it, walks both together, refusing any difference but colour, and paints
/// through classes (`PaintClasses`) instead of colour attributes.
struct SVGBodyWriter {
    var out = SVGOutput(capacity: 1 << 16)
    var paints: PaintClasses
    var fonts = FontClasses()
    private var clipCount = 0
    /// Every scene id written so far: a layout may repeat one (each panel of a comparison names
    /// its table `table`), and a document's ids must be unique, so the second is `table.2` (or
    /// `.3`… while that too is taken). The writer's own ids (`_c0`, `_title`) start with `_` and
    /// scene ids never do, so the two never meet.
    private var writtenIDs: Set<String> = []
    /// Where the walk is, for `themesDiffer`'s path: built only when it is thrown.
    private var position: [(index: Int, id: String?)] = []

    init(twoPalettes: Bool) { paints = PaintClasses(twoPalettes: twoPalettes) }

    mutating func write(_ nodes: [SceneNode], dark: [SceneNode]?) throws(SceneWriterError) {
        if let dark, dark.count != nodes.count { throw .themesDiffer(path: pathText(child: nil)) }
        for index in nodes.indices {
            position.append((index, nil))
            try write(nodes[index], dark: dark?[index])
            position.removeLast()
        }
    }

    private func pathText(child: Int?) -> String {
        var parts = ["nodes"]
        for (depth, step) in position.enumerated() {
            parts.append("[\(step.index)]")
            if let id = step.id { parts.append("(#\(id))") }
            if depth < position.count - 1 { parts.append(".children") }
        }
        return parts.joined()
    }

    private mutating func write(_ node: SceneNode, dark: SceneNode?) throws(SceneWriterError) {
        if let dark, !ThemePairing.matches(node, dark) { throw .themesDiffer(path: pathText(child: nil)) }
        switch node {
        case .group(let group):
            var darkChildren: [SceneNode]?
            if case .group(let darkGroup) = dark { darkChildren = darkGroup.children }
            try writeGroup(group, darkChildren: darkChildren)
        case .rect(let shape):
            guard case .rect(let darkShape) = dark ?? node else { return }
            writeRect(shape, darkStyle: darkShape.style)
        case .circle(let circle):
            guard case .circle(let darkCircle) = dark ?? node else { return }
            out.append("<circle")
            out.attribute("cx", circle.center.x)
            out.attribute("cy", circle.center.y)
            out.attribute("r", max(0, circle.radius))
            writeStyle(circle.style, dark: darkCircle.style)
            endElement()
        case .line(let line):
            guard case .line(let darkLine) = dark ?? node else { return }
            out.append("<line")
            out.attribute("x1", line.from.x)
            out.attribute("y1", line.from.y)
            out.attribute("x2", line.to.x)
            out.attribute("y2", line.to.y)
            writeStroke(line.stroke, dark: darkLine.stroke.color)
            endElement()
        case .polyline(let polyline):
            guard case .polyline(let darkPolyline) = dark ?? node else { return }
            writePolyline(polyline, darkStyle: darkPolyline.style)
        case .path(let path):
            guard case .path(let darkPath) = dark ?? node, !path.elements.isEmpty else { return }
            out.append("<path d=\"")
            PathData.append(path.elements, to: &out)
            out.append("\"")
            writeStyle(path.style, dark: darkPath.style)
            endElement()
        case .arrow(let arrow):
            guard case .arrow(let darkArrow) = dark ?? node else { return }
            writeArrow(arrow, darkColor: darkArrow.stroke.color)
        case .text(let run):
            guard case .text(let darkRun) = dark ?? node else { return }
            writeText(run, darkColor: darkRun.color)
        case .image(let image):
            writeImage(image)
        }
    }

    /// The scene id as written: safe, not starting with `_`, and not written before.
    private mutating func uniqueID(for id: String) -> String {
        var name = SafeName.make(id)
        if name.isEmpty || name.hasPrefix("_") { name = "g" + name }
        var candidate = name
        var count = 1
        while writtenIDs.contains(candidate) {
            count += 1
            candidate = name + "." + String(count)
        }
        writtenIDs.insert(candidate)
        return candidate
    }

    private mutating func writeGroup(_ group: Group, darkChildren: [SceneNode]?) throws(SceneWriterError) {
        if let last = position.indices.last { position[last].id = group.id }
        var clipID: Int?
        if let clip = group.clip {
            clipID = clipCount
            clipCount += 1
            out.append("<clipPath id=\"")
            out.appendPrefix()
            out.append("_c")
            out.append(number: Double(clipCount - 1))
            out.append("\"><rect")
            appendFrame(clip)
            out.append("/></clipPath>")
        }
        out.append("<g")
        if let id = group.id {
            out.append(" id=\"")
            out.appendPrefix()
            out.append(uniqueID(for: id))
            out.append("\"")
        }
        if group.role != nil || group.party != nil {
            out.append(" class=\"")
            if let role = group.role {
                out.append("parley-")
                out.append(role.rawValue)
                if group.party != nil { out.append(" ") }
            }
            if let party = group.party {
                out.append("parley-party-")
                out.append(SafeName.make(party))
            }
            out.append("\"")
            if group.role != nil { out.append(" role=\"group\"") }
        }
        if let party = group.party {
            out.append(" data-party=\"")
            out.appendEscaped(party)
            out.append("\"")
        }
        if !group.transform.isIdentity { writeTransform(group.transform) }
        if let clipID {
            out.append(" clip-path=\"url(#")
            out.appendPrefix()
            out.append("_c")
            out.append(number: Double(clipID))
            out.append(")\"")
        }
        if group.opacity < 1 {
            out.append(" opacity=\"")
            out.append(opacity: group.opacity)
            out.append("\"")
        }
        out.append(">")
        if let title = group.title, !title.isEmpty {
            out.append("<title>")
            out.appendEscaped(title)
            out.append("</title>")
        }
        if let description = group.description, !description.isEmpty {
            out.append("<desc>")
            out.appendEscaped(description)
            out.append("</desc>")
        }
        let link = group.link.flatMap(SVGLink.href(for:))
        if let link {
            out.append("<a href=\"")
            out.appendEscaped(link)
            out.append("\">")
        }
        try write(group.children, dark: darkChildren)
        if link != nil { out.append("</a>") }
        out.append("</g>")
    }

    /// Closes an empty element, with the classes of its paints.
    private mutating func endElement() {
        paints.appendClasses(to: &out)
        out.append("/>")
    }

    private mutating func writeTransform(_ transform: Transform) {
        if transform.a == 1, transform.b == 0, transform.c == 0, transform.d == 1 {
            out.append(" transform=\"translate(")
            out.append(number: transform.tx)
            out.append(" ")
            out.append(number: transform.ty)
        } else {
            out.append(" transform=\"matrix(")
            for (index, value) in [transform.a, transform.b, transform.c, transform.d, transform.tx, transform.ty].enumerated() {
                if index > 0 { out.append(" ") }
                // Rotations and scales need more than three decimals to land within a
                // thousandth of a point across a 900-point canvas.
                out.append(number: value)
            }
        }
        out.append(")\"")
    }

    /// `x`, `y`, `width` and `height` of a frame, turned the right way up (SVG draws no
    /// negative sizes; Cairo draws them mirrored, the same area).
    private mutating func appendFrame(_ frame: Rect) {
        let x = frame.width < 0 ? frame.x + frame.width : frame.x
        let y = frame.height < 0 ? frame.y + frame.height : frame.y
        if x != 0 { out.attribute("x", x) }
        if y != 0 { out.attribute("y", y) }
        out.attribute("width", abs(frame.width))
        out.attribute("height", abs(frame.height))
    }

    private mutating func writeRect(_ shape: RectShape, darkStyle: ShapeStyle) {
        let frame = shape.frame
        let radius = min(max(0, shape.cornerRadius), frame.width / 2, frame.height / 2)
        if radius > 0 {
            // Cairo's quarter arcs are circular whatever the sides, as `rx` is; a path keeps
            // the start point and direction Cairo strokes dashes from.
            out.append("<path d=\"")
            PathData.appendRoundedRect(frame, radius: radius, to: &out)
            out.append("\"")
        } else {
            out.append("<rect")
            appendFrame(frame)
        }
        writeStyle(shape.style, dark: darkStyle)
        endElement()
    }

    private mutating func writePolyline(_ polyline: Polyline, darkStyle: ShapeStyle) {
        guard !polyline.points.isEmpty else { return }
        // An open polyline is only stroked, as Cairo draws it; without a stroke nothing shows.
        if !polyline.isClosed, polyline.style.stroke == nil { return }
        out.append(polyline.isClosed ? "<polygon points=\"" : "<polyline points=\"")
        appendPoints(polyline.points)
        out.append("\"")
        if polyline.isClosed {
            writeStyle(polyline.style, dark: darkStyle)
        } else if let stroke = polyline.style.stroke {
            out.append(" fill=\"none\"")
            writeStroke(stroke, dark: darkStyle.stroke?.color)
        }
        endElement()
    }

    private mutating func appendPoints(_ points: [Point]) {
        for (index, point) in points.enumerated() {
            if index > 0 { out.append(" ") }
            out.append(number: point.x)
            out.append(",")
            out.append(number: point.y)
        }
    }

    private mutating func writeArrow(_ arrow: Arrow, darkColor: Color) {
        guard let shaft = arrow.shaft else { return }
        out.append("<line")
        out.attribute("x1", shaft.from.x)
        out.attribute("y1", shaft.from.y)
        out.attribute("x2", shaft.to.x)
        out.attribute("y2", shaft.to.y)
        writeStroke(arrow.stroke, dark: darkColor)
        endElement()
        var heads = [Arrow.headTriangle(tip: arrow.to, tail: arrow.from, length: arrow.headLength, width: arrow.headWidth)]
        if arrow.isDoubleHeaded {
            heads.append(Arrow.headTriangle(tip: arrow.from, tail: arrow.to, length: arrow.headLength, width: arrow.headWidth))
        }
        for head in heads {
            out.append("<polygon points=\"")
            appendPoints(head)
            out.append("\"")
            paints.appendFill(ColorPair(light: arrow.stroke.color, dark: darkColor), to: &out)
            endElement()
        }
    }

    /// Fill then stroke, as `NodePainter.paint` does.
    private mutating func writeStyle(_ style: ShapeStyle, dark: ShapeStyle) {
        paints.appendFill(ColorPair(light: style.fill, dark: dark.fill), to: &out)
        if let stroke = style.stroke { writeStroke(stroke, dark: dark.stroke?.color) }
    }

    private mutating func writeStroke(_ stroke: Stroke, dark: Color?) {
        paints.appendStroke(ColorPair(light: stroke.color, dark: dark ?? stroke.color), to: &out)
        let width = max(0, stroke.width)
        if width != 1 { out.attribute("stroke-width", width) }
        let dashes = stroke.dash.map { max(0, $0) }
        if dashes.contains(where: { $0 > 0 }) {
            out.append(" stroke-dasharray=\"")
            for (index, dash) in dashes.enumerated() {
                if index > 0 { out.append(" ") }
                out.append(number: dash)
            }
            out.append("\"")
        }
        switch stroke.cap {
        case .butt: break
        case .round: out.append(" stroke-linecap=\"round\"")
        case .square: out.append(" stroke-linecap=\"square\"")
        }
        switch stroke.join {
        case .miter: break
        case .round: out.append(" stroke-linejoin=\"round\"")
        case .bevel: out.append(" stroke-linejoin=\"bevel\"")
        }
    }

    private mutating func writeImage(_ image: Image) {
        guard image.frame.width > 0, image.frame.height > 0 else { return }
        out.append("<image")
        appendFrame(image.frame)
        switch image.format {
        case .png:
            // Cairo scales a PNG to fill its frame on both axes.
            out.append(" preserveAspectRatio=\"none\" href=\"data:image/png;base64,")
        case .svg:
            // librsvg fits an SVG into its frame keeping its proportions, centred: SVG's default.
            out.append(" href=\"data:image/svg+xml;base64,")
        }
        out.append(Base64.encode(image.data))
        out.append("\"")
        if let description = image.description, !description.isEmpty {
            out.append("><title>")
            out.appendEscaped(description)
            out.append("</title></image>")
        } else {
            endElement()
        }
    }
}
