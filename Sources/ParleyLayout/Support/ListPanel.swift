import ParleyModel
import ParleyScene

/// The lists under a round's chart: untimed events and outcomes, each item with its parties'
/// colours and names (names too, so print and colour-blind readers lose nothing), its note's
/// marker, and a mark when the model says its fact is not confirmed. The notes themselves are
/// in the chart's `NotesBlock`.
enum ListPanel {
    /// `numberedEvents`: timed events whose markers carry numbers instead of labels.
    static func make(
        round: Round, numberedEvents: [(number: Int, time: String, event: Event)] = [], notes: ChartNotes, style: PartyStyle,
        at origin: Point, width: Double,
        typesetter: Typesetter
    ) throws(LayoutError) -> (nodes: [SceneNode], height: Double) {
        var nodes: [SceneNode] = []
        var y = origin.y
        // Each event's index in the round, for its note's marker (only looked up when there are notes).
        let eventIndex =
            notes.entries.isEmpty
            ? [:] : Dictionary(round.events.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func event(_ text: String, _ event: Event) -> String {
            let marked = eventIndex[event].map { notes.marked(text, .event(round: round.id, index: $0)) } ?? text
            return ChartNotes.listItem(marked, status: event.provenance.status, strings: style.strings)
        }
        let untimed = round.events.filter { $0.at == nil }
        let outcomes = round.outcomes.enumerated().map { index, outcome in
            (
                ChartNotes.listItem(
                    notes.marked(outcome.text, .outcome(round: round.id, index: index)), status: outcome.provenance.status,
                    strings: style.strings),
                outcome.parties, outcome.location
            )
        }
        let sections: [(id: String, title: String, items: [(text: String, parties: [String], location: SourceLocation)])] = [
            (
                "timed-events", style.strings.text(.timelineEventsTitle),
                numberedEvents.map { (event("\($0.number). \($0.time) \($0.event.label)", $0.event), $0.event.parties, $0.event.location) }
            ),
            (
                "untimed-events", style.strings.text(.listUntimedEventsTitle),
                untimed.map { (event($0.label, $0), $0.parties, $0.location) }
            ),
            ("outcomes", style.strings.text(.listOutcomesTitle), outcomes),
        ]
        for section in sections where !section.items.isEmpty {
            var children: [SceneNode] = []
            // Wrapped: a longer language's "Events without a reported time" outgrows a phone's width.
            let heading = typesetter.run(section.title, .heading, at: Point(x: origin.x, y: y), maxWidth: width, overflow: .wrap)
            children.append(.text(heading))
            y += heading.metrics.height + 6
            for item in section.items {
                let chipWidth = 6.0
                var chipX = origin.x
                for party in item.parties.prefix(4) {
                    children.append(
                        .rect(
                            RectShape(
                                frame: Rect(x: chipX, y: y + 3, width: chipWidth, height: 10), cornerRadius: 1,
                                style: .filled(style.color(party)))))
                    chipX += chipWidth + 2
                }
                let textX = origin.x + 4 * (chipWidth + 2) + 6
                let names = item.parties.map(style.name).joined(separator: style.strings.text(.listSeparator))
                let text = names.isEmpty ? item.text : "\(item.text) — \(names)"
                let run = typesetter.run(text, .body, at: Point(x: textX, y: y), maxWidth: width - (textX - origin.x), overflow: .wrap)
                children.append(.text(run))
                y += run.metrics.height + 4
                // Items are set whole (the lists keep what labels cut), so stop once they pass the
                // canvas or the budget for long text.
                try ChartBudget.checkText(typesetter, at: item.location)
                try LayoutOptions.checkGrowingHeight(y, at: item.location, remedy: .splitRound)
            }
            nodes.append(.group(Group(id: section.id, title: section.title, children: children)))
            y += 10
        }
        return (nodes, y - origin.y)
    }
}
