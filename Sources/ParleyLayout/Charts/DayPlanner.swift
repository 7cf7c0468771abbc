import ParleyModel
import ParleyScene

/// Rounds of a multi-day meeting as a week planner (`--align days`): a row per local date of
/// the meeting's zone with a session, its weekday and date once at its start, hours across on
/// one axis from the earliest to the latest wall-clock time of any session. Rounds of one day
/// stand side by side at their real times, in sub-lanes where they overlap, each labelled with
/// its title, times and duration; a round past midnight goes on into the next day's row; a
/// day whose clocks change is drawn 23 or 25 hours long with its own times under it; days
/// without sessions between two with some are one compact row that counts them.
struct DayPlanner {
    let meeting: Meeting
    let rounds: [Round]
    let options: LayoutOptions
    let typesetter: Typesetter
    let style: PartyStyle
    var strings: Strings { style.strings }

    let margin = 24.0, barHeight = 14.0

    /// What every row shares: where the plot stands and how instants map onto it.
    struct Frame {
        let rows: DayRows
        /// Wall-clock seconds of the day at the axis' ends.
        let windowStart: Int, windowEnd: Int
        let plotLeft: Double, plotRight: Double
        /// The left edge of labels and the right edge of everything.
        let labelLeft: Double, right: Double
        let pointsPerSecond: Double
        let dateLeft: Double, dateWidth: Double
        /// On a narrow canvas each day's date stands on a line of its own over its row, so the
        /// hours get the whole width instead of sharing it with a date column.
        let datesAbove: Bool

        /// The instant at which `day`'s wall clock reads the axis' start: the row's left end.
        func origin(of day: DayRows.Day) -> Int { DayRows.instant(day.date, secondsOfDay: windowStart, zone: rows.zone) }
        /// The instant at which `day`'s wall clock reads the axis' end.
        func end(of day: DayRows.Day) -> Int { DayRows.instant(day.date, secondsOfDay: windowEnd, zone: rows.zone) }
        /// Where `instant` stands on `day`'s row.
        func x(_ instant: Int, on day: DayRows.Day) -> Double { plotLeft + Double(instant - origin(of: day)) * pointsPerSecond }
    }

    func scene() throws(LayoutError) -> Scene {
        try ChartBudget.check(TimelineLayout.name, rounds: rounds, drawn: [.rounds, .events])
        let theme = options.theme
        let width = try options.canvasWidth(natural: 900, minimum: 320)
        let rows = DayRows(rounds: rounds, zone: meeting.timeZone)
        let days = rows.days
        var nodes: [SceneNode] = []
        var y = margin
        let notes = ChartNotes(meeting: meeting, rounds: rounds, parts: .rounds, options: options)
        if options.showsTitle {
            let first = days.first?.date ?? rounds[0].date, last = days.last?.date ?? first
            let subtitle =
                first == last
                ? strings.text(.dayPlannerSubtitleOneDay, count: rounds.count, [.date: Formatting.date(first, strings: strings)])
                : strings.text(
                    .dayPlannerSubtitle, count: rounds.count,
                    [.from: Formatting.date(first, strings: strings), .to: Formatting.date(last, strings: strings)])
            let block = TitleBlock.make(
                title: notes.marked(style.meetingTitle, .meeting), subtitle: subtitle, at: Point(x: margin, y: y),
                width: width - 2 * margin, typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 14
        }
        let frame = makeFrame(rows: rows, width: width)
        let axisTitle = strings.text(.dayPlannerAxisTitle, [.zone: zoneNames(days: days, frame: frame)])
        let titleRun = typesetter.run(
            axisTitle, .small, at: Point(x: margin, y: y), maxWidth: frame.dateWidth, overflow: .wrap, weight: .bold)
        let header = headerScale(frame)
        let axisTop =
            frame.datesAbove
            ? y + titleRun.metrics.height + 4 : y + max(0, titleRun.metrics.height - typesetter.lineHeight(.tick) - 8)
        y = axisTop + typesetter.lineHeight(.tick) + 8 + 10

        var rowNodes: [SceneNode] = []
        var continues = false, clocksChange = false
        for row in rows.rows {
            switch row {
            case .gap(let count):
                let run = typesetter.run(
                    strings.text(.dayPlannerGap, count: count), .small, at: Point(x: frame.dateLeft, y: y),
                    maxWidth: frame.right - frame.dateLeft, overflow: .wrap)
                rowNodes.append(
                    .line(
                        Line(
                            from: Point(x: frame.dateLeft, y: y - 5), to: Point(x: frame.right, y: y - 5),
                            stroke: Stroke(color: theme.rule, width: 0.5, dash: [3, 3]))))
                rowNodes.append(.text(run))
                y += run.metrics.height + 10
            case .day(let day):
                let drawn = try DayPlannerRow(planner: self, frame: frame, day: day, notes: notes).nodes(top: y)
                rowNodes.append(
                    .line(
                        Line(
                            from: Point(x: frame.dateLeft, y: y - 5), to: Point(x: frame.right, y: y - 5),
                            stroke: Stroke(color: theme.rule, width: 0.5))))
                // One group a day, named for it: a screen reader reads the planner row by row.
                let title = strings.text(.dayPlannerRowTitle, [.date: Formatting.date(day.date, strings: strings)])
                rowNodes.append(.group(Group(id: "day-\(day.date)", title: title, children: drawn.nodes)))
                continues = continues || day.pieces.contains { $0.continuesToNextDay }
                clocksChange = clocksChange || !day.clockChanges.isEmpty
                y += drawn.height + 10
            }
            try LayoutOptions.checkGrowingHeight(y, at: meeting.location, remedy: .fewerRounds)
            try ChartBudget.checkText(typesetter, at: meeting.location)
        }
        let rowsBottom = y - 4
        let top = header.drawn(
            y: axisTop, line: frame.plotLeft...frame.plotRight, labels: frame.labelLeft...frame.right, typesetter: typesetter,
            label: { options.clock.text(secondsOfDay: $0, strings: strings) }, gridTop: rowsBottom)
        nodes.append(.group(Group(id: "axis", title: axisTitle, children: [.text(titleRun)] + top.nodes, role: .axis)))
        nodes += rowNodes
        // A tall planner repeats the hours under its last row.
        if days.count > 5 {
            let bottom = header.drawn(
                y: rowsBottom, line: frame.plotLeft...frame.plotRight, labels: frame.labelLeft...frame.right, typesetter: typesetter,
                label: { options.clock.text(secondsOfDay: $0, strings: strings) })
            nodes.append(.group(Group(id: "axis-bottom", title: axisTitle, children: bottom.nodes, role: .axis)))
            y = rowsBottom + bottom.height + 10
        }
        var keys: [String] = []
        if continues { keys.append(strings.text(.dayPlannerContinuesKey)) }
        if clocksChange { keys.append(strings.text(.dayPlannerClockChangeKey)) }
        if rounds.contains(where: { RoundTimeText.differ($0.timeZone, meeting.timeZone, over: $0) }) {
            keys.append(strings.text(.dayPlannerOtherZonesKey, [.zone: zoneNames(days: days, frame: frame)]))
        }
        if !keys.isEmpty {
            let run = typesetter.run(
                keys.joined(separator: " · "), .small, at: Point(x: margin, y: y), maxWidth: width - 2 * margin, overflow: .wrap)
            nodes.append(.text(run))
            y += run.metrics.height + 8
        }
        let notesBlock = try NotesBlock.make(
            notes, at: Point(x: margin, y: y), width: width - 2 * margin, typesetter: typesetter, location: meeting.location)
        nodes += notesBlock.nodes
        y += notesBlock.height + (notesBlock.nodes.isEmpty ? 0 : 8)
        let height = try options.canvasHeight(needed: y + margin - 8)
        let summary = MeetingDescription.rounds(rounds, in: meeting, clock: options.clock, style: style)
        return Scene(
            size: Size(width: width, height: height), background: theme.background,
            title: strings.text(.dayPlannerSceneTitle, [.meeting: style.meetingTitle]), description: notes.describing(summary),
            nodes: nodes)
    }

    /// The axis' window (whole hours around every piece) and the columns.
    private func makeFrame(rows: DayRows, width: Double) -> Frame {
        var lowest = 86400, highest = 0
        for day in rows.days {
            for piece in day.pieces {
                lowest = min(lowest, rows.wallSeconds(piece.start, on: day))
                highest = max(highest, piece.continuesToNextDay ? 86400 : rows.wallSeconds(piece.end, on: day))
            }
        }
        var windowStart = max(0, lowest / 3600 * 3600)
        var windowEnd = min(86400, max((highest + 3599) / 3600 * 3600, windowStart + 3600))
        let dateWidest = rows.days.map { typesetter.width(Formatting.weekdayDate($0.date, strings: strings), .heading) }.max() ?? 60
        let datesAbove = width < Self.narrowestWithDateColumn
        let dateWidth = datesAbove ? width - 2 * margin : min(max(dateWidest, 56) + 4, width * 0.3)
        let tickHalf = (typesetter.width(options.clock.text(secondsOfDay: 22 * 3600 + 2700, strings: strings), .tick) + 4) / 2
        let dateLeft = margin
        let labelLeft = datesAbove ? margin : dateLeft + dateWidth + 10
        // Room for the arrow of a round carried over from the day before, left of midnight.
        let plotLeft = labelLeft + max(tickHalf, 10)
        let right = width - margin
        let plotRight = max(right - tickHalf - 6, plotLeft + 40)
        // Out to the labelled ticks around the hours (one step at most), so the axis starts and
        // ends on a label; only steps that divide the day, so ticks stay on the hour.
        let step = TimeAxis(covering: windowStart, windowEnd, width: plotRight - plotLeft, minimumSpacing: 2 * tickHalf + 10).step
        if step <= 86400, 86400 % step == 0 {
            windowStart = windowStart / step * step
            windowEnd = min(86400, (windowEnd + step - 1) / step * step)
        }
        // The longest row: a day whose clocks go back holds an hour more between the same wall-clock times.
        let longest =
            rows.days.map { day in
                DayRows.instant(day.date, secondsOfDay: windowEnd, zone: rows.zone)
                    - DayRows.instant(day.date, secondsOfDay: windowStart, zone: rows.zone)
            }.max() ?? (windowEnd - windowStart)
        return Frame(
            rows: rows, windowStart: windowStart, windowEnd: windowEnd, plotLeft: plotLeft, plotRight: plotRight,
            labelLeft: labelLeft, right: right, pointsPerSecond: (plotRight - plotLeft) / Double(max(longest, 60)),
            dateLeft: dateLeft, dateWidth: dateWidth, datesAbove: datesAbove)
    }

    /// Narrower canvases put each date over its row (`Frame.datesAbove`).
    static let narrowestWithDateColumn = 480.0

    /// The hours across the top: wall-clock seconds of the day, at the rows' rate.
    private func headerScale(_ frame: Frame) -> DayClockScale {
        let tickWidth = typesetter.width(options.clock.text(secondsOfDay: 22 * 3600 + 2700, strings: strings), .tick) + 14
        let steps = TimeAxis(
            covering: frame.windowStart, frame.windowEnd, width: frame.plotRight - frame.plotLeft, minimumSpacing: tickWidth)
        let major = DayClockScale.multiples(of: steps.step, in: frame.windowStart, frame.windowEnd)
        let minor =
            steps.minorStep > 0
            ? DayClockScale.multiples(of: steps.minorStep, in: frame.windowStart, frame.windowEnd).filter { $0 % steps.step != 0 } : []
        return DayClockScale(
            origin: frame.windowStart, left: frame.plotLeft, pointsPerSecond: frame.pointsPerSecond, majorTicks: major, minorTicks: minor)
    }

    /// The meeting zone's names over the rows' windows, each once, in order: "CEST", or "CEST, then CET".
    private func zoneNames(days: [DayRows.Day], frame: Frame) -> String {
        var names: [String] = []
        for day in days {
            for instant in [frame.origin(of: day), frame.end(of: day) - 1] {
                let name = RoundTimeText.meetingZoneLabel(meeting, at: instant)
                if !names.contains(name) { names.append(name) }
            }
        }
        guard names.count == 2 else { return names.joined(separator: strings.text(.listSeparator)) }
        return strings.text(.zoneSequence, [.from: names[0], .to: names[1]])
    }
}
