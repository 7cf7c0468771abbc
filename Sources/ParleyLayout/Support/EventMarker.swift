import Foundation
import ParleyColor
import ParleyModel
import ParleyScene

/// How an event's time reads on a bar: a filled dot when it is exact, a dashed ring when it was
/// reported only approximately, and a capsule over every instant the sources allow when they
/// give a range or disagree (with a tick at each claimed time), so no reader takes a reported
/// "about" or a dispute for a measured moment. An event of several parties shows each of them:
/// the dot split into wedges, the ring into arcs, a row of dots in the capsule. Every marker
/// stands in a halo of the background (its outline), so it reads against the bar as against
/// the page; a pale party colour is outlined in the text colour instead.
enum EventMarker {
    /// `x` maps a moment to the canvas; `y` is the marker's centre line; `colors` are the
    /// event's parties' colours in model order (one colour when it names none); `under` is what
    /// the marker's centre stands on (the bar, a segment, the page).
    static func nodes(
        at time: MeetingTime, x: (MeetingTime) -> Double, y: Double, radius: Double, colors: [Color], under: Color, theme: Theme
    ) -> [SceneNode] {
        let colors = colors.isEmpty ? [theme.text] : colors
        let theme = MarkerTheme(theme: theme, under: under)
        var nodes: [SceneNode] = []
        if time.isUncertain {
            let x0 = x(time.earliest), x1 = x(time.latest)
            // Never narrower than an exact dot: a one-minute dispute on a long axis stays visible.
            let width = max(x1 - x0, 2 * radius, Double(colors.count) * 2 * dotRadius(radius) + 2)
            let left = (x0 + x1 - width) / 2, right = left + width
            let frame = Rect(x: left, y: y - radius, width: right - left, height: 2 * radius)
            nodes.append(
                .rect(
                    RectShape(
                        frame: frame.insetBy(dx: -1, dy: -1), cornerRadius: radius + 1,
                        style: ShapeStyle(stroke: Stroke(color: theme.background, width: 2)))))
            nodes.append(
                .rect(
                    RectShape(
                        frame: frame, cornerRadius: radius,
                        style: ShapeStyle(fill: colors[0].withAlpha(0.35), stroke: Stroke(color: colors[0], width: 1.2)))))
            for claim in time.claims where !time.isRange {
                let claimX = x(claim.time)
                nodes.append(
                    .line(
                        Line(
                            from: Point(x: claimX, y: y - radius - 1.5), to: Point(x: claimX, y: y + radius + 1.5),
                            stroke: Stroke(color: theme.text, width: 1))))
            }
            if colors.count > 1 {
                // A row of dots, one a party, across the capsule's middle.
                let dot = dotRadius(radius), step = 2 * dot + 1
                let first = (left + right) / 2 - step * Double(colors.count - 1) / 2
                for (index, color) in colors.enumerated() {
                    nodes.append(
                        .circle(
                            Circle(
                                center: Point(x: first + step * Double(index), y: y), radius: dot,
                                style: ShapeStyle(fill: color, stroke: Stroke(color: edge(of: color, theme: theme), width: 1)))))
                }
            }
            return nodes
        }
        let center = Point(x: x(time), y: y)
        if time.isApproximate {
            // The dashed ring stands on a solid ring of the background, which sets it apart from the bar.
            nodes.append(
                .circle(Circle(center: center, radius: radius, style: ShapeStyle(stroke: Stroke(color: theme.background, width: 3.5)))))
            nodes += disc(center: center, radius: radius, colors: colors, ring: true, theme: theme)
            nodes += disc(center: center, radius: radius * 0.4, colors: colors, ring: false, theme: theme)
            return nodes
        }
        nodes += disc(center: center, radius: radius, colors: colors, ring: false, theme: theme)
        return nodes
    }

    /// The outline a filled dot stands in: a halo of the background where the dot's own colour
    /// stands out from what it is on; else whichever of the background and the text colour
    /// stands out more, so the dot's edge reads 3:1 against the bar, a segment or the page.
    static func edge(of fill: Color, theme: MarkerTheme) -> Color {
        if fill.contrastRatio(with: theme.under) >= 3 { return theme.background }
        return theme.background.contrastRatio(with: theme.under) >= theme.text.contrastRatio(with: theme.under)
            ? theme.background : theme.text
    }

    /// The theme's colours a marker uses, and what it stands on.
    struct MarkerTheme {
        let background: Color, text: Color, under: Color
        init(theme: Theme, under: Color) {
            background = theme.background
            text = theme.text
            self.under = under
        }
    }

    private static func dotRadius(_ radius: Double) -> Double { max(1.6, radius * 0.4) }

    /// A disc (or, with `ring`, a dashed circle) in one colour, or split into equal wedges (arcs)
    /// clockwise from the top, a party each; a disc is outlined in its edge colour.
    private static func disc(center: Point, radius: Double, colors: [Color], ring: Bool, theme: MarkerTheme) -> [SceneNode] {
        let dash = [1.6, 1.4]
        let outlineWidth = radius >= 3 ? 2.0 : radius >= 2 ? 1.5 : 1.0
        guard colors.count > 1 else {
            let style =
                ring
                ? ShapeStyle(stroke: Stroke(color: colors[0], width: 1.5, dash: dash))
                : ShapeStyle(fill: colors[0], stroke: Stroke(color: edge(of: colors[0], theme: theme), width: outlineWidth))
            return [.circle(Circle(center: center, radius: radius, style: style))]
        }
        let share = 2 * Double.pi / Double(colors.count)
        var nodes: [SceneNode] = colors.enumerated().map { index, color in
            let from = -Double.pi / 2 + share * Double(index), to = from + share
            let start = Point(x: center.x + radius * cos(from), y: center.y + radius * sin(from))
            if ring {
                return .path(
                    Path(
                        elements: [.move(to: start), .arc(center: center, radius: radius, startAngle: from, endAngle: to)],
                        style: ShapeStyle(stroke: Stroke(color: color, width: 1.5, dash: dash))))
            }
            return .path(
                Path(
                    elements: [
                        .move(to: center), .line(to: start), .arc(center: center, radius: radius, startAngle: from, endAngle: to), .close,
                    ], style: .filled(color)))
        }
        if !ring {
            // One edge for the whole disc: the one its least visible wedge needs.
            let faintest = colors.min { $0.contrastRatio(with: theme.under) < $1.contrastRatio(with: theme.under) } ?? colors[0]
            nodes.append(
                .circle(
                    Circle(
                        center: center, radius: radius,
                        style: ShapeStyle(stroke: Stroke(color: edge(of: faintest, theme: theme), width: outlineWidth))
                    )))
        }
        return nodes
    }
}

extension EventMarker {
    /// The marker `nodes` of `event` (with its label, where it has one of its own) as one group
    /// named for the event, with its party when it has one.
    /// No id: the events' group names them all, and ids stay for what a page links to.
    static func group(_ nodes: [SceneNode], event: Event) -> Group {
        Group(title: event.label, children: nodes, role: .event, party: event.parties.count == 1 ? event.parties.first : nil)
    }
}
