import ParleyModel
import ParleyScene

/// One round in detail: the session as a bar on a time axis in the round's zone, its
/// segments inside it, timed events as markers with labels stacked into lanes so none
/// collide, and untimed events and outcomes listed below.
struct RoundTimeline {
    let meeting: Meeting
    let round: Round
    let options: LayoutOptions
    let typesetter: Typesetter
    let style: PartyStyle

    private let margin = 24.0, barHeight = 30.0, markerRadius = 4.5, maximumLabelLanes = 6

    func scene() throws(LayoutError) -> Scene {
        try ChartBudget.check(TimelineLayout.name, rounds: [round], drawn: [.rounds, .events])
        let theme = options.theme
        let width = try options.canvasWidth(natural: 900, minimum: 320)
        let left = margin, right = width - margin, contentWidth = right - left
        var nodes: [SceneNode] = []
        var y = margin
        // Numbered once a chart: every marker and the block below read the same numbers.
        let notes = ChartNotes(meeting: meeting, rounds: [round], parts: [.rounds, .details], options: options)
        let strings = style.strings

        if options.showsTitle {
            let subtitle = notes.marked(
                Formatting.facts([style.title(round), Formatting.date(round.date, strings: strings), style.venue(round)]), .round(round.id))
            let block = TitleBlock.make(
                title: notes.marked(style.meetingTitle, .meeting), subtitle: subtitle, at: Point(x: left, y: y), width: contentWidth,
                typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 10
        }
        let legend = Legend.make(
            parties: involvedParties(), style: style, at: Point(x: left, y: y), width: contentWidth, typesetter: typesetter, notes: notes)
        nodes += legend.nodes
        y += legend.height + (legend.nodes.isEmpty ? 0 : 14)

        // The axis spans what is drawn on it (every instant the sources allow for the session,
        // its segments and events) and a few points beyond, for the markers' halos: its ends are
        // not rounded out to whole steps, and the duration stands where it fits, not in room
        // kept for it on the axis.
        let times = RoundTimeText(round, meeting: meeting, clock: options.clock, strings: strings)
        let moments = [round.start, round.end] + round.segments.flatMap { [$0.start, $0.end] } + round.events.compactMap(\.at)
        let earliest = moments.map(\.earliestInstant).min() ?? round.start.earliestInstant
        let latest = max(moments.map(\.latestInstant).max() ?? round.end.latestInstant, earliest + 60)
        let padding = Int((Double(latest - earliest) * axisPadding / max(contentWidth - 2 * axisPadding, 1)).rounded(.up))
        // The widest a tick label can read on this clock.
        let tickLabelWidth =
            [10, 12, 22, 23].map { typesetter.width(options.clock.text(secondsOfDay: $0 * 3600 + 2700, strings: strings), .tick) }.max()
            ?? 0
        let axis = ZonedTimeAxis(
            covering: earliest - padding, latest + padding, zone: round.timeZone, width: contentWidth,
            // At most about a dozen labels: an hour on a wide canvas reads every 5 minutes, not every 2.
            minimumSpacing: max(tickLabelWidth + 14, contentWidth / 12), tight: true)
        let x = { (instant: Int) in axis.position(instant, left: left, right: right) }

        // Markers first (fanned out where they would hide each other), then their labels, whose
        // lanes decide how far down the bar sits.
        let timed = round.events.compactMap { event in event.at.map { (event, $0) } }.sorted { $0.1.instant < $1.1.instant }
        let exact = timed.map { x($0.1.instant) }
        // A crowded narrow chart draws its markers smaller, so that side by side they still fit.
        let spacing = min(2 * markerRadius + 3, contentWidth / Double(max(exact.count, 1)))
        let markerRadius = min(self.markerRadius, max(2.5, (spacing - 1.5) / 2))
        let markers = MarkerFan.positions(exact, spacing: spacing, within: left...right)
        // Which event a label is, for its note's marker; equal events share their notes too.
        let eventIndex =
            notes.entries.isEmpty
            ? [:] : Dictionary(round.events.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let labels = EventLabels(
            markers: markers, fullText: { fullLabel(timed[$0].0, at: timed[$0].1, notes: notes, times: times, eventIndex: eventIndex) },
            typesetter: typesetter,
            labelWidth: max(190, min(320, contentWidth * 0.2)), maximumLanes: maximumLabelLanes, left: left, right: right)
        var laneHeights = Array(repeating: 0.0, count: labels.laneCount)
        for label in labels.labels { laneHeights[label.lane] = max(laneHeights[label.lane], label.run.metrics.height) }
        let laneGap = 8.0
        let lanesHeight = laneHeights.reduce(0) { $0 + $1 + laneGap }
        let barTop = y + lanesHeight + (labels.labels.isEmpty ? 0 : 10)

        // Lane 0 sits just above the bar; later lanes stack upwards.
        var laneBottoms: [Double] = []
        var bottom = barTop - 10
        for height in laneHeights {
            laneBottoms.append(bottom)
            bottom -= height + laneGap
        }
        var eventNodes: [SceneNode] = []
        // A label of one event goes into that event's group with its marker; one shared by
        // several ("1–3") stands among the events on its own.
        var ownLabels: [Int: [SceneNode]] = [:]
        for label in labels.labels {
            let top = laneBottoms[label.lane] - label.run.metrics.height
            let run = label.run.offsetBy(dx: 0, dy: top)
            // A shared number's leader line starts at its first marker; the others stand under its text.
            let stem = markers[label.members.lowerBound]
            let drawn: [SceneNode] = [
                .line(
                    Line(
                        from: Point(x: stem, y: run.box.maxY + 2), to: Point(x: stem, y: barTop),
                        stroke: Stroke(color: theme.secondaryText, width: 0.75))),
                .text(run),
            ]
            if label.members.count == 1 { ownLabels[label.members.lowerBound] = drawn } else { eventNodes += drawn }
        }
        let onBar = style.textColor(on: theme.accent)
        for (index, (event, time)) in timed.enumerated() {
            let shift = markers[index] - exact[index]
            var own = ownLabels[index] ?? []
            if abs(shift) > 0.5 {
                // A fanned-out marker points down to its own instant, stopping above the line of
                // text a segment's label may stand on inside the bar.
                let pointTo = barTop + max(markerRadius + 2, (barHeight - typesetter.lineHeight(.small)) / 2 - 1)
                own.append(
                    .line(
                        Line(
                            from: Point(x: markers[index], y: barTop + markerRadius), to: Point(x: exact[index], y: pointTo),
                            stroke: Stroke(color: onBar, width: 0.75))))
            }
            // What the marker stands on: the bar's top edge, a band over it, or the page beside it.
            let under = SessionBar.color(
                at: Point(x: markers[index], y: barTop), round: round, x: { x($0.instant) }, top: barTop, height: barHeight,
                color: theme.accent, theme: theme)
            let mark = EventMarker.nodes(
                at: time, x: { x($0.instant) + shift }, y: barTop, radius: markerRadius, colors: event.parties.map(style.color),
                under: under, theme: theme)
            eventNodes.append(.group(EventMarker.group(own + mark, event: event)))
        }

        let segmentLabels = SegmentLabels.make(
            round, x: { x($0.instant) }, barTop: barTop, barHeight: barHeight, below: barTop + barHeight, bar: theme.accent,
            limits: left...right, typesetter: typesetter, notes: notes, style: style)
        let sessionIndex = nodes.count
        var bar = SessionBar.nodes(
            round: round, x: { x($0.instant) }, top: barTop, height: barHeight, color: theme.accent, theme: theme)
        bar += segmentLabels.inside + segmentLabels.outside
        y = barTop + barHeight + segmentLabels.height + 6

        // Exact times at the bar's ends (the outer ends of contested ones), the duration inside
        // the bar when it fits there, else between the times, else under them; then the axis.
        let x0 = x(round.start.earliestInstant), x1 = x(round.end.latestInstant)
        var startLabel = typesetter.run(times.startText, .heading, at: Point(x: x0, y: y))
        var endLabel = typesetter.run(times.endText, .heading, at: Point(x: x1, y: y), alignment: .right)
        if startLabel.frame.maxX + 10 > endLabel.frame.minX {
            // A short session: the times stand outside the bar's ends instead of under them.
            startLabel = typesetter.run(times.startText, .heading, at: Point(x: x0 - 4, y: y), alignment: .right)
            endLabel = typesetter.run(times.endText, .heading, at: Point(x: x1 + 4, y: y))
        }
        startLabel = startLabel.fittingStart(in: left...right)
        endLabel = endLabel.fittingStart(in: left...right)
        if endLabel.frame.minX < startLabel.frame.maxX + 10 {
            // Still no room side by side (a narrow chart): the end goes under the start.
            endLabel = typesetter.run(times.endText, .heading, at: Point(x: right, y: startLabel.frame.maxY + 2), alignment: .right)
        }
        nodes.append(.text(startLabel))
        nodes.append(.text(endLabel))
        y = max(startLabel.frame.maxY, endLabel.frame.maxY)
        let duration = durationLabel(
            times.duration, barLeft: x(round.start.latestInstant), barRight: x(round.end.earliestInstant), barTop: barTop,
            between: (startLabel.frame.maxX, endLabel.frame.minY == startLabel.frame.minY ? endLabel.frame.minX : right),
            rowTop: startLabel.frame.minY, below: y + 2, limits: left...right)
        if duration.onBar { bar.append(.text(duration.run)) } else { nodes.append(.text(duration.run)) }
        y = max(y, duration.run.frame.maxY) + 10
        nodes.insert(
            .group(
                Group(
                    id: "session", title: strings.text(.timelineSessionTitle, [.round: style.title(round)]),
                    description: roundSummary, children: bar, role: .round)),
            at: sessionIndex)
        if !eventNodes.isEmpty {
            nodes.insert(
                .group(Group(id: "events", title: strings.text(.timelineEventsTitle), children: eventNodes)), at: sessionIndex + 1)
        }

        let axisNodes = RoundAxisDrawing.draw(
            axis, times: times, y: y, left: left, right: right, changeTop: barTop - 6,
            avoiding: [startLabel.frame, endLabel.frame, duration.run.frame]
                + segmentLabels.outside.compactMap { node -> Rect? in
                    if case .text(let run) = node { run.frame } else { nil }
                },
            typesetter: typesetter)
        nodes += axisNodes.nodes
        // Clock changes go under the bar, which hides them where its text is.
        nodes.insert(contentsOf: axisNodes.underlay, at: sessionIndex)
        y += axisNodes.height + 4
        let caption = typesetter.run(
            captionText(times: times, axis: axis), .small, at: Point(x: right, y: y), alignment: .right, maxWidth: contentWidth,
            overflow: .wrap)
        nodes.append(.text(caption))
        y += caption.metrics.height + 14

        let key = timed.indices.compactMap { index in
            labels.numbers[index].map { (number: $0, time: times.time(timed[index].1), event: timed[index].0) }
        }
        let panel = try ListPanel.make(
            round: round, numberedEvents: key, notes: notes, style: style, at: Point(x: left, y: y), width: contentWidth,
            typesetter: typesetter)
        nodes += panel.nodes
        y += panel.height
        let notesBlock = try NotesBlock.make(
            notes, at: Point(x: left, y: y), width: contentWidth, typesetter: typesetter, location: round.location)
        nodes += notesBlock.nodes
        y += notesBlock.height

        let height = try options.canvasHeight(needed: y + margin - (panel.nodes.isEmpty && notesBlock.nodes.isEmpty ? 14 : 0))
        return Scene(
            size: Size(width: width, height: height), background: theme.background,
            title: strings.text(.timelineSceneTitle, [.meeting: style.meetingTitle, .round: style.title(round)]),
            description: notes.describing(description(timed, times: times)), nodes: nodes)
    }

    /// The round in a sentence, then every timed event in full: labels on the chart stop at three
    /// lines, and the description (the SVG's `<desc>`, a report's alt text) keeps what they cut.
    private func description(_ timed: [(Event, MeetingTime)], times: RoundTimeText) -> String {
        let events = timed.map { "\(times.time($0.1)) \($0.0.label)" }
        let summary = roundSummary
        guard !events.isEmpty else { return summary }
        let strings = style.strings
        let list = events.joined(separator: strings.text(.timelineEventSeparator))
        return summary + " " + strings.text(.timelineEventsSummary, [.events: list])
    }

    /// "Time (CEST, then CET)"; for a round held abroad also its times in the meeting's zone; and
    /// what pale bands and dashed edges mean, when the chart draws any.
    private func captionText(times: RoundTimeText, axis: ZonedTimeAxis) -> String {
        let strings = style.strings
        var text = strings.text(.roundTimeCaption, [.zone: times.zonesInForce(over: axis.start...axis.end)])
        if times.meetingZone != nil { text = strings.text(.roundTimeCaptionAbroad, [.value: text, .span: times.span]) }
        let moments = [round.start, round.end] + round.segments.flatMap { [$0.start, $0.end] } + round.events.compactMap(\.at)
        if moments.contains(where: \.isUncertain) { text = strings.text(.uncertainTimesKey, [.value: text]) }
        if moments.contains(where: \.isApproximate) { text = strings.text(.approximateTimesKey, [.value: text]) }
        // How each kind of segment drawn reads, in the kinds' order.
        let kinds = Segment.Kind.allCases.filter { kind in kind != .other && round.segments.contains { $0.kind == kind } }
        if !kinds.isEmpty {
            let keys = kinds.map { kind -> String in
                switch kind {
                case .plenary: strings.text(.segmentKeyPlenary)
                case .restricted: strings.text(.segmentKeyRestricted)
                case .bilateral: strings.text(.segmentKeyBilateral)
                case .break: strings.text(.segmentKeyBreak)
                case .other: ""
                }
            }
            text = strings.text(.segmentKindsKey, [.value: text, .text: keys.joined(separator: strings.text(.timelineEventSeparator))])
        }
        return text
    }

    /// How far, in points, the axis reaches beyond the first and last instant it shows.
    private let axisPadding = 8.0

    /// An event's full label: its time, its note's marker, its words and, without colour
    /// ("print" theme), the parties' names.
    private func fullLabel(
        _ event: Event, at time: MeetingTime, notes: ChartNotes, times: RoundTimeText, eventIndex: [Event: Int]
    ) -> String {
        let names =
            options.theme.name == ThemeName.print.rawValue && !event.parties.isEmpty
            ? style.strings.text(
                .timelineEventParties, [.parties: event.parties.map(style.name).joined(separator: style.strings.text(.listSeparator))])
            : ""
        // The marker right after the time: a clamped label never cuts it.
        let marker = eventIndex[event].flatMap { notes.marker(.event(round: round.id, index: $0)) }
        return "\(times.time(time))\(marker.map { " " + $0 } ?? "") \(event.label)\(names)"
    }

    /// The duration inside the part of the bar every source agrees on when it fits there and no
    /// segment labels compete for it; else centred between the start and end times; else under them.
    private func durationLabel(
        _ text: String, barLeft: Double, barRight: Double, barTop: Double, between: (Double, Double), rowTop: Double, below: Double,
        limits: ClosedRange<Double>
    ) -> (run: TextRun, onBar: Bool) {
        let width = typesetter.width(text, .heading)
        if round.segments.isEmpty, barRight - barLeft >= width + 16 {
            let run = typesetter.run(
                text, .heading, at: Point(x: (barLeft + barRight) / 2, y: barTop + (barHeight - typesetter.lineHeight(.heading)) / 2),
                alignment: .center, color: style.textColor(on: options.theme.accent))
            return (run, true)
        }
        if between.1 - between.0 >= width + 20 {
            let centre = min(max((barLeft + barRight) / 2, between.0 + 10 + width / 2), between.1 - 10 - width / 2)
            return (typesetter.run(text, .heading, at: Point(x: centre, y: rowTop), alignment: .center), false)
        }
        let run = typesetter.run(text, .heading, at: Point(x: (barLeft + barRight) / 2, y: below), alignment: .center)
        return (run.fittingStart(in: limits), false)
    }

    /// The round in a sentence, in the chart's words and names.
    private var roundSummary: String {
        MeetingDescription.round(round, meeting: meeting, clock: options.clock, strings: style.strings, language: style.language)
    }

    private func involvedParties() -> [Party] {
        let ids = Set(round.events.flatMap(\.parties) + round.outcomes.flatMap(\.parties))
        return meeting.parties.filter { ids.contains($0.id) }
    }
}

extension TextRun {
    /// Moved horizontally, as little as possible, so its frame lies within `limits`.
    func fittingStart(in limits: ClosedRange<Double>) -> TextRun {
        let frame = self.frame
        if frame.minX < limits.lowerBound { return offsetBy(dx: limits.lowerBound - frame.minX, dy: 0) }
        if frame.maxX > limits.upperBound { return offsetBy(dx: limits.upperBound - frame.maxX, dy: 0) }
        return self
    }
}
