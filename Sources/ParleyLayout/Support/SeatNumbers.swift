import ParleyModel
import ParleyScene

/// Numbers for the seats of plans too narrow to carry names: each drawn seat (a grouped run
/// counts once) gets a number, from 1 at each table, in drawing order (side by side, as
/// `Table.sides(of:)` lists them), and the names go to a numbered list under the plan.
struct SeatNumbers {
    struct Key: Hashable {
        /// Tables are told apart by where the model gives them: unique in one model, and cheap to hash.
        var table: SourceLocation
        var side: Table.Side
        var position: Int
    }

    private var numbers: [Key: Int] = [:]

    init(_ tables: [Table]) {
        for table in tables {
            var next = 1
            for side in Table.sides(of: table.shape) {
                for slot in SeatSlot.slots(table.seats(side)) {
                    numbers[Key(table: table.location, side: side, position: slot.first)] = next
                    next += 1
                }
            }
        }
    }

    /// The number of the slot starting at `position` on `side`; `nil` for a seat of another table.
    func number(_ table: Table, _ side: Table.Side, _ position: Int) -> Int? {
        numbers[Key(table: table.location, side: side, position: position)]
    }
}

/// The numbered list under a plan whose seats carry numbers: each seat's number, name, role
/// and party (and a moved person's tag), wrapped to the width and never cut.
enum SeatList {
    static func make(
        _ table: Table, numbers: SeatNumbers, marks: SeatMarks = SeatMarks(), meeting: Meeting, style: PartyStyle,
        notes: ChartNotes?, at origin: Point, width: Double, typesetter: Typesetter
    ) throws(LayoutError) -> (nodes: [SceneNode], height: Double) {
        let strings = style.strings
        var children: [SceneNode] = []
        var y = origin.y
        let heading = typesetter.run(strings.text(.seatListTitle), .heading, at: Point(x: origin.x, y: y), maxWidth: width, overflow: .wrap)
        children.append(.text(heading))
        y += heading.metrics.height + 4
        for side in Table.sides(of: table.shape) {
            for slot in SeatSlot.slots(table.seats(side)) {
                guard let number = numbers.number(table, side, slot.first) else { continue }
                let label = TablePlan.label(
                    slot, shape: table.shape, meeting: meeting, style: style, notes: notes, tag: marks.tag(side, slot.first))
                // A sided table names parties on its bands; the list says it for every seat.
                let party = slot.seat.party.map(style.name).flatMap { name in
                    label.name.contains(name) || (label.role?.contains(name) ?? false) ? nil : name
                }
                let text = Formatting.facts([label.name, label.role, party, label.tag])
                // A left-to-right mark first: Pango takes a line's direction from its first strong
                // letter, and a name in Arabic script set the whole line right to left (".5").
                let item = "\u{200E}" + strings.text(.seatListItem, [.number: String(number), .text: text])
                // A text of thousands of characters is clamped like a label (the chart's key and
                // description then carry it), so a table of such names stays inside the text budget.
                let run = typesetter.run(
                    item, .small, at: Point(x: origin.x, y: y), maxWidth: width,
                    overflow: TextMeasurementCache.isLong(item) ? .lineClamp : .wrap, weight: label.isHead ? .bold : nil)
                children.append(.text(run))
                y += run.metrics.height + 2
                try ChartBudget.checkText(typesetter, at: slot.seat.location)
                try LayoutOptions.checkGrowingHeight(y, at: slot.seat.location, remedy: .splitRound)
            }
        }
        return ([.group(Group(id: "seat-list", title: strings.text(.seatListTitle), children: children, role: .key))], y - origin.y)
    }
}
