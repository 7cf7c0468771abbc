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
            let run = typesetter.run(
                text, .small, at: Point(x: middle, y: 0), alignment: .center, maxWidth: limits.upperBound - limits.lowerBound,
                overflow: .wrap
            ).fittingStart(in: limits)
            outside.append((run, 0, middle))
        }
        guard !outside.isEmpty else { return (inside, [], 0) }
        // Placed left to right and right to left: the order whose leader lines cross fewer
        // labels (then the fewer lanes) is kept. Segments are few, so trying both is cheap.
        func placed(_ order: [Int]) -> (lanes: LabelLanes, lane: [Int: Int]) {
            var lanes = LabelLanes(gap: 8)
            var lane: [Int: Int] = [:]
            for index in order {
                lane[index] = lanes.place(outside[index].run.frame.minX...outside[index].run.frame.maxX, stem: outside[index].stem)
            }
            return (lanes, lane)
        }
        let forward = placed(Array(outside.indices)), backward = placed(outside.indices.reversed())
        let best =
            (backward.lanes.crossings, backward.lanes.count) < (forward.lanes.crossings, forward.lanes.count) ? backward : forward
        let lanes = best.lanes
        for index in outside.indices { outside[index].lane = best.lane[index] ?? 0 }
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
