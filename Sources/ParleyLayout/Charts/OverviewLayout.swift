import ParleyModel
import ParleyScene

/// A one-glance summary of the meeting: a row per round with its date, venue, times and a
/// bar whose length is the round's duration, so rounds compare at once.
public struct OverviewLayout: ChartLayout {
    /// `--chart overview`, and the file name an export gives it.
    public static let name = "overview"
    /// Shown beside the name in `parley render --help`.
    public static let summary = "every round with date, venue, times and duration"
    /// Always the whole meeting.
    public static let scope = ChartScope.meeting
    /// Prints every round's times, so it takes the clock.
    public static let options: Set<ChartOption> = [.clock]
    /// One overview a meeting in an export; reports leave it out, since their sections say the same.
    public static let exported: [ChartPlacement] = [.meeting()], reported: [ChartPlacement] = []

    /// Makes the chart.
    public init() {}

    private let margin = 24.0, rowGap = 14.0, barHeight = 10.0

    /// A row per round, from model order; throws when the meeting has no rounds or too many to draw.
    public func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene {
        guard !meeting.rounds.isEmpty else { throw .noRounds(chart: OverviewLayout.name) }
        try ChartBudget.check(OverviewLayout.name, rounds: meeting.rounds, drawn: .rounds)
        let theme = options.theme
        let typesetter = Typesetter(measurer: measurer, family: options.fontFamily, theme: theme)
        let style = PartyStyle(meeting: meeting, options: options)
        let strings = style.strings
        let width = try options.canvasWidth(natural: 720, minimum: LayoutOptions.narrowestWidth)
        let titleFont = Font(family: options.fontFamily, size: 20, weight: .bold)
        let headFont = Font(family: options.fontFamily, size: 14, weight: .bold)
        let bodyFont = Font(family: options.fontFamily, size: 12)
        let textWidth = width - 2 * margin
        var nodes: [SceneNode] = []
        var y = margin
        let notes = ChartNotes(meeting: meeting, rounds: meeting.rounds, parts: .rounds, options: options)

        if options.showsTitle {
            let title = typesetter.run(
                notes.marked(style.meetingTitle, .meeting), font: titleFont, color: theme.text, at: Point(x: margin, y: y),
                maxWidth: textWidth,
                overflow: .wrap)
            nodes.append(.text(title))
            y += title.metrics.height + 16
        }

        let longest = Double(meeting.rounds.map(\.durationSeconds).max() ?? 1)
        // Room after the longest bar for the widest duration ("9 h 50 min – 10 h 10 min" for a contested one).
        let durations = meeting.rounds.map { Formatting.duration(of: $0, strings: strings) }
        let widestDuration = durations.map { measurer.measure($0, font: bodyFont).width }.max() ?? 0
        let durationColumn = min(max(120, widestDuration + 12), textWidth / 2)
        for (index, round) in meeting.rounds.enumerated() {
            var rowNodes: [SceneNode] = []
            let heading = strings.text(
                .compareRoundHeading,
                [.round: notes.marked(style.title(round), .round(round.id)), .date: Formatting.date(round.date, strings: strings)])
            // Headings and details wrap (up to the clamp) rather than cut: a narrow canvas makes rows taller.
            let head = typesetter.run(
                heading, font: headFont, color: theme.text, at: Point(x: margin, y: y), maxWidth: textWidth, overflow: .lineClamp)
            rowNodes.append(.text(head))
            var rowY = y + head.metrics.height + 2
            let details = Formatting.facts([
                style.venue(round), Formatting.span(round, meeting: meeting, clock: options.clock, strings: strings),
            ])
            let detail = typesetter.run(
                details, font: bodyFont, color: theme.secondaryText, at: Point(x: margin, y: rowY), maxWidth: textWidth,
                overflow: .lineClamp)
            rowNodes.append(.text(detail))
            rowY += detail.metrics.height + 6

            let approximate = Formatting.isApproximate(round)
            let barSpace = textWidth - durationColumn
            let barWidth = max(2, barSpace * Double(round.durationSeconds) / max(longest, 1))
            let barStroke = approximate ? Stroke(color: theme.text, width: 1, dash: [3, 2]) : nil
            rowNodes.append(
                .rect(
                    RectShape(
                        frame: Rect(x: margin, y: rowY, width: barWidth, height: barHeight), cornerRadius: 2,
                        style: ShapeStyle(fill: theme.accent.withAlpha(approximate ? 0.45 : 1), stroke: barStroke))))
            let duration = typesetter.run(
                durations[index], font: bodyFont, color: theme.text,
                at: Point(x: margin + barWidth + 8, y: rowY + barHeight / 2 - 8))
            rowNodes.append(.text(duration))
            rowY += max(barHeight, duration.metrics.height) + rowGap

            nodes.append(
                .group(
                    Group(
                        id: "round-\(round.id)", title: style.title(round), description: "\(heading): \(details)", children: rowNodes,
                        role: .round))
            )
            y = rowY
            try LayoutOptions.checkGrowingHeight(y, at: round.location, remedy: .fewerRounds)
        }
        let notesBlock = try NotesBlock.make(
            notes, at: Point(x: margin, y: y - rowGap), width: textWidth, typesetter: typesetter, location: meeting.location)
        nodes += notesBlock.nodes
        y += notesBlock.height + (notesBlock.nodes.isEmpty ? 0 : rowGap)
        let height = try options.canvasHeight(needed: y + margin - rowGap)
        return Scene(
            size: Size(width: width, height: height), background: theme.background, title: style.meetingTitle,
            description: notes.describing(MeetingDescription.overview(meeting, options: options)), nodes: nodes)
    }
}
