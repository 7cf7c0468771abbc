import ParleyModel
import ParleyScene

/// The time axis under one round: ticks labelled with the wall clock of the round's zone at
/// their instants, the date under the first tick of each new day, and every clock change
/// inside the span drawn at its instant and named there.
enum RoundAxisDrawing {
    /// The axis' nodes (in a group titled as the time axis) with the changes' names, the
    /// changes' lines from `changeTop` down to the axis, broken around the texts in `avoiding`
    /// (for the caller to put under the bar, so that they never cross its text), and the
    /// height the axis and the names take below `y`.
    static func draw(
        _ axis: ZonedTimeAxis, times: RoundTimeText, y: Double, left: Double, right: Double, changeTop: Double,
        avoiding: [Rect] = [], typesetter: Typesetter
    ) -> (nodes: [SceneNode], underlay: [SceneNode], height: Double) {
        let round = times.round
        let ticks = axis.majorTicks
        // A date under the first tick of every local date after the one before it.
        var dateMarks: [Int: String] = [:]
        var previousDate = round.date
        for (index, tick) in ticks.enumerated() {
            let date = axis.zone.wallClock(at: tick).date
            if date != previousDate || (index == 0 && date != round.date) {
                dateMarks[tick] = Formatting.shortDate(date, strings: times.strings)
            }
            previousDate = date
        }
        let drawn = AxisDrawing.horizontal(
            axis, y: y, left: left, right: right, typesetter: typesetter,
            label: { times.wallClock(at: $0) }, dateMark: { dateMarks[$0] })
        var nodes: [SceneNode] = [
            .group(Group(id: "axis", title: times.strings.text(.timeAxisTitle), children: drawn.nodes, role: .axis))
        ]
        var height = drawn.height

        // Found from the zone's offsets, so a change of standard time is drawn as much as daylight saving.
        let changes = ZonedTimeAxis.offsetChanges(in: axis.start...axis.end, zone: axis.zone)
        guard !changes.isEmpty else { return (nodes, [], height) }
        let theme = typesetter.theme
        // A span of years holds dozens of changes: past a few they are counted, not drawn one by one.
        guard changes.count <= maximumDrawnChanges else {
            let run = typesetter.run(
                times.strings.text(.clockChangesCounted, count: changes.count), .small, at: Point(x: left, y: y + height + 4),
                maxWidth: right - left, overflow: .wrap)
            nodes.append(.group(Group(id: "clock-change-names", title: times.strings.text(.zoneChangeTitle), children: [.text(run)])))
            return (nodes, [], height + 4 + run.metrics.height)
        }
        var changeNodes: [SceneNode] = []
        var lines: [SceneNode] = []
        var lanes = LabelLanes(gap: 8)
        var runs: [(TextRun, Int)] = []
        for change in changes {
            let x = axis.position(change, left: left, right: right)
            var top = changeTop
            for frame in avoiding.filter({ $0.minX - 2 <= x && x <= $0.maxX + 2 }).sorted(by: { $0.minY < $1.minY }) {
                if frame.minY - 1 > top { lines.append(changeLine(x: x, from: top, to: frame.minY - 1, theme: theme)) }
                top = max(top, frame.maxY + 1)
            }
            lines.append(changeLine(x: x, from: top, to: y + 6, theme: theme))
            // Wrapped to the axis: "clocks forward 03:00 → 04:00 · EET → EEST" in a longer
            // language outgrows a narrow chart.
            let run = typesetter.run(
                times.change(at: change), .small, at: Point(x: x, y: 0), alignment: .center, maxWidth: right - left, overflow: .wrap
            ).fittingStart(in: left...right)
            let lane = lanes.place(run.frame.minX...run.frame.maxX)
            runs.append((run, lane))
        }
        let lineHeight = runs.map(\.0.metrics.height).max() ?? 0
        for (run, lane) in runs {
            changeNodes.append(.text(run.offsetBy(dx: 0, dy: y + height + 4 + Double(lane) * (lineHeight + 2))))
        }
        height += 4 + Double(lanes.count) * (lineHeight + 2)
        nodes.append(.group(Group(id: "clock-change-names", title: times.strings.text(.zoneChangeTitle), children: changeNodes)))
        return (nodes, [.group(Group(id: "clock-changes", title: times.strings.text(.zoneChangeTitle), children: lines))], height)
    }

    /// The most clock changes drawn and named one by one on one axis.
    static let maximumDrawnChanges = 6

    private static func changeLine(x: Double, from top: Double, to bottom: Double, theme: Theme) -> SceneNode {
        .line(Line(from: Point(x: x, y: top), to: Point(x: x, y: bottom), stroke: Stroke(color: theme.text, width: 1, dash: [4, 2])))
    }
}
