import ParleyModel
import ParleyScene

/// A linear scale of whole seconds (seconds of a day, or instants) at a fixed number of points a
/// second from an origin: the day planner draws every row at one such rate, so an hour is as
/// wide on a 25-hour day as on any other, and its axes place ticks by it.
struct DayClockScale: AxisScale {
    /// The value drawn at `left`.
    let origin: Int
    let left: Double
    let pointsPerSecond: Double
    let majorTicks: [Int]
    let minorTicks: [Int]

    /// Ignores `left` and `right`: the scale carries its own, so a row longer than the header
    /// (a 25-hour day) is drawn at the header's rate.
    func position(_ value: Int, left _: Double, right _: Double) -> Double { x(value) }

    func x(_ value: Int) -> Double { left + Double(value - origin) * pointsPerSecond }

    /// Multiples of `step` (seconds of the day) in `lower...upper`, as wall-clock ticks read.
    static func multiples(of step: Int, in lower: Int, _ upper: Int) -> [Int] {
        guard step > 0, lower <= upper else { return [] }
        let first = (lower + step - 1) / step * step
        return Array(stride(from: first, through: upper, by: step))
    }
}

extension DayClockScale {
    /// `AxisDrawing`'s axis whose labels may stand anywhere over `labels` (the room the planner
    /// keeps past the line's ends, so the first and last are not pushed off their ticks), with the
    /// line itself only over `line`.
    func drawn(
        y: Double, line: ClosedRange<Double>, labels: ClosedRange<Double>, typesetter: Typesetter, label: (Int) -> String,
        gridTop: Double? = nil
    ) -> (nodes: [SceneNode], height: Double) {
        var drawn = AxisDrawing.horizontal(
            self, y: y, left: labels.lowerBound, right: labels.upperBound, typesetter: typesetter, label: label, gridTop: gridTop)
        // The drawing's first node is its line, from `left` to `right`.
        if !drawn.nodes.isEmpty {
            drawn.nodes[0] = .line(
                Line(
                    from: Point(x: line.lowerBound, y: y), to: Point(x: line.upperBound, y: y),
                    stroke: Stroke(color: typesetter.theme.secondaryText, width: 1)))
        }
        return drawn
    }
}

extension Formatting {
    /// "Sat 26 Oct": the weekday and the short date, as the day planner's rows start.
    static func weekdayDate(_ date: LocalDate, strings: Strings) -> String {
        strings.text(
            .dayPlannerRowDate,
            [.value: weekday(date, strings: strings), .day: String(date.day), .month: strings.month(date.month, short: true)])
    }

    /// The abbreviated weekday of `date` ("Sat").
    static func weekday(_ date: LocalDate, strings: Strings) -> String {
        // 1970-01-01 was a Thursday: 3 days after a Monday.
        let index = ((date.daysSinceEpoch + 3) % 7 + 7) % 7
        let keys: [StringKey] = [
            .weekdayMondayShort, .weekdayTuesdayShort, .weekdayWednesdayShort, .weekdayThursdayShort, .weekdayFridayShort,
            .weekdaySaturdayShort, .weekdaySundayShort,
        ]
        return strings.text(keys[index])
    }
}
