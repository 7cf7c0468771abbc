import ParleyColor
import ParleyScene

extension SVGBodyWriter {
    /// Each line of the run as one `<text>` at its baseline's start, as measured: never
    /// wrapped or cut again. A right-to-left line stands at its right end in that direction;
    /// a cut line draws its kept text, and the ellipsis where the measurer put it.
    mutating func writeText(_ run: TextRun, darkColor: Color) {
        let fontClass = fonts.index(of: run.font, drawing: run.metrics.lines.map(\.text).joined())
        let fillClass = paints.fillClass(ColorPair(light: run.color, dark: darkColor))
        let style = TextStyle(font: fontClass, fill: fillClass, color: run.color)
        for line in run.metrics.lines where !line.text.isEmpty {
            let x = run.origin.x + line.origin.x, y = run.origin.y + line.origin.y
            if let offset = line.ellipsisOffset, line.isElided,
                let mark = Self.ellipsis(in: line.text)
            {
                let before = String(line.text[..<mark.lowerBound]), after = String(line.text[mark.upperBound...])
                let rtl = line.isRightToLeft
                // Kept text before the cut starts the line; text after it ends the line.
                if !before.isEmpty { element(before, x: rtl ? x + line.width : x, y: y, rtl: rtl, anchorEnd: false, length: nil, style) }
                element(String(line.text[mark]), x: x + offset, y: y, rtl: false, anchorEnd: false, length: nil, style)
                if !after.isEmpty { element(after, x: rtl ? x : x + line.width, y: y, rtl: rtl, anchorEnd: true, length: nil, style) }
            } else {
                element(
                    line.text, x: line.isRightToLeft ? x + line.width : x, y: y, rtl: line.isRightToLeft, anchorEnd: false,
                    length: line.width, style)
            }
        }
    }

    /// The last "…" of a cut line (or "⋯", which some scripts cut with), as `CutLineDrawing` finds it.
    static func ellipsis(in text: String) -> Range<String.Index>? {
        for mark in ["\u{2026}", "\u{22EF}"] as [Character] {
            if let index = text.lastIndex(of: mark) { return index..<text.index(after: index) }
        }
        return nil
    }

    struct TextStyle {
        var font: Int
        var fill: Int?
        var color: Color
    }

    /// One `<text>`; `length` pins its advance to the measured width, so a client whose
    /// metrics differ a little spaces the letters rather than running past the box.
    private mutating func element(_ text: String, x: Double, y: Double, rtl: Bool, anchorEnd: Bool, length: Double?, _ style: TextStyle) {
        out.append("<text")
        out.attribute("x", x)
        out.attribute("y", y)
        out.append(" class=\"")
        PaintClasses.appendClassName("t", style.font, to: &out)
        if let fill = style.fill {
            out.append(" ")
            PaintClasses.appendClassName("f", fill, to: &out)
            out.append("\"")
        } else {
            out.append("\" fill=\"")
            out.append(hex: style.color)
            out.append("\"")
            if style.color.alpha < 1 {
                out.append(" fill-opacity=\"")
                out.append(opacity: style.color.alpha)
                out.append("\"")
            }
        }
        if rtl { out.append(" direction=\"rtl\"") }
        if anchorEnd { out.append(" text-anchor=\"end\"") }
        if let length, length > 0 { out.attribute("textLength", length) }
        out.append(">")
        out.appendEscaped(text)
        out.append("</text>")
    }
}
