import Foundation
import ParleyLayout

/// The report as Markdown, for static sites and pandoc: the same structure as the HTML, the
/// charts as SVG files in a folder beside it, sources as footnotes.
enum MarkdownReport {
    static func make(_ document: ReportDocument, imageFolder: String) -> String {
        var md = "# \(document.title)\n\n\(document.summary)\n"
        for section in document.sections {
            md += "\n## \(section.heading)\n\n"
            for fact in section.facts { md += "- **\(fact.label):** \(fact.value)\n" }
            if !section.facts.isEmpty { md += "\n" }
            for chart in section.charts {
                md += "![\(alt(chart.description))](\(imageFolder)/\(chart.slug).svg)\n\n*\(chart.caption).*\n\n"
            }
            for list in section.lists {
                md += "### \(list.title)\n\n"
                for item in list.items {
                    let parties = item.parties.isEmpty ? "" : " — \(item.parties.joined(separator: ", "))"
                    md += "- \(item.text)\(parties)\(cites(item.notes))\n"
                }
                md += "\n"
            }
            if let note = section.note { md += "> Note: \(note)\(cites(section.notes))\n" }
        }
        if !document.footnotes.isEmpty {
            md += "\n"
            for (index, source) in document.footnotes.enumerated() { md += "[^\(index + 1)]: \(source)\n" }
        }
        return md
    }

    private static func cites(_ notes: [Int]) -> String { notes.map { "[^\($0)]" }.joined() }

    /// Alt text may not close the brackets it stands in.
    private static func alt(_ text: String) -> String {
        text.replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
    }
}
