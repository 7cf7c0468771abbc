import ParleyModel
import ParleyScene

/// Rounds spread over weeks or months: one axis across dates (a tick and a label per date at
/// most, at midnight in the meeting's zone), a stem per round at the instant it started whose
/// height is its duration on the scale at the left, labelled with the round, its date, time and
/// duration in lanes that never collide. Rounds too close to tell apart (two on one day) stand
/// side by side, each joined to its instant on the axis.
struct CalendarTimeline {
    let meeting: Meeting
    let rounds: [Round]
    let options: LayoutOptions
    let typesetter: Typesetter
    let style: PartyStyle

    private let margin = 24.0, plotHeight = 110.0

    func scene() throws(LayoutError) -> Scene {
        try ChartBudget.check(TimelineLayout.name, rounds: rounds, drawn: .rounds)
        let theme = options.theme
        let width = try options.canvasWidth(natural: 900, minimum: 320)
        var nodes: [SceneNode] = []
        var y = margin
        let notes = ChartNotes(meeting: meeting, rounds: rounds, parts: .rounds, options: options)
        let strings = style.strings
        if options.showsTitle {
            let block = TitleBlock.make(
                title: notes.marked(style.meetingTitle, .meeting), subtitle: strings.text(.calendarSubtitle, count: rounds.count),
                at: Point(x: margin, y: y), width: width - 2 * margin, typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 14
        }
        let starts = rounds.map(\.start.instant)
        let longest = Double(rounds.map(\.durationSeconds).max() ?? 1)
        let durationScale = CalendarDurationScale(longest: Int(longest), height: plotHeight, typesetter: typesetter, strings: strings)
        let left = margin + durationScale.width, right = width - margin - 10, contentWidth = right - left
        // The axis spans the stems and a little room, not out to whole steps (a month's step
        // would add weeks at each end); half a day at least, so a date tick stands inside.
        let first = starts.min() ?? 0, last = starts.max() ?? 0
        let room = max(43200, (last - first) / 25)
        let lower = first - room, upper = last + room
        // No step under a day: each date is labelled once (a finer step repeated "24 Oct" at every tick).
        let spanDays = max(1, (upper - lower + 86399) / 86400)
        // The widest a date label reads: a late day of a long month's name ("30 Sep" in English).
        let tickWidth = typesetter.width(strings.text(.shortDate, [.day: "30", .month: strings.month(9, short: true)]), .tick) + 16
        let zoned = ZonedTimeAxis(
            covering: lower, upper, zone: meeting.timeZone, width: contentWidth,
            minimumSpacing: max(tickWidth, contentWidth / Double(spanDays)))
        var ticks = ZonedTimeAxis.ticks(every: zoned.step, from: lower, through: upper, zone: meeting.timeZone)
        if ticks.count < 2 { ticks = ZonedTimeAxis.ticks(every: 86400, from: lower, through: upper, zone: meeting.timeZone) }
        let axis = DayClockScale(
            origin: lower, left: left, pointsPerSecond: contentWidth / Double(max(upper - lower, 1)), majorTicks: ticks, minorTicks: [])
        let stemXs = CalendarDurationScale.sideBySide(
            starts.map { axis.position($0, left: left, right: right) }, spacing: 14, within: left...right)

        var lanes = LabelLanes(gap: 10)
        var placed: [(TextRun, Int, Double)?] = Array(repeating: nil, count: rounds.count)
        var tallestLabel = 0.0
        // Right to left, each label reading rightwards from just left of its stem: the labels
        // placed before it start further right, so no stem has to cross a label (centred labels
        // placed in model order let one round's stem cut through another's label).
        for index in rounds.indices.sorted(by: { stemXs[$0] > stemXs[$1] }) {
            let round = rounds[index]
            let x = stemXs[index]
            let when = strings.text(
                .calendarStemWhen,
                [
                    .date: Formatting.shortDate(round.date, strings: strings),
                    .value: RoundTimeText(round, meeting: meeting, clock: options.clock, strings: strings).time(round.start),
                ])
            let text =
                "\(notes.marked(style.title(round), .round(round.id))), \(when)\n\(Formatting.duration(of: round, strings: strings))"
            // Wrapped short of the next stem to the right and of the edge (never under its longest
            // word), so it stands over no other stem and is not pulled back over one.
            let next = stemXs.filter { $0 > x + 0.5 }.min() ?? .infinity
            let longestWord =
                text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(64).map {
                    typesetter.width(String($0), .small)
                }.max() ?? 0
            let room = min(150, max(min(next - 4, width - margin) - (x - 6), longestWord + 2, 40))
            let probe = typesetter.run(text, .small, at: .zero, maxWidth: room, overflow: .wrap)
            let span = ((x - 6)...(x - 6 + probe.metrics.width)).clamped(into: (left - 4)...(width - margin))
            let lane = lanes.place(span, stem: x)
            let run = typesetter.run(
                text, .small, at: Point(x: span.lowerBound, y: 0), maxWidth: probe.metrics.width + 0.5, overflow: .wrap)
            placed[index] = (run, lane, x)
            // The lanes stack above the plot: once they alone pass the largest side, stop.
            tallestLabel = max(tallestLabel, run.metrics.height)
            try LayoutOptions.checkGrowingHeight(Double(lanes.count) * (tallestLabel + 8), at: round.location, remedy: .fewerRounds)
            try ChartBudget.checkText(typesetter, at: round.location)
        }
        let labels = placed.compactMap { $0 }
        let laneHeight = (labels.map { $0.0.metrics.height }.max() ?? 0) + 8
        let plotTop = y + Double(lanes.count) * laneHeight + 16
        let baseline = plotTop + plotHeight
        var stems: [SceneNode] = []
        for (index, (run, lane, x)) in labels.enumerated() {
            let round = rounds[index]
            let top = baseline - plotHeight * Double(round.durationSeconds) / max(longest, 1)
            let labelTop = plotTop - 16 - Double(lane + 1) * laneHeight + 8
            let placed = run.offsetBy(dx: 0, dy: labelTop)
            let instantX = axis.position(starts[index], left: left, right: right)
            var children: [SceneNode] = []
            // A stem moved aside from its instant is joined to it on the axis.
            if abs(instantX - x) > 0.5 {
                children.append(
                    .line(
                        Line(
                            from: Point(x: instantX, y: baseline + 3), to: Point(x: x, y: baseline - 2),
                            stroke: Stroke(color: theme.accent, width: 1.25))))
            }
            children += [
                .line(
                    Line(
                        from: Point(x: x, y: placed.box.maxY + 2), to: Point(x: x, y: top),
                        stroke: Stroke(color: theme.rule, width: 0.75, dash: [2, 2]))),
                .line(
                    Line(
                        from: Point(x: x, y: abs(instantX - x) > 0.5 ? baseline - 2 : baseline), to: Point(x: x, y: top),
                        stroke: Stroke(color: theme.accent, width: 4, cap: .round))),
                .circle(
                    Circle(
                        center: Point(x: x, y: top), radius: 5,
                        style: ShapeStyle(fill: theme.accent, stroke: Stroke(color: theme.background, width: 1.5)))),
                .text(placed),
            ]
            if Formatting.isApproximate(round) {
                children.append(
                    .circle(
                        Circle(
                            center: Point(x: x, y: top), radius: 8,
                            style: ShapeStyle(stroke: Stroke(color: theme.text, width: 1, dash: [2, 2])))))
            }
            stems.append(
                .group(
                    Group(
                        id: "round-\(round.id)", title: style.title(round),
                        description: MeetingDescription.round(
                            round, meeting: meeting, clock: options.clock, strings: strings, language: style.language),
                        children: children, role: .round
                    )))
        }
        let axisNodes = AxisDrawing.horizontal(
            axis, y: baseline, left: left, right: right, typesetter: typesetter,
            label: { Formatting.shortDate(meeting.timeZone.wallClock(at: $0).date, strings: strings) })
        nodes.append(.group(Group(id: "axis", title: strings.text(.dateAxisTitle), children: axisNodes.nodes, role: .axis)))
        nodes.append(durationScale.group(baseline: baseline, left: left, right: right, margin: margin))
        nodes += stems
        y = baseline + axisNodes.height + 14
        let notesBlock = try NotesBlock.make(
            notes, at: Point(x: margin, y: y), width: width - 2 * margin, typesetter: typesetter, location: meeting.location)
        nodes += notesBlock.nodes
        y += notesBlock.height + (notesBlock.nodes.isEmpty ? 0 : 14)
        let height = try options.canvasHeight(needed: y + margin - 14)
        let summary = MeetingDescription.rounds(rounds, in: meeting, clock: options.clock, style: style)
        return Scene(
            size: Size(width: width, height: height), background: theme.background,
            title: strings.text(.calendarSceneTitle, [.meeting: style.meetingTitle]), description: notes.describing(summary),
            nodes: nodes)
    }
}
