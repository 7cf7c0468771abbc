import ParleyScene

/// A measurer with made-up but stable metrics, so layout tests run without Pango: each
/// character is `0.6 × size` wide, a line is `1.25 × size` high.
public struct FixedMetricsMeasurer: TextMeasuring {
    public init() {}

    public func measure(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow) -> TextMetrics {
        let advance = font.size * 0.6, lineHeight = font.size * 1.25
        let naturalWidth = Double(text.count) * advance
        guard let maxWidth, naturalWidth > maxWidth else {
            return TextMetrics(width: naturalWidth, height: lineHeight, baseline: font.size)
        }
        switch overflow {
        case .ellipsis:
            let fitting = max(0, (maxWidth / advance).rounded(.down))
            return TextMetrics(width: fitting * advance, height: lineHeight, baseline: font.size, isTruncated: true)
        case .wrap, .lineClamp:
            let perLine = max(1, Int(maxWidth / advance))
            let needed = (text.count + perLine - 1) / perLine
            let lines = overflow == .lineClamp ? min(needed, TextOverflow.lineClampLimit) : needed
            return TextMetrics(
                width: Double(min(perLine, text.count)) * advance, height: Double(lines) * lineHeight, baseline: font.size,
                lineCount: lines,
                isTruncated: lines < needed)
        }
    }
}
