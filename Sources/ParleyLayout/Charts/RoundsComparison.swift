import ParleyModel
import ParleyScene

/// Several rounds, a row each, on one axis: by time of day (each round from the meeting's wall
/// clock at its start, then elapsed time, so a round that began later in the day stands
/// further right) or by time from each start (so durations compare directly). Durations are printed;
/// the longest and shortest are marked.
struct RoundsComparison {
    let meeting: Meeting
    let rounds: [Round]
    let options: LayoutOptions
    let typesetter: Typesetter
    let style: PartyStyle
    private var strings: Strings { style.strings }

    private let margin = 24.0, barHeight = 18.0, rowGap = 14.0
    /// Below this content width the rows' titles stand above their bars.
    private let narrowContent = 560.0

    func scene() throws(LayoutError) -> Scene {
        try ChartBudget.check(TimelineLayout.name, rounds: rounds, drawn: [.rounds, .events])
        let theme = options.theme
        let width = try options.canvasWidth(natural: 900, minimum: 320)
        let left = margin, right = width - margin, contentWidth = right - left
        var nodes: [SceneNode] = []
        var y = margin
        let elapsed = options.alignment == .elapsed
        let times = rounds.map { RoundTimeText($0, meeting: meeting, clock: options.clock, strings: strings) }
        // Each round's own zone as it was named at its start, each name once.
        var zones: [String] = []
        for round in rounds where !zones.contains(round.zoneLabel(at: round.start.earliestInstant)) {
            zones.append(round.zoneLabel(at: round.start.earliestInstant))
        }
        let zoneList = zones.joined(separator: strings.text(.listSeparator))

        let notes = ChartNotes(meeting: meeting, rounds: rounds, parts: .rounds, options: options)
        if options.showsTitle {
            let how =
                elapsed
                ? strings.text(.comparisonAlignedAtStart)
                : strings.text(.comparisonByTimeOfDay, [.zone: zoneList])
            let block = TitleBlock.make(
                title: notes.marked(style.meetingTitle, .meeting),
                subtitle: strings.text(.comparisonSubtitle, count: rounds.count, [.how: how]),
                at: Point(x: left, y: y),
                width: contentWidth, typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 16
        }

        // Where each round starts on the axis, in seconds.
        // By time of day, each round stands at the wall-clock time it began where it was held;
        // a contested start at the earliest time a source gives.
        let origins = rounds.map { round in elapsed ? 0 : round.timeZone.wallClock(at: round.start.earliestInstant).secondsOfDay }
        let extremes = DurationExtremes(rounds.map(\.durationRange))
        let marks = rounds.indices.map { index -> String in
            var text = times[index].duration
            if extremes.longest == index {
                text += strings.text(.comparisonLongest)
            } else if extremes.shortest == index {
                text += strings.text(.comparisonShortest)
            }
            return text
        }

        let widest = contentWidth * 0.34
        // In a narrow column the rows' titles stand above their bars, which take the whole width.
        let stacked = contentWidth < narrowContent
        let naturalLabelColumn = min(
            max(
                rounds.map {
                    max(
                        typesetter.width(notes.marked(style.title($0), .round($0.id)), .heading, cappedAt: widest),
                        typesetter.width(rowDetail($0, meeting: meeting), .small, cappedAt: widest))
                }.max() ?? 0, 60)
                + 14, widest)
        let labelColumn = stacked ? 0 : naturalLabelColumn
        // Stacked, each duration reads under its round's title, and the bars take the whole width.
        let durationColumn = stacked ? 0 : (marks.map { typesetter.width($0, .heading) }.max() ?? 0) + 12
        let plotLeft = left + labelColumn, plotRight = max(right - durationColumn, plotLeft + 80)
        let tickWidth =
            (elapsed
                ? typesetter.width("10:00", .tick)
                : [10, 12, 22, 23].map { typesetter.width(options.clock.text(secondsOfDay: $0 * 3600 + 2700, strings: strings), .tick) }
                    .max() ?? 0) + 14
        let lower = origins.min() ?? 0
        // Every instant the sources allow, from the earliest start to the latest end, lies on the axis.
        let spans = rounds.map { $0.end.latestInstant - $0.start.earliestInstant }
        let upper = zip(origins, spans).map { $0.0 + $0.1 }.max() ?? 3600
        // The axis spans the bars and a few points for the markers' halos, not whole steps beyond.
        let padding = Int((Double(max(upper - lower, 60)) * 6 / max(plotRight - plotLeft - 12, 1)).rounded(.up))
        let axis = TimeAxis(
            covering: elapsed ? 0 : lower - padding, upper + padding, width: plotRight - plotLeft, minimumSpacing: tickWidth, tight: true)

        let gridTop = y
        var rowNodes: [SceneNode] = []
        var clocksChange = false
        for (index, round) in rounds.enumerated() {
            let labelWidth = stacked ? contentWidth : labelColumn - 10
            let title = typesetter.run(
                notes.marked(style.title(round), .round(round.id)), .heading, at: Point(x: left, y: y), maxWidth: labelWidth,
                overflow: .lineClamp)
            let detail = typesetter.run(
                rowDetail(round, meeting: meeting), .small, at: Point(x: left, y: y + title.metrics.height + 1), maxWidth: labelWidth,
                overflow: .lineClamp)
            let isExtreme = extremes.longest == index || extremes.shortest == index
            let mark = typesetter.run(
                marks[index], .heading, at: Point(x: left, y: detail.frame.maxY + 2), maxWidth: contentWidth, overflow: .wrap,
                weight: isExtreme ? .bold : .regular)
            let labelsHeight = title.metrics.height + detail.metrics.height + 1 + (stacked ? mark.metrics.height + 2 : 0)
            let rowHeight = stacked ? labelsHeight + 6 + barHeight : max(labelsHeight, barHeight)
            let barTop = stacked ? y + labelsHeight + 6 : y + (rowHeight - barHeight) / 2
            let origin = origins[index]
            let x = { (time: MeetingTime) in
                axis.position(origin + time.instant - round.start.earliestInstant, left: plotLeft, right: plotRight)
            }
            var row: [SceneNode] = [.text(title), .text(detail)]
            row += SessionBar.nodes(round: round, x: x, top: barTop, height: barHeight, color: theme.accent, theme: theme)
            // Bars run for elapsed time, so after a change of the clocks the axis no longer reads
            // the round's wall clock: the change is marked where it happened.
            let changes = ZonedTimeAxis.offsetChanges(in: round.possibleSpan, zone: round.timeZone)
            for change in changes {
                let changeX = axis.position(origin + change - round.start.earliestInstant, left: plotLeft, right: plotRight)
                row.append(
                    .line(
                        Line(
                            from: Point(x: changeX, y: barTop - 4), to: Point(x: changeX, y: barTop + barHeight + 4),
                            stroke: Stroke(color: theme.text, width: 1.2, dash: [2, 2]))))
            }
            clocksChange = clocksChange || !changes.isEmpty
            // Fanned out where they would hide each other, as on a round's own timeline.
            let timed = round.events.compactMap { event in event.at.map { (event, $0) } }.sorted { $0.1.instant < $1.1.instant }
            let exact = timed.map { x($0.1) }
            let spacing = min(9, (plotRight - plotLeft) / Double(max(exact.count, 1)))
            let drawn = MarkerFan.positions(exact, spacing: spacing, within: plotLeft...plotRight)
            for (index, (event, at)) in timed.enumerated() {
                let shift = drawn[index] - exact[index]
                let under = SessionBar.color(
                    at: Point(x: drawn[index], y: barTop + barHeight / 2), round: round, x: x, top: barTop, height: barHeight,
                    color: theme.accent, theme: theme)
                let mark = EventMarker.nodes(
                    at: at, x: { x($0) + shift }, y: barTop + barHeight / 2, radius: min(3.5, max(2, (spacing - 1.5) / 2)),
                    colors: event.parties.map(style.color), under: under, theme: theme)
                row.append(.group(EventMarker.group(mark, event: event)))
            }
            row.append(
                .text(
                    stacked
                        ? mark
                        : typesetter.run(
                            marks[index], .heading,
                            at: Point(x: x(round.end.latest) + 8, y: barTop + (barHeight - typesetter.lineHeight(.heading)) / 2),
                            weight: isExtreme ? .bold : .regular)))
            rowNodes.append(
                .group(
                    Group(
                        id: "round-\(round.id)", title: style.title(round),
                        description: MeetingDescription.round(
                            round, meeting: meeting, clock: options.clock, strings: strings, language: style.language), children: row,
                        role: .round)))
            y += rowHeight + rowGap
            try LayoutOptions.checkGrowingHeight(y, at: round.location, remedy: .fewerRounds)
        }
        y += 2
        let axisNodes = AxisDrawing.horizontal(
            axis, y: y, left: plotLeft, right: plotRight, typesetter: typesetter,
            label: { elapsed ? Formatting.elapsed(seconds: $0) : options.clock.text(secondsOfDay: $0, strings: strings) }, gridTop: gridTop)
        // The axis and its grid go under the rows.
        nodes.append(.group(Group(id: "axis", title: strings.text(.timeAxisTitle), children: axisNodes.nodes, role: .axis)))
        nodes += rowNodes
        y += axisNodes.height + 4
        var caption =
            elapsed
            ? strings.text(.comparisonElapsedCaption)
            : strings.text(.comparisonOwnClockCaption, [.zone: zoneList])
        if clocksChange { caption = strings.text(.comparisonClockChangeKey, [.value: caption]) }
        let captionRun = typesetter.run(
            caption, .small, at: Point(x: plotRight, y: y), alignment: .right, maxWidth: plotRight - left, overflow: .wrap)
        nodes.append(.text(captionRun))
        y += captionRun.metrics.height
        let notesBlock = try NotesBlock.make(
            notes, at: Point(x: left, y: y + 8), width: contentWidth, typesetter: typesetter, location: meeting.location)
        nodes += notesBlock.nodes
        y += notesBlock.height + (notesBlock.nodes.isEmpty ? 0 : 8)

        let height = try options.canvasHeight(needed: y + margin)
        let summary =
            strings.text(.roundsSummary, count: rounds.count, [.meeting: style.meetingTitle]) + " "
            + rounds.map {
                MeetingDescription.round($0, meeting: meeting, clock: options.clock, strings: strings, language: style.language)
            }.joined(separator: " ")
        return Scene(
            size: Size(width: width, height: height), background: theme.background,
            title: strings.text(.comparisonSceneTitle, [.meeting: style.meetingTitle]),
            description: notes.describing(summary), nodes: nodes)
    }

    private func rowDetail(_ round: Round, meeting: Meeting) -> String {
        Formatting.facts([
            Formatting.date(round.date, strings: strings), Formatting.span(round, meeting: meeting, clock: options.clock, strings: strings),
        ])
    }
}
