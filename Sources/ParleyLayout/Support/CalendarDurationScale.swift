import ParleyScene

/// The calendar's duration scale: stems are as tall as their rounds were long, so a vertical
/// scale at the left reads their lengths ("0", "1 h", "2 h"), ticked at a round step.
struct CalendarDurationScale {
    /// The longest round's duration: the top of the plot.
    let longest: Int
    /// The plot's height in points.
    let height: Double
    /// The step between ticks, in seconds.
    let step: Int
    /// The scale's labels, bottom up, and the column they take.
    let labels: [(seconds: Int, text: String)]
    let width: Double
    let typesetter: Typesetter
    let strings: Strings

    /// Steps tried in order: at most four ticks above zero.
    static let steps = [60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172_800, 604_800]

    init(longest: Int, height: Double, typesetter: Typesetter, strings: Strings) {
        self.strings = strings
        self.longest = max(longest, 1)
        self.height = height
        self.typesetter = typesetter
        let longest = self.longest
        var step = Self.steps.first { longest / $0 <= 4 } ?? (longest / 4 + 1)
        if longest / step == 0 { step = longest }
        self.step = step
        labels = stride(from: 0, through: longest, by: step).map {
            ($0, $0 == 0 ? "0" : Formatting.duration(seconds: $0, strings: strings))
        }
        let widest = labels.map { typesetter.width($0.text, .tick) }.max() ?? 0
        width = max(widest, typesetter.width(strings.text(.calendarDurationScaleTitle), .tick)) + 12
    }

    /// The scale as a group: its line at `left`, its ticks and labels, its title over it.
    func group(baseline: Double, left: Double, right: Double, margin: Double) -> SceneNode {
        let theme = typesetter.theme
        let top = baseline - height
        var nodes: [SceneNode] = [
            .line(
                Line(
                    from: Point(x: left - 4, y: baseline), to: Point(x: left - 4, y: top),
                    stroke: Stroke(color: theme.secondaryText, width: 1)))
        ]
        let lineHeight = typesetter.lineHeight(.tick)
        for (seconds, text) in labels {
            let y = baseline - height * Double(seconds) / Double(longest)
            nodes.append(
                .line(
                    Line(from: Point(x: left - 8, y: y), to: Point(x: left - 4, y: y), stroke: Stroke(color: theme.secondaryText, width: 1))
                ))
            if seconds > 0 {
                nodes.append(
                    .line(
                        Line(
                            from: Point(x: left, y: y), to: Point(x: right, y: y),
                            stroke: Stroke(color: theme.rule, width: 0.5, dash: [2, 3]))))
            }
            // The zero label would sit on the date axis' first label: the axis line says zero.
            guard seconds > 0 else { continue }
            nodes.append(.text(typesetter.run(text, .tick, at: Point(x: left - 10, y: y - lineHeight / 2), alignment: .right)))
        }
        let title = typesetter.run(
            strings.text(.calendarDurationScaleTitle), .tick, at: Point(x: margin, y: top - 1.5 * lineHeight - 3),
            weight: .bold)
        nodes.append(.text(title))
        return .group(Group(id: "duration-scale", title: strings.text(.calendarDurationScaleTitle), children: nodes, role: .legend))
    }

    /// `positions` moved apart to at least `spacing` from each other, in their order along the
    /// axis, as little as possible and inside `limits`: stems of rounds on one day stand side by side.
    static func sideBySide(_ positions: [Double], spacing: Double, within limits: ClosedRange<Double>) -> [Double] {
        let order = positions.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        var placed = positions
        var previous = -Double.infinity
        for index in order {
            placed[index] = max(positions[index], previous + spacing)
            previous = placed[index]
        }
        // Pushed past the right end: pull back from there, as far as the left end allows.
        var next = Double.infinity
        for index in order.reversed() {
            placed[index] = max(min(placed[index], next - spacing, limits.upperBound), limits.lowerBound)
            next = placed[index]
        }
        return placed
    }
}
