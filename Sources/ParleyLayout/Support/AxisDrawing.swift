import ParleyScene

/// What an axis drawing needs of a scale: where its ticks are and where a value stands.
protocol AxisScale {
    /// Values of the labelled ticks, in order.
    var majorTicks: [Int] { get }
    /// Values of the unlabelled ticks.
    var minorTicks: [Int] { get }
    /// Where `value` falls between `left` and `right`.
    func position(_ value: Int, left: Double, right: Double) -> Double
}

extension TimeAxis: AxisScale {}
extension ZonedTimeAxis: AxisScale {}

/// Draws a horizontal time axis: the line, major ticks with labels, minor ticks, and a date
/// under the ticks that fall on a new day.
enum AxisDrawing {
    static func horizontal(
        _ axis: some AxisScale, y: Double, left: Double, right: Double, typesetter: Typesetter,
        label: (Int) -> String, dateMark: (Int) -> String? = { _ in nil }, gridTop: Double? = nil
    ) -> (nodes: [SceneNode], height: Double) {
        let theme = typesetter.theme
        var nodes: [SceneNode] = [
            .line(Line(from: Point(x: left, y: y), to: Point(x: right, y: y), stroke: Stroke(color: theme.secondaryText, width: 1)))
        ]
        for tick in axis.minorTicks {
            let x = axis.position(tick, left: left, right: right)
            nodes.append(
                .line(Line(from: Point(x: x, y: y), to: Point(x: x, y: y + 3), stroke: Stroke(color: theme.secondaryText, width: 0.75))))
        }
        var height = 0.0
        var lastLabelEnd = -Double.infinity
        // The last label placed: where it stands in `nodes`, and whether the axis' end pushed it
        // off its tick (such a label gives way to a regular neighbour, so the step stays even).
        var lastLabel: (nodes: Range<Int>, wasPushed: Bool)?
        for tick in axis.majorTicks {
            let x = axis.position(tick, left: left, right: right)
            if let gridTop {
                nodes.append(
                    .line(
                        Line(
                            from: Point(x: x, y: gridTop), to: Point(x: x, y: y),
                            stroke: Stroke(color: theme.rule, width: 0.5, dash: [2, 3]))))
            }
            nodes.append(
                .line(Line(from: Point(x: x, y: y), to: Point(x: x, y: y + 6), stroke: Stroke(color: theme.secondaryText, width: 1))))
            let centred = typesetter.run(label(tick), .tick, at: Point(x: x, y: y + 8), alignment: .center)
            var run = centred.fittingStart(in: left...right)
            // The step was chosen for the widest label; this guards the ends, where labels are pushed inwards.
            if run.frame.minX < lastLabelEnd + 8 {
                guard let previous = lastLabel, previous.wasPushed, run.frame == centred.frame else { continue }
                nodes.removeSubrange(previous.nodes)
            }
            lastLabelEnd = run.frame.maxX
            let firstNode = nodes.count
            let wasPushed = run.frame != centred.frame
            nodes.append(.text(run))
            height = max(height, 8 + run.metrics.height)
            if let date = dateMark(tick) {
                run = typesetter.run(date, .tick, at: Point(x: x, y: y + 8 + run.metrics.height), alignment: .center, weight: .bold)
                    .fittingStart(in: left...right)
                nodes.append(.text(run))
                height = max(height, 8 + 2 * run.metrics.height)
            }
            lastLabel = (firstNode..<nodes.count, wasPushed)
        }
        return (nodes, height)
    }
}
