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
    /// `named`: whether every run's party got its name on the table.
    func nodes(_ seats: [Seat], radius: Double) -> (nodes: [SceneNode], named: Bool) {
        guard seats.count > 1 else { return ([], true) }
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
        return ([.group(Group(id: "party-arcs", children: arcs + names))], names.count == runs.count)
    }

    /// The party's name inside the table, its outer edge at `radius` facing `angle`, if it fits
    /// in two lines about as wide as the run's chord, inside the table, meeting no name placed.
    private func name(_ party: String, at angle: Double, span: Double, radius: Double, taken: [Rect]) -> TextRun? {
        let text = style.name(party)
        let chord = 2 * radius * sin(min(span, Double.pi) / 2)
        let limit = min(max(chord, 60), radius * 1.2)
        // One line when it fits, else two; a name that needs more waits for a larger table. A
        // name wider than two lines is not set at all: long text is costly (`ChartBudget`).
        guard typesetter.width(text, .small, cappedAt: 2 * limit + 1) <= 2 * limit else { return nil }
        // A word is never broken ("Switzerla/nd"): a name with a word wider than the room is left out.
        let bold = typesetter.font(.small).with(weight: .bold)
        let words = text.split(separator: " ").prefix(16)
        guard words.allSatisfy({ typesetter.measurer.width(of: String($0), font: bold, cappedAt: limit + 1) <= limit }) else { return nil }
        var probe = typesetter.run(text, .small, at: .zero, alignment: .center, maxWidth: limit, weight: .bold)
        if probe.metrics.isTruncated {
            probe = typesetter.run(text, .small, at: .zero, alignment: .center, maxWidth: limit, overflow: .wrap, weight: .bold)
            guard probe.metrics.lines.count <= 2 else { return nil }
        }
        let (width, height) = (probe.metrics.width, probe.metrics.height)
        let (cx, cy) = (cos(angle), sin(angle))
        // From the edge inwards, the first place where the whole box lies inside the table.
        var distance = radius - min(width, height) / 2
        while distance > 0 {
            let center = Point(x: distance * cx, y: distance * cy)
            let frame = Rect(x: center.x - width / 2, y: center.y - height / 2, width: width, height: height)
            if frame.corners.allSatisfy({ ($0.x * $0.x + $0.y * $0.y).squareRoot() <= radius }) {
                guard !taken.contains(where: { $0.insetBy(dx: -4, dy: -2).intersects(frame) }) else { return nil }
                return typesetter.run(
                    text, .small, at: Point(x: center.x, y: frame.minY), alignment: .center, maxWidth: limit,
                    overflow: probe.metrics.lines.count > 1 ? .wrap : .ellipsis, color: typesetter.theme.secondaryText, weight: .bold)
            }
            distance -= 2
        }
        return nil
    }
}
