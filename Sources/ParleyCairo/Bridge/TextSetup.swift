internal import CCairo
import ParleyScene

/// The one place text settings are chosen, used by the measurer and every surface alike,
/// so a label measures the same for PNG, SVG and PDF and at any PNG scale:
/// no hinting of metrics or outlines, unrounded glyph positions, greyscale antialiasing.
enum TextSetup {
    static func configure(_ context: OpaquePointer) {
        guard let options = cairo_font_options_create() else { return }
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
    }

    /// A Pango layout for `context` set up for one run of text.
    static func apply(
        _ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow, alignment: TextAlignment,
        to layout: OpaquePointer
    ) {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.weight.pangoWeight)
        pango_font_description_set_style(description, font.style == .italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)

        pango_layout_set_text(layout, CairoTextEscape.drawn(text), -1)
        if let maxWidth {
            pango_layout_set_width(layout, Int32((max(0, maxWidth) * Double(PANGO_SCALE)).rounded(.down)))
            switch overflow {
            case .ellipsis:
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
                pango_layout_set_height(layout, -1)
            case .wrap:
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            case .lineClamp:
                // A negative height is a number of lines; with ellipsizing on, Pango cuts the last.
                pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
                pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
                pango_layout_set_height(layout, -Int32(TextOverflow.lineClampLimit))
            }
        } else {
            pango_layout_set_width(layout, -1)
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
        }
        pango_layout_set_alignment(layout, alignment.pangoAlignment)
    }

    /// A Pango layout set up for one laid-out line: the line's text in its base direction, with
    /// no width, so Pango neither wraps, cuts nor aligns it, and its collapsed break (if any)
    /// emptied as Pango empties it when it breaks there. Nil when Pango made no line of it.
    static func applyLine(_ line: TextLine, font: Font, to layout: OpaquePointer) -> UnsafeMutablePointer<PangoLayoutLine>? {
        apply(line.text + line.collapsedBreak, font: font, maxWidth: nil, overflow: .ellipsis, alignment: .left, to: layout)
        let direction = line.isRightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR
        let context = pango_layout_get_context(layout)
        if pango_layout_get_auto_dir(layout) != 0 || pango_context_get_base_dir(context) != direction {
            pango_layout_set_auto_dir(layout, 0)
            pango_context_set_base_dir(context, direction)
            pango_layout_context_changed(layout)
        }
        guard let pangoLine = pango_layout_get_line_readonly(layout, 0) else { return nil }
        if !line.collapsedBreak.isEmpty {
            PangoLines.collapse(pangoLine, from: CairoTextEscape.drawn(line.text).utf8.count)
        }
        return pangoLine
    }

    /// The metrics of a layout set up by `apply`, with the lines Pango broke it into, for `text`
    /// as given to `apply`.
    static func metrics(of layout: OpaquePointer, text: String) -> TextMetrics {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return TextMetrics(
            width: Double(logical.width) / scale, height: Double(logical.height) / scale,
            baseline: Double(pango_layout_get_baseline(layout)) / scale,
            lines: PangoLines.lines(of: layout, drawn: Array(CairoTextEscape.drawn(text).utf8)))
    }
}

extension Font.Weight {
    var pangoWeight: PangoWeight {
        switch self {
        case .regular: PANGO_WEIGHT_NORMAL
        case .medium: PANGO_WEIGHT_MEDIUM
        case .bold: PANGO_WEIGHT_BOLD
        }
    }
}

extension TextAlignment {
    var pangoAlignment: PangoAlignment {
        switch self {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
    }
}
