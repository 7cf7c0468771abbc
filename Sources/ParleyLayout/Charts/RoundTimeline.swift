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

    private let margin = 24.0, barHeight = 30.0, markerRadius = 4.5, labelMaxWidth = 190.0, maximumLabelLanes = 4

    func scene() throws(LayoutError) -> Scene {
        try ChartBudget.check(TimelineLayout.name, rounds: [round], drawn: [.rounds, .events])
        let theme = options.theme
        let width = try options.canvasWidth(natural: 900, minimum: 360)
        let left = margin, right = width - margin, contentWidth = right - left
        var nodes: [SceneNode] = []
        var y = margin
        // Numbered once a chart: every marker and the block below read the same numbers.
        let notes = ChartNotes(meeting: meeting, rounds: [round], parts: [.rounds, .details], options: options)

        if options.showsTitle {
            let subtitle = notes.marked(Formatting.facts([round.displayTitle, Formatting.date(round.date), round.venue]), .round(round.id))
            let block = TitleBlock.make(
                title: notes.marked(meeting.displayTitle, .meeting), subtitle: subtitle, at: Point(x: left, y: y), width: contentWidth,
                typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 10
        }
        let legend = Legend.make(
            parties: involvedParties(), style: style, at: Point(x: left, y: y), width: contentWidth, typesetter: typesetter, notes: notes)
        nodes += legend.nodes
        y += legend.height + (legend.nodes.isEmpty ? 0 : 14)

        // The axis: the session with a margin on both sides, in real time (instants), its ticks
        // on the wall clock of the round's zone.
        let times = RoundTimeText(round, meeting: meeting, clock: options.clock)
        let padding = max(round.durationSeconds / 12, 120)
        // Room on the right for the duration when it cannot sit inside the bar.
        let durationWidth = typesetter.width(times.duration, .heading) + 16
        let rightPadding =
            round.segments.isEmpty
            ? padding : max(padding, Int(Double(round.durationSeconds) * durationWidth / max(contentWidth - durationWidth, 1)) + padding)
        // The widest a tick label can read on this clock.
        let tickLabelWidth =
            [10, 12, 22, 23].map { typesetter.width(options.clock.text(secondsOfDay: $0 * 3600 + 2700), .tick) }.max() ?? 0
        let axis = ZonedTimeAxis(
            covering: round.start.earliestInstant - padding, round.end.latestInstant + rightPadding, zone: round.timeZone,
            width: contentWidth, minimumSpacing: tickLabelWidth + 14)
        let x = { (instant: Int) in axis.position(instant, left: left, right: right) }

        // Event labels first: their lanes decide how far down the bar sits.
        let timed = round.events.compactMap { event in event.at.map { (event, $0) } }.sorted { $0.1.instant < $1.1.instant }
        // Full labels when they fit in a few lanes with no leader line crossing a label;
        // otherwise numbered markers, with the events listed by number below the axis.
        // The first try stops as soon as it fails (lanes and crossings only grow), so a crowded
        // round never stacks thousands of full labels only to throw them away.
        var (placed, lanes) = placeEventLabels(timed, notes: notes, numbered: false, x: x, times: times, left: left, right: right)
        let numbered = isTooCrowded(lanes)
        if numbered {
            (placed, lanes) = placeEventLabels(timed, notes: notes, numbered: true, x: x, times: times, left: left, right: right)
        }
        var laneHeights = Array(repeating: 0.0, count: lanes.count)
        for item in placed where item.lane >= 0 { laneHeights[item.lane] = max(laneHeights[item.lane], item.run.metrics.height) }
        let laneGap = 8.0
        let lanesHeight = laneHeights.reduce(0) { $0 + $1 + laneGap }
        let barTop = y + lanesHeight + (placed.isEmpty ? 0 : 10)

        // Lane 0 sits just above the bar; later lanes stack upwards.
        var laneBottoms: [Double] = []
        var bottom = barTop - 10
        for height in laneHeights {
            laneBottoms.append(bottom)
            bottom -= height + laneGap
        }
        var eventNodes: [SceneNode] = []
        let moment = { (time: MeetingTime) in x(time.instant) }
        for item in placed {
            let color = item.event.parties.first.map(style.color) ?? theme.text
            let marker = EventMarker.nodes(
                at: item.time, x: { item.markerX + moment($0) - moment(item.time) }, y: barTop, radius: markerRadius, color: color,
                theme: theme)
            guard item.lane >= 0 else {
                eventNodes += marker
                continue
            }
            let top = laneBottoms[item.lane] - item.run.metrics.height
            let run = item.run.offsetBy(dx: 0, dy: top)
            eventNodes.append(
                .line(
                    Line(
                        from: Point(x: item.markerX, y: run.box.maxY + 2), to: Point(x: item.markerX, y: barTop),
                        stroke: Stroke(color: theme.secondaryText, width: 0.75))))
            eventNodes.append(.text(run))
            eventNodes += marker
        }

        let sessionIndex = nodes.count
        nodes.append(
            .group(
                Group(
                    id: "session", title: Strings.english.text(.timelineSessionTitle, [.round: round.displayTitle]),
                    description: MeetingDescription.round(round, in: meeting, clock: options.clock),
                    children: sessionBar(x: x, top: barTop, times: times, notes: notes))))
        if !eventNodes.isEmpty {
            nodes.append(.group(Group(id: "events", title: Strings.english.text(.timelineEventsTitle), children: eventNodes)))
        }
        y = barTop + barHeight + 6

        // Exact times at the bar's ends (the outer ends of contested ones), then the axis.
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
        nodes.append(.text(startLabel))
        nodes.append(.text(endLabel))
        y += startLabel.metrics.height + 10

        let axisNodes = RoundAxisDrawing.draw(
            axis, times: times, y: y, left: left, right: right, changeTop: barTop - 6, avoiding: [startLabel.frame, endLabel.frame],
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

        let key =
            numbered ? timed.enumerated().map { index, item in (number: index + 1, time: times.time(item.1), event: item.0) } : []
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
            title: Strings.english.text(.timelineSceneTitle, [.meeting: meeting.displayTitle, .round: round.displayTitle]),
            description: notes.describing(description(timed, times: times)), nodes: nodes)
    }

    /// The round in a sentence, then every timed event in full: labels on the chart stop at three
    /// lines, and the description (the SVG's `<desc>`, a report's alt text) keeps what they cut.
    private func description(_ timed: [(Event, MeetingTime)], times: RoundTimeText) -> String {
        let events = timed.map { "\(times.time($0.1)) \($0.0.label)" }
        let summary = MeetingDescription.round(round, in: meeting, clock: options.clock)
        guard !events.isEmpty else { return summary }
        let strings = Strings.english
        let list = events.joined(separator: strings.text(.timelineEventSeparator))
        return summary + " " + strings.text(.timelineEventsSummary, [.events: list])
    }

    /// "Time (CEST, then CET)"; for a round held abroad also its times in the meeting's zone; and
    /// what pale bands and dashed edges mean, when the chart draws any.
    private func captionText(times: RoundTimeText, axis: ZonedTimeAxis) -> String {
        let strings = Strings.english
        var text = strings.text(.roundTimeCaption, [.zone: times.zonesInForce(over: axis.start...axis.end)])
        if times.meetingZone != nil { text = strings.text(.roundTimeCaptionAbroad, [.value: text, .span: times.span]) }
        let moments = [round.start, round.end] + round.segments.flatMap { [$0.start, $0.end] } + round.events.compactMap(\.at)
        if moments.contains(where: \.isUncertain) { text = strings.text(.uncertainTimesKey, [.value: text]) }
        if moments.contains(where: \.isApproximate) { text = strings.text(.approximateTimesKey, [.value: text]) }
        return text
    }

    /// Full labels give way to numbered markers past a few lanes, or when a leader line would cross a label.
    private func isTooCrowded(_ lanes: LabelLanes) -> Bool { lanes.count > maximumLabelLanes || lanes.crossings > 0 }

    private typealias PlacedLabel = (event: Event, time: MeetingTime, run: TextRun, lane: Int, markerX: Double)

    private func placeEventLabels(
        _ timed: [(Event, MeetingTime)], notes: ChartNotes, numbered: Bool, x: (Int) -> Double, times: RoundTimeText, left: Double,
        right: Double
    ) -> ([PlacedLabel], LabelLanes) {
        var lanes = LabelLanes(gap: numbered ? 3 : 8)
        var placed: [PlacedLabel] = []
        // Which event a label is, for its note's marker; equal events share their notes too.
        let eventIndex =
            notes.entries.isEmpty
            ? [:] : Dictionary(round.events.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let markers = timed.map { x($0.1.instant) }
        var index = 0
        while index < timed.count {
            let (event, time) = timed[index]
            let markerX = markers[index]
            let role: Typesetter.Role = numbered ? .small : .body
            func label(through last: Int) -> String {
                guard numbered else {
                    // Without colour the parties must be named ("print" theme).
                    let names =
                        options.theme.name == "print" && !event.parties.isEmpty
                        ? Strings.english.text(.timelineEventParties, [.parties: event.parties.map(style.name).joined(separator: ", ")])
                        : ""
                    // The marker right after the time: a clamped label never cuts it.
                    let marker = eventIndex[event].flatMap { notes.marker(.event(round: round.id, index: $0)) }
                    return "\(times.time(time))\(marker.map { " " + $0 } ?? "") \(event.label)\(names)"
                }
                return last > index ? "\(index + 1)–\(last + 1)" : "\(index + 1)"
            }
            func width(of text: String) -> Double {
                typesetter.run(text, role, at: .zero, maxWidth: min(labelMaxWidth, right - left), overflow: .lineClamp).metrics.width
            }
            // A number starts at its marker and reads rightwards; markers that would stand under it
            // join it ("18–19"), so no later leader line has to cross it.
            var last = index
            while numbered, last + 1 < timed.count, markers[last + 1] <= markerX - 3 + width(of: label(through: last + 1)) + 6 { last += 1 }
            let text = label(through: last)
            let boxWidth = width(of: text)
            let start = numbered ? markerX - 3 : markerX - 8
            // Labels read from just left of their marker, so the leader line meets the text's start.
            let span = (start...(start + boxWidth)).clamped(into: left...right)
            let lane = lanes.place(span, stem: markerX)
            if !numbered, isTooCrowded(lanes) { break }
            let run = typesetter.run(text, role, at: Point(x: span.lowerBound, y: 0), maxWidth: boxWidth + 0.5, overflow: .lineClamp)
            placed.append((event, time, run, lane, markerX))
            // Markers of a shared label still stand at their own times.
            for member in (index + 1)...max(index + 1, last) where member <= last {
                placed.append((timed[member].0, timed[member].1, run, -1, markers[member]))
            }
            index = last + 1
        }
        return (placed, lanes)
    }

    private func involvedParties() -> [Party] {
        let ids = Set(round.events.flatMap(\.parties) + round.outcomes.flatMap(\.parties))
        return meeting.parties.filter { ids.contains($0.id) }
    }

    /// The bar from start to end with its segments and the duration; approximate ends fade out.
    private func sessionBar(x: @escaping (Int) -> Double, top: Double, times: RoundTimeText, notes: ChartNotes) -> [SceneNode] {
        let theme = options.theme
        // The duration stands inside the part every source agrees on, else after the latest end.
        let x0 = x(round.start.latestInstant), x1 = x(round.end.earliestInstant), outerEnd = x(round.end.latestInstant)
        let barColor = theme.accent
        let moment = { (time: MeetingTime) in x(time.instant) }
        var nodes = SessionBar.nodes(round: round, x: moment, top: top, height: barHeight, color: barColor, theme: theme)
        for (index, segment) in round.segments.enumerated() {
            let s0 = moment(segment.start), s1 = moment(segment.end)
            if s1 - s0 >= 28 {
                let labelTop = top + (barHeight - typesetter.lineHeight(.small)) / 2
                nodes.append(
                    .text(
                        typesetter.run(
                            notes.marker(.segment(round: round.id, index: index)).map { "\($0) \(segment.label)" } ?? segment.label, .small,
                            at: Point(x: s0 + 4, y: labelTop), maxWidth: s1 - s0 - 8,
                            color: style.textColor(on: barColor))))
            }
        }
        let duration = times.duration
        let durationWidth = typesetter.width(duration, .heading)
        let inside = x1 - x0 >= durationWidth + 16 && round.segments.isEmpty
        let durationRun = typesetter.run(
            duration, .heading,
            at: Point(x: inside ? (x0 + x1) / 2 : outerEnd + 8, y: top + (barHeight - typesetter.lineHeight(.heading)) / 2),
            alignment: inside ? .center : .left, color: inside ? style.textColor(on: barColor) : theme.text)
        nodes.append(.text(durationRun))
        return nodes
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
