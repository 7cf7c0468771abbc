import ParleyScene

/// A measurer with made-up but stable metrics, so layout tests run without Pango: each
/// character is `0.6 × size` wide, a line is `1.25 × size` high, baselines one line apart.
/// Lines break at spaces (by characters when a word is too long), and a cut line ends in "…",
/// which starts one advance per kept character from the line's origin.
public struct FixedMetricsMeasurer: TextMeasuring {
    public init() {}

    public func measure(
        _ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow, alignment: TextAlignment
    ) -> TextMetrics {
        let advance = font.size * 0.6, lineHeight = font.size * 1.25
        let characters = Array(text)
        var pieces: [(text: [Character], elided: [Character]?, collapsed: [Character])]
        if let maxWidth, Double(characters.count) * advance > maxWidth {
            let perLine = max(1, Int(maxWidth / advance))
            switch overflow {
            case .ellipsis:
                // The "…" takes the place of the last character that would fit.
                let fitting = Int(max(0, (maxWidth / advance).rounded(.down)))
                let kept = max(0, fitting - 1)
                pieces = [(fitting == 0 ? [] : Array(characters[..<kept]) + ["…"], Array(characters[kept...]), [])]
            case .wrap:
                pieces = Self.broken(characters, perLine: perLine).map {
                    (Array(characters[$0.line]), nil, Array(characters[$0.collapsed]))
                }
            case .lineClamp:
                let broken = Self.broken(characters, perLine: perLine)
                pieces = broken.prefix(TextOverflow.lineClampLimit).map {
                    (Array(characters[$0.line]), nil, Array(characters[$0.collapsed]))
                }
                if broken.count > TextOverflow.lineClampLimit {
                    // The last line holds the rest of the text, cut like a one-line label.
                    let rest = characters[broken[TextOverflow.lineClampLimit - 1].line.lowerBound...]
                    let kept = max(0, perLine - 1)
                    pieces[pieces.count - 1] = (Array(rest.prefix(kept)) + ["…"], Array(rest.dropFirst(kept)), [])
                }
            }
        } else {
            pieces = [(characters, nil, [])]
        }
        let widths = pieces.map { Double($0.text.count) * advance }
        let width = widths.max() ?? 0
        let box = maxWidth ?? width
        let lines = pieces.indices.map { index in
            let left: Double
            switch alignment {
            case .left: left = 0
            case .center: left = (box - widths[index]) / 2
            case .right: left = box - widths[index]
            }
            return TextLine(
                text: String(pieces[index].text), origin: Point(x: left, y: font.size + Double(index) * lineHeight),
                width: widths[index], elided: pieces[index].elided.map { String($0) },
                collapsedBreak: String(pieces[index].collapsed),
                ellipsisOffset: pieces[index].elided != nil && pieces[index].text.last == "…"
                    ? Double(pieces[index].text.count - 1) * advance : nil)
        }
        return TextMetrics(width: width, height: Double(lines.count) * lineHeight, baseline: font.size, lines: lines)
    }

    /// Greedy lines of at most `perLine` characters, broken after a space where there is one
    /// (the space, collapsed, is on neither line) and inside a word otherwise.
    private static func broken(_ characters: [Character], perLine: Int) -> [(line: Range<Int>, collapsed: Range<Int>)] {
        var lines: [(line: Range<Int>, collapsed: Range<Int>)] = []
        var start = 0
        while start < characters.count {
            var end = min(start + perLine, characters.count)
            var next = end
            if end < characters.count {
                if characters[end] == " " {
                    next = end + 1
                } else if let space = characters[start..<end].lastIndex(of: " "), space > start {
                    end = space
                    next = space + 1
                }
            }
            lines.append((start..<end, end..<next))
            start = next
        }
        return lines
    }
}
