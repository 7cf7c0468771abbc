internal import CCairo
import ParleyColor
import ParleyScene

/// The one draw path: turns scene nodes into Cairo calls on a context, whatever its surface.
final class NodePainter {
    private let context: CairoContext
    private let cr: OpaquePointer
    private let layout: OpaquePointer
    private let layoutRef: GObjectRef
    private let images = ImagePainter()

    init(context: CairoContext) throws {
        self.context = context
        cr = context.handle
        guard let layout = pango_cairo_create_layout(cr) else {
            throw RenderError.cairo(operation: "pango_cairo_create_layout", message: "no layout")
        }
        self.layout = layout
        layoutRef = GObjectRef(UnsafeMutableRawPointer(layout))
        TextSetup.configure(pango_layout_get_context(layout))
    }

    func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    func draw(_ node: SceneNode) throws {
        switch node {
        case .group(let group): try drawGroup(group)
        case .rect(let shape):
            addRect(shape.frame, radius: shape.cornerRadius)
            paint(shape.style)
        case .circle(let circle):
            cairo_new_sub_path(cr)
            cairo_arc(cr, circle.center.x, circle.center.y, max(0, circle.radius), 0, 2 * Double.pi)
            paint(circle.style)
        case .line(let line):
            cairo_move_to(cr, line.from.x, line.from.y)
            cairo_line_to(cr, line.to.x, line.to.y)
            stroke(line.stroke)
        case .polyline(let polyline):
            guard let first = polyline.points.first else { return }
            cairo_move_to(cr, first.x, first.y)
            for point in polyline.points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
            if polyline.isClosed {
                cairo_close_path(cr)
                paint(polyline.style)
            } else if let strokeStyle = polyline.style.stroke {
                stroke(strokeStyle)
            } else {
                cairo_new_path(cr)
            }
        case .path(let path):
            addPath(path.elements)
            paint(path.style)
        case .arrow(let arrow): drawArrow(arrow)
        case .text(let run): drawText(run)
        case .image(let image): try images.draw(image, on: cr)
        }
    }

    private func drawGroup(_ group: Group) throws {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        if !group.transform.isIdentity {
            var matrix = cairo_matrix_t(
                xx: group.transform.a, yx: group.transform.b, xy: group.transform.c, yy: group.transform.d,
                x0: group.transform.tx, y0: group.transform.ty)
            cairo_transform(cr, &matrix)
        }
        if let clip = group.clip {
            cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
            cairo_clip(cr)
        }
        let translucent = group.opacity < 1
        if translucent { cairo_push_group(cr) }
        // A link's area is what its children draw; PDF surfaces make it a link annotation,
        // the others ignore the tag.
        let link = group.link.flatMap(CairoTags.linkAttributes)
        if let link { cairo_tag_begin(cr, CAIRO_TAG_LINK, link) }
        for child in group.children { try draw(child) }
        if link != nil { cairo_tag_end(cr, CAIRO_TAG_LINK) }
        if translucent {
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, max(0, group.opacity))
        }
    }

    private func addRect(_ frame: Rect, radius: Double) {
        let r = min(max(0, radius), frame.width / 2, frame.height / 2)
        guard r > 0 else {
            cairo_rectangle(cr, frame.x, frame.y, frame.width, frame.height)
            return
        }
        let quarter = Double.pi / 2
        cairo_new_sub_path(cr)
        cairo_arc(cr, frame.maxX - r, frame.minY + r, r, -quarter, 0)
        cairo_arc(cr, frame.maxX - r, frame.maxY - r, r, 0, quarter)
        cairo_arc(cr, frame.minX + r, frame.maxY - r, r, quarter, 2 * quarter)
        cairo_arc(cr, frame.minX + r, frame.minY + r, r, 2 * quarter, 3 * quarter)
        cairo_close_path(cr)
    }

    private func addPath(_ elements: [PathElement]) {
        for element in elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let p, let c1, let c2): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .arc(let c, let r, let start, let end): cairo_arc(cr, c.x, c.y, max(0, r), start, end)
            case .close: cairo_close_path(cr)
            }
        }
    }

    /// Fills then strokes the current path, as the style asks; clears it either way.
    private func paint(_ style: ShapeStyle) {
        if let fill = style.fill {
            setSource(fill)
            if style.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let strokeStyle = style.stroke {
            stroke(strokeStyle)
        } else if style.fill == nil {
            cairo_new_path(cr)
        }
    }

    private func stroke(_ style: Stroke) {
        setSource(style.color)
        cairo_set_line_width(cr, max(0, style.width))
        cairo_set_line_cap(cr, style.cap.cairo)
        cairo_set_line_join(cr, style.join.cairo)
        let dashes = style.dash.map { max(0, $0) }
        if dashes.contains(where: { $0 > 0 }) {
            cairo_set_dash(cr, dashes, Int32(dashes.count), 0)
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
        cairo_stroke(cr)
    }

    private func drawArrow(_ arrow: Arrow) {
        guard let (start, end) = arrow.shaft else { return }
        cairo_move_to(cr, start.x, start.y)
        cairo_line_to(cr, end.x, end.y)
        stroke(arrow.stroke)
        var heads = [Arrow.headTriangle(tip: arrow.to, tail: arrow.from, length: arrow.headLength, width: arrow.headWidth)]
        if arrow.isDoubleHeaded {
            heads.append(Arrow.headTriangle(tip: arrow.from, tail: arrow.to, length: arrow.headLength, width: arrow.headWidth))
        }
        setSource(arrow.stroke.color)
        for head in heads {
            cairo_move_to(cr, head[0].x, head[0].y)
            cairo_line_to(cr, head[1].x, head[1].y)
            cairo_line_to(cr, head[2].x, head[2].y)
            cairo_close_path(cr)
            cairo_fill(cr)
        }
    }

    /// Draws the run's lines as they were measured: each its own one-line layout, never
    /// wrapped, cut or aligned here; a cut line by `CutLineDrawing`, from the glyphs it was cut from.
    private func drawText(_ run: TextRun) {
        setSource(run.color)
        // pango_cairo_show_layout used to add each line's offset (whole 1/1024 units) to the
        // current point, which Cairo keeps in 24.8 fixed point: round the origin the same way
        // and add the offsets unrounded, so the glyphs land where they always have.
        cairo_move_to(cr, run.origin.x, run.origin.y)
        var left = 0.0, top = 0.0
        cairo_get_current_point(cr, &left, &top)
        cairo_new_path(cr)
        for line in run.metrics.lines where !line.text.isEmpty {
            pango_cairo_update_layout(cr, layout)
            cairo_save(cr)
            defer { cairo_restore(cr) }
            // No current point: the line is drawn with its baseline's start at the translated origin.
            cairo_translate(cr, left + line.origin.x, top + line.origin.y)
            if line.isElided, CutLineDrawing.draw(line, font: run.font, layout: layout, on: cr) { continue }
            guard let pangoLine = TextSetup.applyLine(line, font: run.font, to: layout) else { continue }
            pango_cairo_show_layout_line(cr, pangoLine)
        }
        cairo_new_path(cr)
    }
}

extension Stroke.Cap {
    var cairo: cairo_line_cap_t {
        switch self {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }
}

extension Stroke.Join {
    var cairo: cairo_line_join_t {
        switch self {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }
}
