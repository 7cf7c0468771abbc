import ParleyModel
import ParleyScene

/// The notes and sources under a chart: each numbered note in full, wrapped and never cut,
/// then one sources line with each source once, shortened for the eye. With `--notes
/// markers` the sources line and a pointer to where the notes are in full; with `none`, nothing.
enum NotesBlock {
    /// The widest the block's lines run, in points.
    static let maximumWidth = 860.0

    /// The block at `origin`, `width` wide; its height includes the gap above it and is 0 when
    /// it draws nothing. `location` names the chart's model in budget errors.
    static func make(
        _ notes: ChartNotes, at origin: Point, width: Double, typesetter: Typesetter, location: SourceLocation
    ) throws(LayoutError) -> (nodes: [SceneNode], height: Double) {
        guard notes.mode != .none, !notes.isEmpty else { return ([], 0) }
        let strings = notes.strings
        // Long lines of small text are hard to follow across a wide comparison.
        let width = min(width, maximumWidth)
        var children: [SceneNode] = []
        var y = origin.y + 6
        func add(_ text: String, _ role: Typesetter.Role, at location: SourceLocation, gap: Double = 3) throws(LayoutError) {
            let run = typesetter.run(text, role, at: Point(x: origin.x, y: y), maxWidth: width, overflow: .wrap)
            children.append(.text(run))
            y += run.metrics.height + gap
            // Notes are set whole, so stop once they pass the canvas or the budget for long text.
            try ChartBudget.checkText(typesetter, at: location)
            try LayoutOptions.checkGrowingHeight(y, at: location, remedy: .splitRound)
        }
        // A rule sets the block apart from the chart above it.
        children.append(
            .line(
                Line(
                    from: Point(x: origin.x, y: y), to: Point(x: origin.x + min(width, 120), y: y),
                    stroke: Stroke(color: typesetter.theme.secondaryText, width: 0.5))))
        y += 6
        switch notes.mode {
        case .full:
            try add(strings.text(.notesTitle), .heading, at: location, gap: 4)
            for entry in notes.entries {
                try add(
                    strings.text(.noteEntry, [.number: String(entry.number), .subject: entry.subjectText, .text: entry.text]), .small,
                    at: entry.location)
            }
        case .markers:
            if let first = notes.entries.first, let last = notes.entries.last {
                try add(
                    strings.text(
                        .notesPointer, count: notes.entries.count,
                        [
                            .first: strings.text(.noteMarker, [.number: String(first.number)]),
                            .last: strings.text(.noteMarker, [.number: String(last.number)]),
                        ]), .small, at: location)
            }
        case .none: break
        }
        if !notes.sources.isEmpty {
            let line = SourcesLine.make(notes, at: Point(x: origin.x, y: y), width: width, typesetter: typesetter)
            children += line.nodes
            y += line.height + 3
            try ChartBudget.checkText(typesetter, at: location)
            try LayoutOptions.checkGrowingHeight(y, at: location, remedy: .splitRound)
        }
        // No description of its own: the scene's holds the notes in full, sources unshortened.
        let group = Group(id: "notes", title: strings.text(.notesTitle), children: children, role: .notes)
        return ([.group(group)], y - origin.y)
    }
}
