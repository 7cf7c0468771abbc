internal import CCairo
import ParleyScene

/// Reads the lines back out of a Pango layout: what each shows, where its baseline starts and
/// how wide it is, so the scene carries Pango's own breaking, cutting and alignment.
enum PangoLines {
    /// `PANGO_GLYPH_EMPTY`: a glyph Pango draws nothing for (a collapsed space, a control).
    static let emptyGlyph: UInt32 = 0x0FFF_FFFF
    /// `PANGO_ANALYSIS_FLAG_IS_ELLIPSIS`: the run is the "…" standing for the cut text.
    private static let ellipsisFlag: UInt8 = 1 << 1

    /// The layout's lines, top to bottom; `drawn` is the UTF-8 text the layout was given.
    static func lines(of layout: OpaquePointer, drawn: [UInt8]) -> [TextLine] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        var lines: [TextLine] = []
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = pango_layout_iter_get_baseline(iterator)
            let (text, elided, collapsed, ellipsisOffset) = content(of: line.pointee, drawn: drawn)
            lines.append(
                TextLine(
                    text: text, origin: Point(x: Double(logical.x) / scale, y: Double(baseline) / scale),
                    width: Double(logical.width) / scale, elided: elided, collapsedBreak: collapsed,
                    isRightToLeft: line.pointee.resolved_dir == PANGO_DIRECTION_RTL.rawValue,
                    ellipsisOffset: elided == nil ? nil : ellipsisOffset.map { Double($0) / scale }))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }

    /// The line's characters as shown, the source its ellipsis stands for (if any), the
    /// whitespace it was broken at, and the x of the ellipsis run in Pango units (the runs are in
    /// visual order, each drawn where the ones before it end).
    private static func content(of line: PangoLayoutLine, drawn: [UInt8]) -> (String, String?, String, Int32?) {
        let start = clamped(Int(line.start_index), drawn.count)
        let end = clamped(start + Int(line.length), drawn.count)
        var gap: Range<Int>?
        var ellipsis = "\u{2026}"
        // Only a line ending in whitespace can end in a collapsed break: the glyphs say whether it does.
        let mayCollapse = text(drawn[start..<end]).unicodeScalars.last?.properties.isWhitespace ?? false
        var blank = Set<Int>(), inked = Set<Int>()
        var runStart: Int32 = 0, ellipsisStart: Int32?
        var node = line.runs
        while let current = node {
            defer { node = current.pointee.next }
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self).pointee,
                let item = run.item?.pointee, let glyphs = run.glyphs?.pointee
            else { continue }
            defer { runStart += pango_glyph_string_get_width(run.glyphs) }
            if item.analysis.flags & ellipsisFlag != 0 {
                ellipsisStart = runStart
                // Pango points the ellipsis item at the whole of the text it replaced.
                let gapStart = clamped(Int(item.offset), drawn.count)
                gap = gapStart..<clamped(gapStart + Int(item.length), drawn.count)
                ellipsis = ellipsisText(glyphs, font: item.analysis.font)
                continue
            }
            for index in 0..<Int(glyphs.num_glyphs) where mayCollapse {
                let cluster = Int(item.offset) + Int(glyphs.log_clusters[index])
                if glyphs.glyphs[index].glyph == emptyGlyph { blank.insert(cluster) } else { inked.insert(cluster) }
            }
        }
        if let gap, gap.lowerBound >= start, gap.upperBound <= end {
            let shown = text(drawn[start..<gap.lowerBound]) + ellipsis + text(drawn[gap.upperBound..<end])
            return (shown, text(drawn[gap]), "", ellipsisStart)
        }
        let (shown, collapsed) = splittingCollapsedEnd(drawn[start..<end], blank: blank.subtracting(inked))
        return (shown, nil, collapsed, nil)
    }

    /// The line's text without the whitespace Pango broke it at: Pango keeps that space in the
    /// line but empties its glyph, so it is neither drawn nor counted in the line's width.
    private static func splittingCollapsedEnd(_ bytes: ArraySlice<UInt8>, blank: Set<Int>) -> (String, String) {
        var text = text(bytes)
        var end = bytes.endIndex
        while let last = text.unicodeScalars.last, last.properties.isWhitespace {
            let scalarStart = end - String(last).utf8.count
            guard blank.contains(scalarStart) else { break }
            text.unicodeScalars.removeLast()
            end = scalarStart
        }
        return (text, self.text(bytes[end...]))
    }

    /// Empties the glyphs of `line` that set bytes from `offset` on, as Pango empties the space
    /// it breaks a line at: drawn as nothing, no width, but still text for a PDF's clusters.
    static func collapse(_ line: UnsafeMutablePointer<PangoLayoutLine>, from offset: Int) {
        var node = line.pointee.runs
        while let current = node {
            defer { node = current.pointee.next }
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self).pointee,
                let item = run.item?.pointee, let glyphs = run.glyphs?.pointee
            else { continue }
            for index in 0..<Int(glyphs.num_glyphs) where Int(item.offset) + Int(glyphs.log_clusters[index]) >= offset {
                glyphs.glyphs[index].glyph = emptyGlyph
                glyphs.glyphs[index].geometry.width = 0
            }
        }
    }

    /// Which ellipsis Pango drew: "…", the midline "⋯" it prefers for a context whose language
    /// uses Han, or "..." when the font has neither; read from the glyphs, not guessed.
    private static func ellipsisText(_ glyphs: PangoGlyphString, font: UnsafeMutablePointer<PangoFont>?) -> String {
        guard glyphs.num_glyphs == 1 else { return String(repeating: ".", count: Int(max(1, glyphs.num_glyphs))) }
        var midline: hb_codepoint_t = 0
        if let font, let hbFont = pango_font_get_hb_font(font), hb_font_get_nominal_glyph(hbFont, 0x22EF, &midline) != 0,
            midline == glyphs.glyphs[0].glyph
        {
            return "\u{22EF}"
        }
        return "\u{2026}"
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func clamped(_ value: Int, _ count: Int) -> Int { min(max(0, value), count) }
}
