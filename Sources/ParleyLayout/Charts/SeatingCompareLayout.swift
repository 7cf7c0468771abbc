import ParleyModel
import ParleyScene

/// Seating compared across rounds: small multiples at one scale and orientation, each later
/// round marked with how it changed from the one before, and the change spelled out below
/// ("Round 2 mirrors Round 1: Russia and Ukraine swapped sides; Turkey stays at the head.").
public struct SeatingCompareLayout: ChartLayout {
    /// `--chart seating-compare`, and the file name an export gives it.
    public static let name = "seating-compare"
    /// Draws each compared round's flags.
    public static let drawsFlags = true
    /// The people a change's sentences name one by one; the rest are counted.
    static let peopleShown = 8
    /// Shown beside the name in `parley render --help`.
    public static let summary = "the seating of several rounds side by side, with what changed"
    /// "Seating compared", with every change from one round to the next spelled out.
    public static func reportText(of meeting: Meeting, round: Round?, language: String?) -> ChartText {
        let style = PartyStyle(meeting: meeting, options: LayoutOptions(language: language))
        let titles = Dictionary(meeting.rounds.map { ($0.id, style.title($0)) }, uniquingKeysWith: { first, _ in first })
        let text = SeatingChangeText(
            strings: style.strings, names: style.name, titles: { titles[$0] ?? $0 }, placements: SeatingChangeText.placements(in: meeting),
            people: { id in style.person(id)?.name(in: style.language) ?? id })
        let changes = SeatingDiff.consecutive(in: meeting).map { text.sentences(for: $0, peopleShown: peopleShown).joined(separator: " ") }
        return ChartText(caption: style.strings.text(.compareReportCaption), description: changes.joined(separator: " "))
    }
    /// The whole meeting, or the rounds `--rounds` picks.
    public static let scope = ChartScope.meeting
    /// Takes `--rounds` to pick and order the rounds compared.
    public static let options: Set<ChartOption> = [.roundSelection]
    /// Exported and reported once a meeting, when at least two rounds have a table.
    public static let exported: [ChartPlacement] = [.meeting(when: .tables(atLeast: 2))], reported = exported

    /// Makes the chart.
    public init() {}

    private let gap = 40.0
    /// The widest the comparison grows by itself, in points: wider, a reader loses the rows.
    static let naturalWidth = 1800.0

    static func parties(at tables: [Table], _ meeting: Meeting) -> [Party] {
        let ids = Set(
            tables.flatMap { table in Table.sides(of: table.shape).flatMap { table.seats($0) }.compactMap(\.party) + table.flags })
        return meeting.parties.filter { ids.contains($0.id) }
    }

    /// The selected rounds with a table, side by side; throws when fewer than two have one.
    public func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene {
        let rounds = try options.selectedRounds(of: meeting).filter { $0.table != nil }
        guard rounds.count >= 2 else {
            throw .tooFewTablesToCompare(
                chosen: rounds.count, seated: meeting.rounds.filter { $0.table != nil }.map(\.id),
                wereChosen: options.roundID != nil || options.roundIDs != nil)
        }
        try ChartBudget.check(SeatingCompareLayout.name, rounds: rounds, drawn: [.rounds, .seats])
        let tables = rounds.compactMap(\.table)
        let typesetter = Typesetter(measurer: measurer, family: options.fontFamily, theme: options.theme)
        let style = PartyStyle(meeting: meeting, options: options)
        let strings = style.strings
        let theme = options.theme
        let notes = ChartNotes(meeting: meeting, rounds: rounds, parts: .tables, options: options)
        let diffs = zip(rounds, rounds.dropFirst()).map { SeatingDiff(meeting: meeting, from: $0.0, to: $0.1) }
        let marks = [SeatMarks()] + diffs.map { SeatMarks($0, strings: strings) }
        let margin = SeatingLayout.margin(forWidth: options.width)
        let available = try options.askedWidth().map { $0 - 2 * margin }
        let fitting = PlanFitting(tables: tables) { cap, numbers, available in
            var metrics = TablePlan.metrics(
                for: tables, meeting: meeting, typesetter: typesetter, style: style, maxLabelWidth: cap, notes: notes, marks: marks,
                seatNumbers: numbers)
            metrics.flagSize = TablePlan.flagSize(count: tables.map(\.flags.count).max() ?? 0, within: available)
            let plans = zip(tables, marks).map {
                TablePlan(
                    meeting: meeting, table: $0.0, metrics: metrics, typesetter: typesetter, style: style, flagImages: options.flagImages,
                    notes: notes, marks: $0.1
                ).make()
            }
            return PlanFitting.Fitted(metrics: metrics, plans: plans)
        }
        let (fitted, minimum) = try fitting.fittedCanvas(available: available, naturalCap: 160, asked: options.width, margin: margin)
        let plans = fitted.plans
        let sizes = tables.indices.map { index in
            DelegationSizeLine.text(
                of: tables[index], before: index > 0 ? tables[index - 1] : nil, diff: index > 0 ? diffs[index - 1] : nil,
                meeting: meeting, style: style)
        }
        let titles = Dictionary(meeting.rounds.map { ($0.id, style.title($0)) }, uniquingKeysWith: { first, _ in first })
        let title = { (id: String) in titles[id] ?? id }
        // The caveat points at the table's note when the chart draws it.
        let placements = SeatingChangeText.placements(in: meeting) { id in
            notes.marker(.table(id)) == nil ? nil : notes.number(of: .table(id))
        }
        let changeText = SeatingChangeText(
            strings: strings, names: style.name, titles: title, placements: placements,
            people: { id in style.person(id)?.name(in: style.language) ?? id })
        // Every ranked sentence of each change, the caption first (what a reader most needs).
        let captions = diffs.map { changeText.sentences(for: $0, peopleShown: Self.peopleShown).joined(separator: " ") }

        // As many panels side by side as fit at full size (at most three), the rest in rows
        // below: small multiples stack rather than shrink their names.
        let panelWidth = max(fitted.width, 1)
        let room = available ?? (Self.naturalWidth - 2 * margin)
        let columns = max(1, min(rounds.count, 3, Int(((room + gap) / (panelWidth + gap)).rounded(.down))))
        let naturalWidth = Double(columns) * panelWidth + Double(columns - 1) * gap
        let width = try options.canvasWidth(natural: naturalWidth + 2 * margin, minimum: minimum)

        var nodes: [SceneNode] = []
        var y = margin
        if options.showsTitle {
            let block = TitleBlock.make(
                title: notes.marked(strings.text(.compareTitle, [.meeting: style.meetingTitle]), .meeting),
                subtitle: strings.text(.compareSubtitle, count: rounds.count),
                at: Point(x: margin, y: y), width: width - 2 * margin, typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 10
        }
        let legend = Legend.make(
            parties: SeatingCompareLayout.parties(at: tables, meeting), style: style, at: Point(x: margin, y: y), width: width - 2 * margin,
            typesetter: typesetter, notes: notes)
        nodes += legend.nodes
        y += legend.height + 16

        let cellWidth = panelWidth, columnGap = gap
        let left = (width - (Double(columns) * cellWidth + Double(columns - 1) * columnGap)) / 2
        var rowTop = y
        for rowStart in stride(from: 0, to: rounds.count, by: columns) {
            let row = Array(rowStart..<min(rowStart + columns, rounds.count))
            // Headings first: the tallest sets where this row's plans begin.
            var headings: [[TextRun]] = []
            for index in row {
                let x = left + Double(index - rowStart) * (cellWidth + columnGap)
                var runs = [
                    typesetter.run(
                        notes.marked(
                            strings.text(
                                .compareRoundHeading,
                                [.round: style.title(rounds[index]), .date: Formatting.date(rounds[index].date, strings: strings)]),
                            .table(rounds[index].id)),
                        .heading, at: Point(x: x, y: rowTop),
                        maxWidth: cellWidth, overflow: .wrap)
                ]
                if index > 0 {
                    let diff = diffs[index - 1]
                    let isMirrored = SeatingChangeText.badge(diff) == .mirrors
                    runs.append(
                        typesetter.run(
                            changeText.badgeText(diff), .small, at: Point(x: x, y: runs[0].box.maxY + 2), maxWidth: cellWidth,
                            overflow: .lineClamp, color: isMirrored ? theme.text : theme.secondaryText, weight: .bold))
                }
                runs.append(
                    typesetter.run(
                        sizes[index], .small, at: Point(x: x, y: (runs.last?.box.maxY ?? rowTop) + 2), maxWidth: cellWidth,
                        overflow: .wrap, color: theme.secondaryText))
                headings.append(runs)
            }
            let planTop = (headings.flatMap { $0 }.map(\.box.maxY).max() ?? rowTop) + 10
            var rowBottom = planTop
            for (slot, index) in row.enumerated() {
                let x = left + Double(slot) * (cellWidth + columnGap)
                let plan = plans[index]
                let offset = x + (panelWidth - plan.size.width) / 2
                let panel = Group(
                    id: "round-\(rounds[index].id)", title: strings.text(.seatingPanelTitle, [.round: style.title(rounds[index])]),
                    description: SeatingDescription.round(rounds[index], meeting: meeting, style: style, clock: .twentyFour),
                    transform: .translation(x: offset, y: planTop), children: plan.nodes, role: .round)
                nodes.append(.group(panel))
                nodes += headings[slot].map { .text($0) }
                rowBottom = max(rowBottom, planTop + plan.size.height)
                if let numbers = fitted.metrics.seatNumbers {
                    var list = try SeatList.make(
                        tables[index], numbers: numbers, marks: marks[index], meeting: meeting, style: style, notes: notes,
                        at: Point(x: x, y: planTop + plan.size.height + 10), width: cellWidth, typesetter: typesetter)
                    // One list per panel: ids stay unique in the scene.
                    list.nodes = list.nodes.map { node in
                        guard case .group(var group) = node else { return node }
                        group.id = "seat-list-\(rounds[index].id)"
                        return .group(group)
                    }
                    nodes += list.nodes
                    rowBottom = max(rowBottom, planTop + plan.size.height + 10 + list.height)
                }
                // A mirrored pair side by side gets a double arrow between them.
                if slot > 0, diffs[index - 1].isMirrored {
                    let arrowY = planTop + 20
                    let from = Point(x: x - columnGap + 6, y: arrowY), to = Point(x: x - 6, y: arrowY)
                    if to.x - from.x > 14 {
                        nodes.append(
                            .arrow(
                                Arrow(
                                    from: from, to: to, stroke: Stroke(color: theme.text, width: 1.5), headLength: 6, headWidth: 6,
                                    isDoubleHeaded: true)))
                    }
                }
            }
            rowTop = rowBottom + 24
            try LayoutOptions.checkGrowingHeight(rowTop, at: rounds[row[0]].location, remedy: .fewerRounds)
            try ChartBudget.checkText(typesetter, at: rounds[row[0]].location)
        }

        // What changed, pair by pair, after what the marks on the plans mean.
        var y2 = rowTop
        var captionNodes: [SceneNode] = []
        if marks.contains(where: { !$0.changed.isEmpty || !$0.movedParties.isEmpty }) {
            let key = typesetter.run(
                strings.text(.compareMarksKey), .small, at: Point(x: margin, y: y2 - 12), maxWidth: width - 2 * margin, overflow: .wrap,
                color: theme.secondaryText)
            captionNodes.append(.text(key))
            y2 = key.box.maxY + 10
        }
        let heading = typesetter.run(strings.text(.compareChangesTitle), .heading, at: Point(x: margin, y: y2))
        captionNodes.append(.text(heading))
        y2 += heading.metrics.height + 4
        for (caption, round) in zip(captions, rounds.dropFirst()) {
            let run = typesetter.run(
                strings.text(.compareChangeItem, [.text: caption]), .body, at: Point(x: margin, y: y2),
                maxWidth: width - 2 * margin,
                overflow: .wrap)
            captionNodes.append(.text(run))
            y2 += run.metrics.height + 4
            try LayoutOptions.checkGrowingHeight(y2, at: round.location, remedy: .fewerRounds)
            try ChartBudget.checkText(typesetter, at: round.location)
        }
        nodes.append(.group(Group(id: "changes", title: strings.text(.compareChangesTitle), children: captionNodes, role: .changes)))
        let block = try NotesBlock.make(
            notes, at: Point(x: margin, y: y2), width: width - 2 * margin, typesetter: typesetter, location: meeting.location)
        nodes += block.nodes
        y2 += block.height
        let height = try options.canvasHeight(needed: y2 + margin - 4)
        let summary = notes.describing(captions.joined(separator: " "))
        return Scene(
            size: Size(width: width, height: height), background: theme.background,
            title: strings.text(.compareTitle, [.meeting: style.meetingTitle]),
            description: summary, nodes: nodes)
    }
}
