import Foundation
import ParleyModel
import ParleyScene

/// Several rounds, a row each, on one axis: by time of day in the meeting's zone (so a round
/// that began later in the day stands further right) or by time from each start (so durations
/// compare directly). Durations are printed; the longest and shortest are marked.
struct RoundsComparison {
    let meeting: Meeting
    let rounds: [Round]
    let options: LayoutOptions
    let typesetter: Typesetter
    let style: PartyStyle

    private let margin = 24.0, barHeight = 18.0, rowGap = 14.0

    func scene() throws(LayoutError) -> Scene {
        try ChartBudget.check(TimelineLayout.name, rounds: rounds, drawn: [.rounds, .events])
        let theme = options.theme
        let width = try options.canvasWidth(natural: 900, minimum: 420)
        let left = margin, right = width - margin, contentWidth = right - left
        var nodes: [SceneNode] = []
        var y = margin
        let elapsed = options.alignment == .elapsed

        let notes = ChartNotes(meeting: meeting, rounds: rounds, parts: .rounds, options: options)
        if options.showsTitle {
            let how =
                elapsed
                ? Strings.english.text(.comparisonAlignedAtStart)
                : Strings.english.text(.comparisonByTimeOfDay, [.zone: meeting.timeZoneLabel])
            let block = TitleBlock.make(
                title: notes.marked(meeting.displayTitle, .meeting),
                subtitle: Strings.english.text(.comparisonSubtitle, count: rounds.count, [.how: how]),
                at: Point(x: left, y: y),
                width: contentWidth, typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 16
        }

        // Where each round starts on the axis, in seconds.
        let origins = rounds.map { round in elapsed ? 0 : secondsOfDayInMeetingZone(round.start.instant) }
        let durations = rounds.map(\.durationSeconds)
        let (longest, shortest) = (durations.max() ?? 0, durations.min() ?? 0)
        let marks = rounds.indices.map { index -> String in
            let approximate = Formatting.isApproximate(rounds[index])
            var text = Formatting.duration(seconds: durations[index], approximate: approximate)
            if rounds.count >= 2, longest != shortest {
                if durations[index] == longest {
                    text += Strings.english.text(.comparisonLongest)
                } else if durations[index] == shortest {
                    text += Strings.english.text(.comparisonShortest)
                }
            }
            return text
        }

        let widest = contentWidth * 0.34
        let labelColumn = min(
            max(
                rounds.map {
                    max(
                        typesetter.width(notes.marked($0.displayTitle, .round($0.id)), .heading, cappedAt: widest),
                        typesetter.width(rowDetail($0), .small, cappedAt: widest))
                }.max() ?? 0, 60)
                + 14, widest)
        let durationColumn = (marks.map { typesetter.width($0, .heading) }.max() ?? 0) + 12
        let plotLeft = left + labelColumn, plotRight = max(right - durationColumn, plotLeft + 80)
        let tickWidth = typesetter.width(elapsed ? "10:00" : options.clock.text(secondsOfDay: 43200 + 2700), .tick) + 14
        let lower = zip(origins, durations).map { $0.0 }.min() ?? 0
        let upper = zip(origins, durations).map { $0.0 + $0.1 }.max() ?? 3600
        let axis = TimeAxis(covering: elapsed ? 0 : lower, upper, width: plotRight - plotLeft, minimumSpacing: tickWidth)

        let gridTop = y
        var rowNodes: [SceneNode] = []
        for (index, round) in rounds.enumerated() {
            let title = typesetter.run(
                notes.marked(round.displayTitle, .round(round.id)), .heading, at: Point(x: left, y: y), maxWidth: labelColumn - 10)
            let detail = typesetter.run(
                rowDetail(round), .small, at: Point(x: left, y: y + title.metrics.height + 1), maxWidth: labelColumn - 10)
            let rowHeight = max(title.metrics.height + detail.metrics.height + 1, barHeight)
            let barTop = y + (rowHeight - barHeight) / 2
            let origin = origins[index]
            let x = { (time: MeetingTime) in axis.position(origin + time.instant - round.start.instant, left: plotLeft, right: plotRight) }
            var row: [SceneNode] = [.text(title), .text(detail)]
            row += SessionBar.nodes(round: round, x: x, top: barTop, height: barHeight, color: theme.accent, theme: theme)
            for event in round.events {
                guard let at = event.at else { continue }
                let color = event.parties.first.map(style.color) ?? theme.text
                row.append(
                    .circle(
                        Circle(
                            center: Point(x: x(at), y: barTop + barHeight / 2), radius: 3.5,
                            style: ShapeStyle(fill: color, stroke: Stroke(color: theme.background, width: 1.2)))))
            }
            let isExtreme = durations[index] == longest || durations[index] == shortest
            row.append(
                .text(
                    typesetter.run(
                        marks[index], .heading,
                        at: Point(x: x(round.end) + 8, y: barTop + (barHeight - typesetter.lineHeight(.heading)) / 2),
                        weight: isExtreme && longest != shortest ? .bold : .regular)))
            rowNodes.append(
                .group(
                    Group(id: "round-\(round.id)", title: round.displayTitle, description: MeetingDescription.round(round), children: row)))
            y += rowHeight + rowGap
            try LayoutOptions.checkGrowingHeight(y, at: round.location, remedy: .fewerRounds)
        }
        y += 2
        let axisNodes = AxisDrawing.horizontal(
            axis, y: y, left: plotLeft, right: plotRight, typesetter: typesetter,
            label: { elapsed ? Formatting.elapsed(seconds: $0) : options.clock.text(secondsOfDay: $0) }, gridTop: gridTop)
        // The axis and its grid go under the rows.
        nodes.append(.group(Group(id: "axis", title: Strings.english.text(.timeAxisTitle), children: axisNodes.nodes)))
        nodes += rowNodes
        y += axisNodes.height + 4
        let caption =
            elapsed
            ? Strings.english.text(.comparisonElapsedCaption)
            : Strings.english.text(.comparisonClockCaption, [.zone: meeting.timeZoneLabel])
        let captionRun = typesetter.run(caption, .small, at: Point(x: plotRight, y: y), alignment: .right)
        nodes.append(.text(captionRun))
        y += captionRun.metrics.height
        let notesBlock = try NotesBlock.make(
            notes, at: Point(x: left, y: y + 8), width: contentWidth, typesetter: typesetter, location: meeting.location)
        nodes += notesBlock.nodes
        y += notesBlock.height + (notesBlock.nodes.isEmpty ? 0 : 8)

        let height = try options.canvasHeight(needed: y + margin)
        let summary =
            Strings.english.text(.roundsSummary, count: rounds.count, [.meeting: meeting.displayTitle]) + " "
            + rounds.map(MeetingDescription.round).joined(separator: " ")
        return Scene(
            size: Size(width: width, height: height), background: theme.background,
            title: Strings.english.text(.comparisonSceneTitle, [.meeting: meeting.displayTitle]),
            description: notes.describing(summary), nodes: nodes)
    }

    private func rowDetail(_ round: Round) -> String {
        "\(Formatting.date(round.date)) · \(round.start.clockText)–\(round.end.clockText) \(round.timeZoneLabel)"
    }

    private func secondsOfDayInMeetingZone(_ instant: Int) -> Int {
        let offset = meeting.timeZone.zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        return ((instant + offset) % 86400 + 86400) % 86400
    }
}
