import ParleyColor
import ParleyModel
import ParleyScene

/// How an event's time reads on a bar: a filled dot when it is exact, a dashed ring when it was
/// reported only approximately, and a capsule over every instant the sources allow when they
/// give a range or disagree (with a tick at each claimed time), so no reader takes a reported
/// "about" or a dispute for a measured moment.
enum EventMarker {
    /// `x` maps a moment to the canvas; `y` is the marker's centre line.
    static func nodes(
        at time: MeetingTime, x: (MeetingTime) -> Double, y: Double, radius: Double, color: Color, theme: Theme
    ) -> [SceneNode] {
        var nodes: [SceneNode] = []
        if time.isUncertain {
            let x0 = x(time.earliest), x1 = x(time.latest)
            // Never narrower than an exact dot: a one-minute dispute on a long axis stays visible.
            let width = max(x1 - x0, 2 * radius)
            let left = (x0 + x1 - width) / 2, right = left + width
            nodes.append(
                .rect(
                    RectShape(
                        frame: Rect(x: left, y: y - radius, width: right - left, height: 2 * radius), cornerRadius: radius,
                        style: ShapeStyle(fill: color.withAlpha(0.35), stroke: Stroke(color: color, width: 1.2)))))
            for claim in time.claims where !time.isRange {
                let claimX = x(claim.time)
                nodes.append(
                    .line(
                        Line(
                            from: Point(x: claimX, y: y - radius - 1.5), to: Point(x: claimX, y: y + radius + 1.5),
                            stroke: Stroke(color: theme.text, width: 1))))
            }
            return nodes
        }
        let center = Point(x: x(time), y: y)
        if time.isApproximate {
            nodes.append(.circle(Circle(center: center, radius: radius + 1.5, style: .filled(theme.background))))
            nodes.append(
                .circle(
                    Circle(center: center, radius: radius, style: ShapeStyle(stroke: Stroke(color: color, width: 1.5, dash: [1.6, 1.4])))))
            nodes.append(.circle(Circle(center: center, radius: radius * 0.35, style: .filled(color))))
            return nodes
        }
        nodes.append(
            .circle(
                Circle(center: center, radius: radius, style: ShapeStyle(fill: color, stroke: Stroke(color: theme.background, width: 1.5))))
        )
        return nodes
    }
}
