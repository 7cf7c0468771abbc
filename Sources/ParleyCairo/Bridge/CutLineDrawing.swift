internal import CCairo
import ParleyScene

/// Draws a line Pango cut with an ellipsis as it was measured, without cutting or shaping the
/// cut line again: the kept text keeps the glyphs it had inside the full text (an Arabic letter
/// its joining form, the last kept glyph its kerning against the cut one) and the ellipsis is one
/// glyph at the line's `ellipsisOffset` standing for all of the cut text, as Pango's own ellipsis
/// run does, so a PDF's copied text gives the source and not "…".
enum CutLineDrawing {
    /// A piece of the shaped source: a glyph item (owned), where it starts in the uncut line, and
    /// whether it shows kept text.
    private struct Piece {
        var glyphs: UnsafeMutablePointer<PangoGlyphItem>
        var x: Int32
        var isKept: Bool
    }

    /// Draws `line` with its baseline's start at the user-space origin; false (nothing drawn)
    /// when the line is not one this can draw, so the caller draws its text as it is.
    static func draw(_ line: TextLine, font: Font, layout: OpaquePointer, on cr: OpaquePointer) -> Bool {
        guard let elided = line.elided, let ellipsisOffset = line.ellipsisOffset,
            let ellipsisRange = ["\u{2026}", "\u{22EF}"].compactMap({ line.text.range(of: $0, options: .backwards) }).first
        else { return false }
        let kept = CairoTextEscape.drawn(String(line.text[..<ellipsisRange.lowerBound]))
        let after = CairoTextEscape.drawn(String(line.text[ellipsisRange.upperBound...]))
        let cut = CairoTextEscape.drawn(elided)
        guard let ellipsis = ellipsisGlyph(String(line.text[ellipsisRange]), standingFor: cut, line: line, font: font, layout: layout)
        else { return false }
        defer { pango_glyph_item_free(ellipsis) }

        let source = kept + cut + after
        let gap = kept.utf8.count..<(kept.utf8.count + cut.utf8.count)
        var sourceLine = line
        sourceLine.text = source
        sourceLine.collapsedBreak = ""
        guard let shaped = TextSetup.applyLine(sourceLine, font: font, to: layout), pango_layout_get_line_count(layout) == 1
        else { return false }
        let sourceBytes = Array(source.utf8) + [0]
        var pieces = self.pieces(of: shaped.pointee, text: sourceBytes, gap: gap)
        defer { for piece in pieces { pango_glyph_item_free(piece.glyphs) } }
        // Kept glyphs right of the cut keep their place from the line's right end, which is
        // where they end in the cut line.
        let sourceWidth = pieces.reduce(0) { $0 + pango_glyph_string_get_width($1.glyphs.pointee.glyphs) }
        let gapLeft = pieces.filter { !$0.isKept }.map(\.x).min() ?? sourceWidth
        let shift = pangoUnits(line.width) - sourceWidth
        for index in pieces.indices where pieces[index].x >= gapLeft { pieces[index].x += shift }

        let ellipsisX = pangoUnits(ellipsisOffset)
        var drawnEllipsis = false
        sourceBytes.withUnsafeBufferPointer { sourceText in
            cut.withCString { cutText in
                for piece in pieces.filter(\.isKept).sorted(by: { $0.x < $1.x }) {
                    if !drawnEllipsis && piece.x >= ellipsisX {
                        show(ellipsis, at: ellipsisX, text: cutText, on: cr)
                        drawnEllipsis = true
                    }
                    sourceText.withMemoryRebound(to: CChar.self) { show(piece.glyphs, at: piece.x, text: $0.baseAddress, on: cr) }
                }
                if !drawnEllipsis { show(ellipsis, at: ellipsisX, text: cutText, on: cr) }
            }
        }
        return true
    }

    /// The shaped source line cut into pieces at the edges of the cut text, in visual order
    /// with the x each starts at.
    private static func pieces(of line: PangoLayoutLine, text: [UInt8], gap: Range<Int>) -> [Piece] {
        var pieces: [Piece] = []
        var runX: Int32 = 0
        var node = line.runs
        while let current = node {
            defer { node = current.pointee.next }
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                let rest = pango_glyph_item_copy(run), let item = rest.pointee.item
            else { continue }
            var logical: [UnsafeMutablePointer<PangoGlyphItem>] = []
            text.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    for boundary in [gap.lowerBound, gap.upperBound] {
                        let start = Int(item.pointee.offset), end = start + Int(item.pointee.length)
                        if boundary > start, boundary < end,
                            let first = pango_glyph_item_split(rest, chars.baseAddress, Int32(boundary - start))
                        {
                            logical.append(first)
                        }
                    }
                }
            }
            logical.append(rest)
            // A right-to-left run sets its logical pieces from right to left.
            let visual = item.pointee.analysis.level % 2 == 1 ? logical.reversed() : logical
            for glyphs in visual {
                let start = Int(glyphs.pointee.item.pointee.offset)
                let end = start + Int(glyphs.pointee.item.pointee.length)
                pieces.append(Piece(glyphs: glyphs, x: runX, isKept: end <= gap.lowerBound || start >= gap.upperBound))
                runX += pango_glyph_string_get_width(glyphs.pointee.glyphs)
            }
        }
        return pieces
    }

    /// The ellipsis Pango drew, shaped alone in the line's font and direction, as one glyph item
    /// whose text is all of `cut`: every glyph in the one cluster, as Pango's ellipsis run has it.
    private static func ellipsisGlyph(
        _ ellipsis: String, standingFor cut: String, line: TextLine, font: Font, layout: OpaquePointer
    ) -> UnsafeMutablePointer<PangoGlyphItem>? {
        let ellipsisLine = TextLine(text: ellipsis, origin: line.origin, width: 0, isRightToLeft: line.isRightToLeft)
        guard let shaped = TextSetup.applyLine(ellipsisLine, font: font, to: layout), shaped.pointee.runs?.pointee.next == nil,
            let run = shaped.pointee.runs?.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
            let copy = pango_glyph_item_copy(run), let item = copy.pointee.item, let glyphs = copy.pointee.glyphs
        else { return nil }
        item.pointee.offset = 0
        item.pointee.length = Int32(cut.utf8.count)
        item.pointee.num_chars = Int32(cut.unicodeScalars.count)
        for index in 0..<Int(glyphs.pointee.num_glyphs) { glyphs.pointee.log_clusters[index] = 0 }
        // Pango widens its ellipsis to fill the width it cut; so does this one, so the drawn
        // line is as wide as the measured one.
        if let offset = line.ellipsisOffset, glyphs.pointee.num_glyphs == 1 {
            glyphs.pointee.glyphs[0].geometry.width = pangoUnits(line.width) - pangoUnits(offset)
        }
        return copy
    }

    /// Draws a glyph item starting `x` Pango units right of the origin. The shift goes into the
    /// glyphs' offsets, not the current point, which Cairo would round to 1/256.
    private static func show(_ item: UnsafeMutablePointer<PangoGlyphItem>, at x: Int32, text: UnsafePointer<CChar>?, on cr: OpaquePointer) {
        guard let glyphs = item.pointee.glyphs else { return }
        for index in 0..<Int(glyphs.pointee.num_glyphs) { glyphs.pointee.glyphs[index].geometry.x_offset += x }
        pango_cairo_show_glyph_item(cr, text, item)
    }

    private static func pangoUnits(_ points: Double) -> Int32 { Int32((points * Double(PANGO_SCALE)).rounded()) }
}
