import ParleyModel
import ParleyScene

/// One round's seating seen from above: the table, who sits on each side, the flags
/// behind it, and the viewer's side marked.
public struct SeatingLayout: ChartLayout {
    /// `--chart seating`, and the file name an export gives it.
    public static let name = "seating"
    /// Draws the flags behind the table.
    public static let drawsFlags = true
    /// Shown beside the name in `parley render --help`.
    public static let summary = "one round's table from above, with seats, names and flags"
    /// One round: `--round`, else the first round with a table.
    public static let scope = ChartScope.round
    /// A round's seating and who sits where.
    public static func reportText(of meeting: Meeting, round: Round?, language: String?) -> ChartText {
        let style = PartyStyle(meeting: meeting, options: LayoutOptions(language: language))
        guard let round else {
            let text = style.strings.text(.seatingReportCaption)
            return ChartText(caption: text, description: text)
        }
        return ChartText(
            caption: style.strings.text(.seatingRoundCaption, [.round: style.title(round)]),
            description: SeatingDescription.round(round, meeting: meeting, style: style, clock: .twentyFour))
    }
    /// Its description prints the round's times, so it takes the clock.
    public static let options: Set<ChartOption> = [.clock]
    /// Exported and reported once for each round with a table.
    public static let exported: [ChartPlacement] = [.eachRound(when: .hasTable)], reported = exported

    /// Makes the chart.
    public init() {}

    /// The margin round the chart: 24 points, down to 12 on narrow canvases (a twentieth of the
    /// width between 240 and 480), where it pays for a column. It grows with the width, and
    /// slower than it, so a wider canvas always leaves more room inside.
    static func margin(forWidth width: Double?) -> Double { min(24, max(12, (width ?? .infinity) / 20)) }

    /// The narrowest canvas that holds a plan `planWidth` wide within its margins: the inverse
    /// of `width - 2 × margin(forWidth: width)`.
    static func canvasWidth(holding planWidth: Double) -> Double {
        let scaled = planWidth / 0.9
        if scaled < 240 { return planWidth + 24 }
        return scaled <= 480 ? scaled : planWidth + 48
    }

    /// Where the table's note marker stands, in the plan's coordinates: beside the top right
    /// corner of a U (nothing is drawn there, the arms' labels stand lower), else beside the
    /// plan's, where a rectangle's or a round table's labels cannot be.
    static func markerCorner(of plan: (nodes: [SceneNode], size: Size), shape: Table.Shape) -> Point {
        let corner = Point(x: plan.size.width, y: 0)
        guard shape == .u else { return corner }
        let table = Scene(size: plan.size, nodes: plan.nodes).flattened().filter { $0.groupPath.first == "table" }.compactMap(
            \.canvasBounds)
        guard let first = table.first else { return corner }
        let bounds = table.dropFirst().reduce(first) { $0.union($1) }
        return Point(x: bounds.maxX, y: bounds.minY)
    }

    /// The table of `--round` (else the first round with one); throws when that round has no table.
    public func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene {
        let seated = meeting.rounds.filter { $0.table != nil }
        let round: Round
        if let id = options.roundID {
            round = try options.selectedRounds(of: meeting)[0]
            guard round.table != nil else {
                throw .roundHasNoTable(id: id, seated: seated.map(\.id))
            }
        } else {
            guard let first = seated.first else { throw .noRoundWithTable }
            round = first
        }
        guard let table = round.table else { throw .roundHasNoTable(id: round.id, seated: seated.map(\.id)) }
        try ChartBudget.check(SeatingLayout.name, rounds: [round], drawn: .seats)
        let typesetter = Typesetter(measurer: measurer, family: options.fontFamily, theme: options.theme)
        let style = PartyStyle(meeting: meeting, options: options)
        let strings = style.strings
        let notes = ChartNotes(meeting: meeting, rounds: [round], parts: [.rounds, .tables], options: options)
        let margin = SeatingLayout.margin(forWidth: options.width)
        let available = try options.askedWidth().map { $0 - 2 * margin }
        let fitting = PlanFitting(tables: [table]) { cap, numbers, available in
            var metrics = TablePlan.metrics(
                for: [table], meeting: meeting, typesetter: typesetter, style: style, maxLabelWidth: cap, notes: notes,
                seatNumbers: numbers)
            metrics.flagSize = TablePlan.flagSize(count: table.flags.count, within: available)
            let plan = TablePlan(
                meeting: meeting, table: table, metrics: metrics, typesetter: typesetter, style: style, flagImages: options.flagImages,
                notes: notes
            ).make()
            return PlanFitting.Fitted(metrics: metrics, plans: [plan])
        }
        // The narrowest this chart can be: its title block's, or the numbered plan's.
        let (fitted, minimum) = try fitting.fittedCanvas(
            available: available, naturalCap: table.shape == .round ? 160 : 190, asked: options.width, margin: margin)
        let plan = fitted.plans[0]

        let width = try options.canvasWidth(natural: max(plan.size.width + 2 * margin, 560), minimum: minimum)
        var nodes: [SceneNode] = []
        var y = margin
        if options.showsTitle {
            let subtitle = notes.marked(
                Formatting.facts([style.title(round), Formatting.date(round.date, strings: strings), style.venue(round)]), .round(round.id))
            let block = TitleBlock.make(
                title: notes.marked(strings.text(.seatingTitle, [.meeting: style.meetingTitle]), .meeting), subtitle: subtitle,
                at: Point(x: margin, y: y),
                width: width - 2 * margin,
                typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 10
        }
        let legend = Legend.make(
            parties: SeatingCompareLayout.parties(at: [table], meeting), style: style, at: Point(x: margin, y: y),
            width: width - 2 * margin, typesetter: typesetter, notes: notes)
        nodes += legend.nodes
        y += legend.height + 18
        // A placement the model does not confirm is said over the plan, not only in a note under it.
        if let status = table.provenance.status, table.provenance.isUnconfirmed {
            let caveat = typesetter.run(
                notes.marked(strings.text(.seatingPlacementCaveat, [.value: strings.text(ChartNotes.statusKey(status))]), .table(round.id)),
                .small, at: Point(x: margin, y: y - 8), maxWidth: width - 2 * margin, overflow: .wrap, weight: .bold)
            nodes.append(.text(caveat))
            y += caveat.metrics.height + 2
        }

        // The plan is fitted to the width, never scaled: centred in it.
        let x = (width - plan.size.width) / 2
        nodes.append(
            .group(
                Group(
                    id: "plan", title: strings.text(.seatingPlanTitle),
                    description: SeatingDescription.round(round, meeting: meeting, style: style, clock: options.clock),
                    transform: .translation(x: x, y: y), children: plan.nodes)))
        if let marker = notes.marker(.table(round.id)) {
            let corner = Self.markerCorner(of: plan, shape: table.shape)
            var run = typesetter.run(marker, .small, at: Point(x: x + corner.x + 4, y: y + corner.y))
            if run.frame.maxX > width - 1 {
                // No room beside the corner (a narrow canvas the plan fills): over it, in the
                // gap left above the plan, inside the canvas.
                run = typesetter.run(marker, .small, at: Point(x: min(x + corner.x, width - 2), y: y + corner.y - 2), alignment: .right)
                run = run.offsetBy(dx: 0, dy: -run.metrics.height)
            }
            nodes.append(.text(run))
        }
        y += plan.size.height + 12
        if let numbers = fitted.metrics.seatNumbers {
            let list = try SeatList.make(
                table, numbers: numbers, meeting: meeting, style: style, notes: notes, at: Point(x: margin, y: y),
                width: width - 2 * margin, typesetter: typesetter)
            nodes += list.nodes
            y += list.height + 12
        }
        let block = try NotesBlock.make(
            notes, at: Point(x: margin, y: y - 6), width: width - 2 * margin, typesetter: typesetter, location: table.location)
        nodes += block.nodes
        y += block.height + (block.nodes.isEmpty ? 0 : 6)
        let height = try options.canvasHeight(needed: y + margin - 12)
        return Scene(
            size: Size(width: width, height: height), background: options.theme.background,
            title: strings.text(.seatingSceneTitle, [.meeting: style.meetingTitle, .round: style.title(round)]),
            description: notes.describing(SeatingDescription.round(round, meeting: meeting, style: style, clock: options.clock)),
            nodes: nodes)
    }
}
