import ParleyColor
import ParleyModel
import ParleyScene

/// A round's session as a bar: solid between exactly known ends, faded with a dashed edge at an
/// approximate end, its segments as alternating inner bands. Shared by every timeline.
enum SessionBar {
    /// `x` maps a moment of the round to the canvas.
    static func nodes(round: Round, x: (MeetingTime) -> Double, top: Double, height: Double, color: Color, theme: Theme) -> [SceneNode] {
        let x0 = x(round.start), x1 = x(round.end)
        var nodes: [SceneNode] = [
            .rect(
                RectShape(
                    frame: Rect(x: x0, y: top, width: max(x1 - x0, 1), height: height), cornerRadius: min(3, height / 4),
                    style: .filled(color)))
        ]
        for (index, segment) in round.segments.enumerated() {
            let s0 = x(segment.start), s1 = x(segment.end)
            let shade = index.isMultiple(of: 2) ? theme.background.withAlpha(0.3) : theme.text.withAlpha(0.14)
            let inset = height / 6
            nodes.append(
                .rect(
                    RectShape(
                        frame: Rect(x: s0, y: top + inset, width: s1 - s0, height: height - 2 * inset), cornerRadius: 1.5,
                        style: ShapeStyle(fill: shade, stroke: Stroke(color: theme.background, width: 1)))))
        }
        let fade = min(18, (x1 - x0) / 4)
        for (isApproximate, edgeX, fadeX) in [(round.start.isApproximate, x0, x0), (round.end.isApproximate, x1, x1 - fade)]
        where isApproximate {
            nodes.append(
                .rect(
                    RectShape(frame: Rect(x: fadeX, y: top, width: fade, height: height), style: .filled(theme.background.withAlpha(0.55))))
            )
            nodes.append(
                .line(
                    Line(
                        from: Point(x: edgeX, y: top - 3), to: Point(x: edgeX, y: top + height + 3),
                        stroke: Stroke(color: theme.text, width: 1, dash: [2, 2]))))
        }
        return nodes
    }
}
