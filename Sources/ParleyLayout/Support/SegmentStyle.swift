import ParleyColor
import ParleyModel
import ParleyScene

/// How each kind of segment reads inside a session bar, as the model states the kind: a
/// plenary solid in the bar's colour, a restricted part darker and outlined, a bilateral one
/// with a dotted outline, a break pale and hatched, any other part a plain inner band
/// (alternating, so neighbours stay apart). Fills are opaque, so text on them can be checked.
enum SegmentStyle {
    /// The colour a segment's inner band is filled with; `index` is its place in the round.
    static func fill(_ kind: Segment.Kind, index: Int, bar: Color, theme: Theme) -> Color {
        switch kind {
        case .plenary: bar
        case .restricted: bar.mixed(with: .black, amount: 0.45)
        case .bilateral: bar.mixed(with: .black, amount: 0.22)
        case .break: bar.mixed(with: theme.background, amount: 0.8)
        case .other: index.isMultiple(of: 2) ? bar.mixed(with: theme.background, amount: 0.2) : bar.mixed(with: theme.text, amount: 0.14)
        }
    }

    /// The band of a segment over `frame`.
    static func nodes(_ kind: Segment.Kind, index: Int, frame: Rect, bar: Color, theme: Theme) -> [SceneNode] {
        let fill = fill(kind, index: index, bar: bar, theme: theme)
        let stroke: Stroke
        switch kind {
        case .plenary, .other: stroke = Stroke(color: theme.background, width: 1)
        case .restricted: stroke = Stroke(color: theme.text, width: 1.2)
        case .bilateral: stroke = Stroke(color: theme.background, width: 1.2, dash: [1.5, 1.5])
        case .break: stroke = Stroke(color: bar, width: 1)
        }
        var nodes: [SceneNode] = [.rect(RectShape(frame: frame, cornerRadius: 1.5, style: ShapeStyle(fill: fill, stroke: stroke)))]
        if kind == .break, frame.width > 0 {
            nodes.append(.group(Group(clip: frame, children: hatch(frame, color: bar.mixed(with: theme.background, amount: 0.45)))))
        }
        return nodes
    }

    /// Diagonal lines every few points across `frame` (a break's hatching).
    private static func hatch(_ frame: Rect, color: Color) -> [SceneNode] {
        let spacing = 6.0
        var lines: [SceneNode] = []
        var x = frame.minX - frame.height
        while x < frame.maxX {
            lines.append(
                .line(
                    Line(
                        from: Point(x: x, y: frame.maxY), to: Point(x: x + frame.height, y: frame.minY),
                        stroke: Stroke(color: color, width: 1))))
            x += spacing
        }
        return lines
    }
}
