import ParleyColor
import ParleyModel
import ParleyScene

/// A round's segment labels: inside its band when the whole label fits there, otherwise under
/// the bar, in lanes, with a leader line up to the segment's middle; never cut, never dropped.
enum SegmentLabels {
    /// The labels inside the bar, those under it (from `below` down), and the height those take.
    static func make(
        _ round: Round, x: (MeetingTime) -> Double, barTop: Double, barHeight: Double, below: Double, bar: Color,
        limits: ClosedRange<Double>, typesetter: Typesetter, notes: ChartNotes, style: PartyStyle
    ) -> (inside: [SceneNode], outside: [SceneNode], height: Double) {
        var inside: [SceneNode] = []
        var outside: [(run: TextRun, lane: Int, stem: Double)] = []
        let lineHeight = typesetter.lineHeight(.small)
        for (index, segment) in round.segments.enumerated() {
            let text = notes.marker(.segment(round: round.id, index: index)).map { "\($0) \(segment.label)" } ?? segment.label
            let s0 = x(segment.start.latest), s1 = max(x(segment.end.earliest), s0)
            let width = typesetter.width(text, .small)
            if width <= s1 - s0 - 8 {
                let fill = SegmentStyle.fill(segment.kind, index: index, bar: bar, theme: typesetter.theme)
                inside.append(
                    .text(
                        typesetter.run(
                            text, .small, at: Point(x: s0 + 4, y: barTop + (barHeight - lineHeight) / 2), color: style.textColor(on: fill)))
                )
                continue
            }
            let middle = (s0 + s1) / 2
            outside.append((typesetter.run(text, .small, at: .zero), 0, middle))
        }
        // Each label reads rightwards from just left of its leader line, as event labels do, and
        // wraps short of the next leader line to its right and of the canvas' edge (never under
        // its longest word): a label pulled back from the edge would stand over other lines.
        let stems = outside.map(\.stem).sorted()
        var readsLeft = Array(repeating: false, count: outside.count)
        for index in outside.indices {
            let text = outside[index].run.text, start = outside[index].stem - 6
            let next = stems.first { $0 > outside[index].stem + 0.5 } ?? .infinity
            let longestWord = text.split(separator: " ").prefix(64).map { typesetter.width(String($0), .small) }.max() ?? 0
            let room = max(min(next - 4, limits.upperBound) - start, longestWord + 2, 40)
            let run = typesetter.run(text, .small, at: Point(x: start, y: 0), maxWidth: room, overflow: .wrap)
            let width = run.metrics.width + 0.5
            // Too wide to read rightwards before the edge, it reads leftwards, ending at its line,
            // and goes below every other label (placed last), whose lines then stop above it.
            readsLeft[index] = start + width > limits.upperBound
            let anchor = readsLeft[index] ? Point(x: outside[index].stem + 6 - width, y: 0) : Point(x: start, y: 0)
            outside[index].run = typesetter.run(text, .small, at: anchor, maxWidth: width, overflow: .wrap).fittingStart(in: limits)
        }
        guard !outside.isEmpty else { return (inside, [], 0) }
        // Right to left: every label placed before one starts further right, so its leader line
        // rises clear of them (centred labels placed in either order still let lines cross).
        // Rightward readers from the right; then leftward readers from the left, each below the last.
        func order(_ left: Bool, _ stem: Double) -> (Int, Double) { left ? (1, stem) : (0, -stem) }
        var lanes = LabelLanes(gap: 8)
        for index in outside.indices.sorted(by: { order(readsLeft[$0], outside[$0].stem) < order(readsLeft[$1], outside[$1].stem) }) {
            outside[index].lane = lanes.place(outside[index].run.frame.minX...outside[index].run.frame.maxX, stem: outside[index].stem)
        }
        var laneHeights = Array(repeating: 0.0, count: lanes.count)
        for item in outside { laneHeights[item.lane] = max(laneHeights[item.lane], item.run.metrics.height) }
        var laneTops: [Double] = []
        var top = below + 6
        for height in laneHeights {
            laneTops.append(top)
            top += height + 4
        }
        var nodes: [SceneNode] = []
        let barBottom = barTop + barHeight
        for item in outside {
            let run = item.run.offsetBy(dx: 0, dy: laneTops[item.lane])
            nodes.append(
                .line(
                    Line(
                        from: Point(x: item.stem, y: barBottom), to: Point(x: item.stem, y: run.frame.minY - 1),
                        stroke: Stroke(color: typesetter.theme.secondaryText, width: 0.75))))
            nodes.append(.text(run))
        }
        return (inside, nodes, top - below)
    }
}
