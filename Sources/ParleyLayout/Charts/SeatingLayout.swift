import ParleyModel
import ParleyScene

/// One round's seating seen from above: the table, who sits on each side, the flags
/// behind it, and the viewer's side marked.
public struct SeatingLayout: ChartLayout {
    public static let name = "seating"
    public static let drawsFlags = true
    public static let summary = "one round's table from above, with seats, names and flags"
    public static let scope = ChartScope.round
    public static let options: Set<ChartOption> = []
    public static let exported: [ChartPlacement] = [.eachRound(when: .hasTable)], reported = exported

    public init() {}

    private let margin = 24.0

    public func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene {
        let seated = meeting.rounds.filter { $0.table != nil }
        let round: Round
        if let id = options.roundID {
            round = try options.selectedRounds(of: meeting)[0]
            guard round.table != nil else {
                throw LayoutError(
                    "round '\(id)' has no table; add 'table:' to it, or pick one of the rounds with a table: \(seated.map(\.id).joined(separator: ", "))"
                )
            }
        } else {
            guard let first = seated.first else { throw LayoutError("no round has a table; the seating chart needs 'table:' in a round") }
            round = first
        }
        guard let table = round.table else { throw LayoutError("round '\(round.id)' has no table") }
        try ChartBudget.check(SeatingLayout.name, rounds: [round], drawn: .seats)
        let typesetter = Typesetter(measurer: measurer, family: options.fontFamily, theme: options.theme)
        let style = PartyStyle(meeting: meeting, theme: options.theme, language: options.language)
        let metrics = TablePlan.metrics(for: [table], meeting: meeting, typesetter: typesetter, style: style, maxLabelWidth: 190)
        let plan = TablePlan(
            meeting: meeting, table: table, metrics: metrics, typesetter: typesetter, style: style, flagImages: options.flagImages
        ).make()

        let width = try options.canvasWidth(natural: max(plan.size.width + 2 * margin, 560), minimum: 320)
        var nodes: [SceneNode] = []
        var y = margin
        if options.showsTitle {
            let subtitle = Formatting.facts([round.displayTitle, Formatting.date(round.date), round.venue])
            let block = TitleBlock.make(
                title: "\(meeting.displayTitle): seating", subtitle: subtitle, at: Point(x: margin, y: y), width: width - 2 * margin,
                typesetter: typesetter)
            nodes += block.nodes
            y += block.height + 10
        }
        let legend = Legend.make(
            parties: SeatingCompareLayout.parties(at: [table], meeting), style: style, at: Point(x: margin, y: y),
            width: width - 2 * margin, typesetter: typesetter)
        nodes += legend.nodes
        y += legend.height + 18

        // Fit the plan to the width: centred when it is narrower, scaled down when wider.
        let scale = min(1, (width - 2 * margin) / plan.size.width)
        let x = (width - plan.size.width * scale) / 2
        nodes.append(
            .group(
                Group(
                    id: "plan", title: "Seating plan", description: SeatingDescription.round(round, meeting: meeting, style: style),
                    transform: Transform.scale(x: scale, y: scale).concatenating(.translation(x: x, y: y)), children: plan.nodes)))
        y += plan.size.height * scale + 12
        if let note = table.provenance.note {
            let run = typesetter.run("Note: " + note, .small, at: Point(x: margin, y: y), maxWidth: width - 2 * margin, overflow: .wrap)
            nodes.append(.text(run))
            y += run.metrics.height + 6
        }
        let height = try options.canvasHeight(needed: y + margin - 12)
        return Scene(
            size: Size(width: width, height: height), background: options.theme.background,
            title: "\(meeting.displayTitle): \(round.displayTitle) seating",
            description: SeatingDescription.round(round, meeting: meeting, style: style), nodes: nodes)
    }
}

/// Plain-language summaries of seating, for `<desc>` and captions.
public enum SeatingDescription {
    /// The round's summary, with its seating when it has a table.
    public static func text(_ round: Round, meeting: Meeting, language: String? = nil) -> String {
        Self.round(round, meeting: meeting, style: PartyStyle(meeting: meeting, theme: .light, language: language))
    }

    static func round(_ round: Round, meeting: Meeting, style: PartyStyle) -> String {
        guard let table = round.table else { return MeetingDescription.round(round) }
        var parts: [String] = []
        let sides = SeatingDiff.sidesOfParties(table)
        // The two sides first, then the head: how reports describe a negotiating table.
        let order = Table.sides(of: table.shape).sorted {
            ($0 == .left || $0 == .right ? 0 : 1, $0 == .left ? 0 : 1) < ($1 == .left || $1 == .right ? 0 : 1, $1 == .left ? 0 : 1)
        }
        for side in order {
            let parties = meeting.parties.filter { sides[$0.id] == side }.map { style.name($0.id) }
            guard !parties.isEmpty else { continue }
            let place: String
            switch side {
            case .head: place = "at the head"
            case .far: place = "at the far side"
            case .near: place = "at the near side"
            case .left: place = "on the left \(table.shape == .u ? "arm" : "side")"
            case .right: place = "on the right \(table.shape == .u ? "arm" : "side")"
            case .seats: place = "around the table"
            }
            parts.append("\(SeatingDiff.list(parties)) \(place)")
        }
        var text = "\(MeetingDescription.round(round)) Seating: \(parts.joined(separator: ", "))."
        if !table.flags.isEmpty { text += " Flags \(table.flags.map(style.name).joined(separator: ", "))." }
        // Every seat by name, so the full names survive where labels were shortened.
        for side in order {
            let names = table.seats(side).map { SeatLabel($0, meeting: meeting, style: style).name }
            guard !names.isEmpty else { continue }
            let from = side == .left || side == .right ? " (from the head)" : (side == .seats ? " (clockwise from the top)" : "")
            text += " \(side.rawValue.capitalized)\(from): \(names.joined(separator: ", "))."
        }
        return text
    }
}
