import Foundation
import ParleyScene

/// The sources line under a chart's notes: "Sources:" then each source, shortened for the eye,
/// flowing from line to line as words do. Each source is a run of its own, and one that is a
/// web address (http or https) a group of its own with the address as its `link`, so the
/// native SVG and the PDF make it live without reading any text (issue 15).
enum SourcesLine {
    /// The line at `origin`, at most `width` wide; its height is from `origin.y` to its last line's foot.
    static func make(_ notes: ChartNotes, at origin: Point, width: Double, typesetter: Typesetter) -> (nodes: [SceneNode], height: Double) {
        let strings = notes.strings
        let right = origin.x + width
        var nodes: [SceneNode] = []
        var x = origin.x, y = origin.y, lineBottom = origin.y
        /// Sets `text` after what is on the line, or at the start of the next when it does not fit there.
        func place(_ text: String) -> TextRun {
            let natural = typesetter.run(text, .small, at: .zero).metrics.width
            if x > origin.x, x + natural > right {
                x = origin.x
                y = lineBottom
            }
            let run = typesetter.run(text, .small, at: Point(x: x, y: y), maxWidth: right - x, overflow: .wrap)
            lineBottom = max(lineBottom, run.frame.maxY)
            if run.metrics.height > typesetter.lineHeight(.small) * 1.5 {
                // A source longer than the line wrapped: the next starts under it.
                x = origin.x
                y = lineBottom
            } else {
                x += run.metrics.width
            }
            return run
        }
        nodes.append(.text(place(strings.text(.notesSourcesLead) + " ")))
        for (index, source) in notes.sources.enumerated() {
            let label = notes.label(ofSource: index + 1)
            let isLast = index == notes.sources.count - 1
            let item = strings.text(.noteSourceItem, [.number: label, .text: SourceText.short(source)]) + (isLast ? "" : " · ")
            let run = place(item)
            if let link = webAddress(source) {
                let title = strings.text(.noteSourceItem, [.number: label, .text: source])
                nodes.append(.group(Group(id: "source-\(index + 1)", title: title, children: [.text(run)], role: .notes, link: link)))
            } else {
                nodes.append(.text(run))
            }
        }
        return (nodes, lineBottom - origin.y)
    }

    /// `source` when it is an http or https address a reader can open, else `nil`.
    static func webAddress(_ source: String) -> String? {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host?.isEmpty == false
        else { return nil }
        return trimmed
    }
}
