import ParleyColor
import ParleyModel
import ParleyScene

/// One day's row of the planner: the date at its start; the day's pieces of rounds in
/// sub-lanes (a piece goes in the first lane it does not overlap), each sub-lane with its own
/// band of labels above its bars, stacked so that no label or leader line meets another; and,
/// on a day whose clocks change, a dashed line at each change and the row's own times under it.
struct DayPlannerRow {
    let planner: DayPlanner
    let frame: DayPlanner.Frame
    let day: DayRows.Day
    let notes: ChartNotes

    private struct Placed {
        let piece: DayRows.Piece
        let x0: Double, x1: Double
        var title: TextRun, facts: TextRun?
    }

    func nodes(top: Double) throws(LayoutError) -> (nodes: [SceneNode], height: Double) {
        let typesetter = planner.typesetter, theme = planner.options.theme, strings = planner.strings
        var nodes: [SceneNode] = []
        let dateRun = typesetter.run(
            Formatting.weekdayDate(day.date, strings: strings), .heading, at: Point(x: frame.dateLeft, y: top), maxWidth: frame.dateWidth,
            overflow: .wrap)
        nodes.append(.text(dateRun))
        var dateHeight = dateRun.metrics.height
        if day.hours != 24, let change = day.clockChanges.first {
            let text = strings.text(
                .dayPlannerDayLength, count: day.hours,
                [
                    .count: String(day.hours), .from: RoundTimeText.meetingZoneLabel(planner.meeting, at: change - 1),
                    .to: RoundTimeText.meetingZoneLabel(planner.meeting, at: change),
                ])
            let run = typesetter.run(
                text, .small, at: Point(x: frame.dateLeft, y: top + dateHeight + 2), maxWidth: frame.dateWidth, overflow: .wrap)
            nodes.append(.text(run))
            dateHeight += 2 + run.metrics.height
        }

        // Sub-lanes: the first whose last bar ends (with a gap) before this one starts.
        var laneEnds: [Double] = []
        var spans: [[(piece: DayRows.Piece, x0: Double, x1: Double)]] = []
        for piece in day.pieces {
            let x0 = frame.x(piece.start, on: day), x1 = max(frame.x(piece.end, on: day), x0 + 2)
            let lane = laneEnds.firstIndex { $0 + 4 <= x0 } ?? laneEnds.count
            if lane == laneEnds.count {
                laneEnds.append(x1)
                spans.append([])
            } else {
                laneEnds[lane] = x1
            }
            spans[lane].append((piece, x0, x1))
        }
        // A label may run as wide as the gap to the next bar of its lane: fewer lines, and no
        // stacking where a narrower label would have had to climb over its neighbour's.
        let lanes = spans.map { lane in
            lane.indices.map { index in
                let next = index + 1 < lane.count ? lane[index + 1].x0 - 8 : frame.right
                return label(lane[index].piece, x0: lane[index].x0, x1: lane[index].x1, clear: next)
            }
        }

        var y = frame.datesAbove ? top + dateHeight + 4 : top
        // Where each lane's bars stand: a clock change is drawn across them, not through the labels between.
        var barSpans: [ClosedRange<Double>] = []
        for lane in lanes {
            var stacking = LabelLanes(gap: 6)
            var slots = [Int](repeating: 0, count: lane.count)
            // Right to left: a label runs rightwards from its bar's start, so the labels placed
            // before it start further right and never stand in the way of its leader line.
            for index in lane.indices.reversed() {
                let placed = lane[index], frameOf = labelFrame(placed)
                slots[index] = stacking.place(frameOf.minX...frameOf.maxX, stem: placed.x0 + min(3, (placed.x1 - placed.x0) / 2))
            }
            let slotHeight = (lane.map { labelFrame($0).height }.max() ?? 0) + 3
            let bandHeight = Double(stacking.count) * slotHeight
            let barTop = y + bandHeight + 2
            barSpans.append((barTop - 3)...(barTop + planner.barHeight + 3))
            for (placed, slot) in zip(lane, slots) {
                let labelTop = y + Double(stacking.count - 1 - slot) * slotHeight
                nodes.append(pieceGroup(placed, labelTop: labelTop, barTop: barTop))
            }
            y = barTop + planner.barHeight + 8
            try LayoutOptions.checkGrowingHeight(y, remedy: .fewerRounds)
        }
        // A change outside the hours shown (02:00 on a day whose sessions start at 09:00) has no
        // line; the row's own times under it still say what the clocks read.
        for change in day.clockChanges where (frame.plotLeft...frame.plotRight).contains(frame.x(change, on: day)) {
            let x = frame.x(change, on: day)
            for span in barSpans {
                nodes.append(
                    .line(
                        Line(
                            from: Point(x: x, y: span.lowerBound), to: Point(x: x, y: span.upperBound),
                            stroke: Stroke(color: theme.text, width: 1, dash: [4, 2]))))
            }
        }
        if !day.clockChanges.isEmpty { y += ownTimes(at: y - 4, into: &nodes) }
        return (nodes, max(y - 8, top + dateHeight) - top)
    }

    /// The row's own wall-clock ticks, under its bars: on a day whose clocks change the header's
    /// hours no longer stand over this row's times after the change.
    private func ownTimes(at y: Double, into nodes: inout [SceneNode]) -> Double {
        let typesetter = planner.typesetter, strings = planner.strings
        let origin = frame.origin(of: day), end = frame.end(of: day)
        let tickWidth = typesetter.width(planner.options.clock.text(secondsOfDay: 22 * 3600 + 2700, strings: strings), .tick) + 14
        let step = TimeAxis(covering: origin, end, width: frame.plotRight - frame.plotLeft, minimumSpacing: tickWidth).step
        let scale = DayClockScale(
            origin: origin, left: frame.plotLeft, pointsPerSecond: frame.pointsPerSecond,
            majorTicks: ZonedTimeAxis.ticks(every: step, from: origin, through: end, zone: frame.rows.zone), minorTicks: [])
        let drawn = scale.drawn(
            y: y, line: frame.plotLeft...max(scale.x(end), frame.plotLeft), labels: frame.labelLeft...frame.right, typesetter: typesetter,
            label: { planner.options.clock.text(secondsOfDay: frame.rows.zone.wallClock(at: $0).secondsOfDay, strings: strings) })
        nodes.append(
            .group(Group(id: "day-\(day.date)-times", title: strings.text(.timeAxisTitle), children: drawn.nodes, role: .axis)))
        return drawn.height + 6
    }

    /// The label of a piece, set at its bar's start (pulled left where the canvas ends):
    /// the title, then times and duration; a piece carried over from the day before says only
    /// that it continues, so the duration is given once.
    private func label(_ piece: DayRows.Piece, x0: Double, x1: Double, clear: Double) -> Placed {
        let typesetter = planner.typesetter, strings = planner.strings, style = planner.style
        let round = planner.rounds[piece.round]
        let times = RoundTimeText(round, meeting: planner.meeting, clock: planner.options.clock, strings: strings)
        let room = frame.right - frame.labelLeft
        let title = notes.marked(style.title(round), .round(round.id))
        // Never narrower than the title's longest word: a word is not broken while there is room.
        let bold = typesetter.font(.small).with(weight: .bold)
        let longestWord =
            title.split(separator: " ").prefix(64).map { typesetter.measurer.measure(String($0), font: bold).width }.max() ?? 0
        let maxWidth = min(room, max(x1 - x0, min(clear - x0, Self.widestLabel), Self.narrowestLabel, longestWord + 2))
        var titleRun: TextRun, factsRun: TextRun?
        if piece.continuesFromDayBefore {
            var endText = times.wallClock(at: round.end.latestInstant, in: frame.rows.zone, approximate: round.end.isApproximate)
            // A middle day of a round of several days: the end is on a later row, so it gives its date.
            if piece.continuesToNextDay {
                endText = Formatting.facts([
                    Formatting.shortDate(frame.rows.zone.wallClock(at: round.end.latestInstant).date, strings: strings), endText,
                ])
            }
            titleRun = typesetter.run(
                strings.text(.dayPlannerContinued, [.text: title, .value: endText]), .small, at: .zero, maxWidth: maxWidth,
                overflow: .wrap, weight: .bold)
        } else {
            titleRun = typesetter.run(title, .small, at: .zero, maxWidth: maxWidth, overflow: .wrap, weight: .bold)
            factsRun = typesetter.run(
                Formatting.facts([times.span, Self.unbroken(Formatting.duration(of: round, strings: strings))]), .small,
                at: Point(x: 0, y: titleRun.metrics.height),
                maxWidth: maxWidth, overflow: .wrap)
        }
        let width = max(titleRun.metrics.width, factsRun?.metrics.width ?? 0)
        let left = min(max(x0, frame.labelLeft), frame.right - width)
        titleRun = titleRun.offsetBy(dx: left, dy: 0)
        factsRun = factsRun?.offsetBy(dx: left, dy: 0)
        return Placed(piece: piece, x0: x0, x1: x1, title: titleRun, facts: factsRun)
    }

    /// The narrowest a label is wrapped to before it stacks over its neighbours, and the widest it runs.
    static let narrowestLabel = 110.0, widestLabel = 260.0

    /// `text` with no-break spaces, so "1 h 45 min" never ends a line at "1 h 45".
    static func unbroken(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "\u{00A0}") }

    private func labelFrame(_ placed: Placed) -> Rect {
        placed.facts.map { placed.title.frame.union($0.frame) } ?? placed.title.frame
    }

    /// The piece's bar, its continuation arrows, events, label and leader line, as one group.
    private func pieceGroup(_ placed: Placed, labelTop: Double, barTop: Double) -> SceneNode {
        let strings = planner.strings, style = planner.style
        let theme = planner.options.theme
        let round = planner.rounds[placed.piece.round]
        let shown = DayPlannerPiece.round(round, cutTo: placed.piece, zone: frame.rows.zone)
        let x = { (time: MeetingTime) in frame.x(time.instant, on: day) }
        var children = SessionBar.nodes(round: shown, x: x, top: barTop, height: planner.barHeight, color: theme.accent, theme: theme)
        let middle = barTop + planner.barHeight / 2
        if placed.piece.continuesToNextDay {
            children.append(DayPlannerPiece.arrow(at: placed.x1 + 2, y: middle, color: theme.text))
        }
        if placed.piece.continuesFromDayBefore {
            children.append(DayPlannerPiece.arrow(at: placed.x0 - 8, y: middle, color: theme.text))
        }
        // Events as ticks across the bar, in whichever of the text and background colours stands
        // out more from it: at this scale dots of nearby minutes would hide one another, and a
        // party's colour can vanish on the bar; the round's own timeline names and colours them.
        let tickColor =
            theme.text.contrastRatio(with: theme.accent) >= theme.background.contrastRatio(with: theme.accent)
            ? theme.text : theme.background
        for event in round.events {
            guard let at = event.at, at.instant >= placed.piece.start, at.instant <= placed.piece.end else { continue }
            let tickX = x(at)
            children.append(
                .line(
                    Line(
                        from: Point(x: tickX, y: barTop + 2), to: Point(x: tickX, y: barTop + planner.barHeight - 2),
                        stroke: Stroke(color: tickColor, width: 1.5, dash: at.isApproximate || at.isUncertain ? [2, 1.5] : []))))
        }
        let title = placed.title.offsetBy(dx: 0, dy: labelTop)
        children.append(.text(title))
        var bottom = title.frame.maxY
        if let facts = placed.facts?.offsetBy(dx: 0, dy: labelTop) {
            children.append(.text(facts))
            bottom = facts.frame.maxY
        }
        let stem = placed.x0 + min(3, (placed.x1 - placed.x0) / 2)
        if barTop - bottom > 4 {
            children.append(
                .line(
                    Line(
                        from: Point(x: stem, y: bottom + 1), to: Point(x: stem, y: barTop - 1),
                        stroke: Stroke(color: theme.rule, width: 0.75))))
        }
        let id = placed.piece.continuesFromDayBefore ? "round-\(round.id)-\(day.date)" : "round-\(round.id)"
        return .group(
            Group(
                id: id, title: style.title(round),
                description: MeetingDescription.round(
                    round, meeting: planner.meeting, clock: planner.options.clock, strings: strings, language: style.language),
                children: children,
                role: .round))
    }
}
