import ParleyColor
import ParleyModel
import ParleyScene

/// A round's session as a bar: solid between exactly known ends, faded with a dashed edge at an
/// approximate end, a lighter band over every instant the sources allow where they disagree or
/// give a range (a tick at each claimed time), its segments as inner bands drawn by kind
/// (`SegmentStyle`). Shared by every timeline.
enum SessionBar {
    /// `x` maps a moment of the round to the canvas.
    static func nodes(round: Round, x: (MeetingTime) -> Double, top: Double, height: Double, color: Color, theme: Theme) -> [SceneNode] {
        // The solid bar covers only what every source agrees the session spanned.
        let solid0 = x(round.start.latest), solid1 = max(x(round.end.earliest), solid0)
        var nodes: [SceneNode] = [
            .rect(
                RectShape(
                    frame: Rect(x: solid0, y: top, width: max(solid1 - solid0, 1), height: height), cornerRadius: min(3, height / 4),
                    style: .filled(color)))
        ]
        for time in [round.start, round.end] where time.isUncertain {
            nodes += band(time, x: x, top: top, height: height, color: color, theme: theme)
        }
        for (index, segment) in round.segments.enumerated() {
            // The part every source puts inside the segment is shaded; where its bounds are
            // contested, a dashed outline reaches out to every instant they allow.
            let s0 = x(segment.start.latest), s1 = max(x(segment.end.earliest), s0)
            let inset = height / 6
            var segmentNodes = SegmentStyle.nodes(
                segment.kind, index: index, frame: Rect(x: s0, y: top + inset, width: s1 - s0, height: height - 2 * inset), bar: color,
                theme: theme)
            if segment.start.isUncertain || segment.end.isUncertain {
                let outer0 = x(segment.start.earliest), outer1 = x(segment.end.latest)
                segmentNodes.append(
                    .rect(
                        RectShape(
                            frame: Rect(x: outer0, y: top + inset, width: outer1 - outer0, height: height - 2 * inset),
                            cornerRadius: 1.5, style: ShapeStyle(stroke: Stroke(color: theme.background, width: 1, dash: [2, 2])))))
            }
            // One group a segment, named by its label, so a reader and a style sheet find each session.
            nodes.append(.group(Group(title: segment.label, children: segmentNodes, role: .session)))
        }
        let x0 = x(round.start.earliest), x1 = x(round.end.latest)
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

    /// The instants a contested start or end may have been: a band in the bar's colour, lighter,
    /// outlined, and a tick at each time a source gives.
    private static func band(_ time: MeetingTime, x: (MeetingTime) -> Double, top: Double, height: Double, color: Color, theme: Theme)
        -> [SceneNode]
    {
        let b0 = x(time.earliest), b1 = max(x(time.latest), b0 + 1)
        var nodes: [SceneNode] = [
            .rect(
                RectShape(
                    frame: Rect(x: b0, y: top, width: b1 - b0, height: height),
                    style: ShapeStyle(fill: color.withAlpha(0.38), stroke: Stroke(color: color, width: 1))))
        ]
        for claim in time.claims where !time.isRange {
            let claimX = x(claim.time)
            nodes.append(
                .line(
                    Line(
                        from: Point(x: claimX, y: top - 3), to: Point(x: claimX, y: top + height + 3),
                        stroke: Stroke(color: theme.text, width: 1))))
        }
        return nodes
    }
}

extension SessionBar {
    /// The colour the bar drawn by `nodes` shows at `point` (the page where it draws nothing):
    /// what a marker placed there stands on, so it can be outlined to stand out from it.
    static func color(
        at point: Point, round: Round, x: (MeetingTime) -> Double, top: Double, height: Double, color: Color, theme: Theme
    ) -> Color {
        guard point.y >= top, point.y <= top + height else { return theme.background }
        var under = theme.background
        let solid0 = x(round.start.latest), solid1 = max(x(round.end.earliest), solid0)
        if (solid0...max(solid1, solid0 + 1)).contains(point.x) { under = color }
        for time in [round.start, round.end] where time.isUncertain {
            let b0 = x(time.earliest), b1 = max(x(time.latest), b0 + 1)
            if (b0...b1).contains(point.x) { under = under.mixed(with: color, amount: 0.38) }
        }
        let inset = height / 6
        if point.y >= top + inset, point.y <= top + height - inset {
            for (index, segment) in round.segments.enumerated() {
                let s0 = x(segment.start.latest), s1 = max(x(segment.end.earliest), s0)
                if (s0...s1).contains(point.x) { under = SegmentStyle.fill(segment.kind, index: index, bar: color, theme: theme) }
            }
        }
        let x0 = x(round.start.earliest), x1 = x(round.end.latest)
        let fade = min(18, (x1 - x0) / 4)
        for (isApproximate, fadeX) in [(round.start.isApproximate, x0), (round.end.isApproximate, x1 - fade)]
        where isApproximate && fade > 0 && (fadeX...(fadeX + fade)).contains(point.x) {
            under = under.mixed(with: theme.background, amount: 0.55)
        }
        return under
    }
}
