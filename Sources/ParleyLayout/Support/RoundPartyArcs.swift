import Foundation
import ParleyModel
import ParleyScene

/// At a round table, what joins one party's consecutive seats and names it on the table: an arc
/// in the party's colour just inside the edge along its run of seats, and the party's name
/// inside the table facing that run when it fits whole without meeting another name.
struct RoundPartyArcs {
    let typesetter: Typesetter
    let style: PartyStyle

    /// The arcs and names for `seats` spaced evenly clockwise from the top of a table of `radius`
    /// centred on (0, 0).
    func nodes(_ seats: [Seat], radius: Double) -> [SceneNode] {
        guard seats.count > 1 else { return [] }
        let step = 2 * Double.pi / Double(seats.count)
        func angle(_ index: Double) -> Double { -Double.pi / 2 + step * index }
        var runs = SideCaptions.runs(seats)
        // A party seated across the top (last seats and first seats) is one run.
        if runs.count > 1, let first = runs.first, let last = runs.last, first.party == last.party, first.first == 0,
            last.last == seats.count - 1
        {
            runs[0].first = last.first - seats.count
            runs.removeLast()
        }
        let arcRadius = radius - 5
        var arcs: [SceneNode] = []
        var names: [SceneNode] = []
        var taken: [Rect] = []
        let gap = min(step * 0.12, 4 / arcRadius)
        for run in runs {
            let from = angle(Double(run.first) - 0.5) + gap, to = angle(Double(run.last) + 0.5) - gap
            let segments = max(4, Int((to - from) * arcRadius / 6))
            let points = (0...segments).map { index -> Point in
                let theta = from + (to - from) * Double(index) / Double(segments)
                return Point(x: arcRadius * cos(theta), y: arcRadius * sin(theta))
            }
            arcs.append(.polyline(Polyline(points: points, style: ShapeStyle(stroke: Stroke(color: style.color(run.party), width: 5)))))
            if let name = name(run.party, at: (from + to) / 2, span: to - from, radius: arcRadius - 8, taken: taken) {
                names.append(.text(name))
                taken.append(name.frame)
            }
        }
        return [.group(Group(id: "party-arcs", children: arcs + names))]
    }

    /// The party's name inside the table, its outer edge at `radius` facing `angle`, if it fits
    /// on one line within the run's chord and the table and meets no name already placed.
    private func name(_ party: String, at angle: Double, span: Double, radius: Double, taken: [Rect]) -> TextRun? {
        let text = style.name(party)
        let chord = 2 * radius * sin(min(span, Double.pi) / 2)
        let limit = min(max(chord, 0), radius * 1.2)
        let width = typesetter.width(text, .small, cappedAt: limit + 1)
        guard width <= limit else { return nil }
        let height = typesetter.lineHeight(.small)
        let (cx, cy) = (cos(angle), sin(angle))
        // The box's centre, moved in from the edge point by half its extent along the direction.
        let center = Point(x: radius * cx - cx * width / 2, y: radius * cy - cy * height / 2)
        let run = typesetter.run(
            text, .small, at: Point(x: center.x, y: center.y - height / 2), alignment: .center, color: typesetter.theme.secondaryText,
            weight: .bold)
        let frame = run.frame
        let corners = [
            Point(x: frame.minX, y: frame.minY), Point(x: frame.maxX, y: frame.minY), Point(x: frame.minX, y: frame.maxY),
            Point(x: frame.maxX, y: frame.maxY),
        ]
        guard corners.allSatisfy({ ($0.x * $0.x + $0.y * $0.y).squareRoot() <= radius + 1 }),
            !taken.contains(where: { $0.insetBy(dx: -4, dy: -2).intersects(frame) })
        else { return nil }
        return run
    }
}
