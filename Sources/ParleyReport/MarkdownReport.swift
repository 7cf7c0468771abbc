import Foundation
import Parley
import ParleyLayout
import ParleyScene

/// The report as Markdown, for static sites and pandoc: the same structure as the HTML, the
/// charts as SVG files in a folder beside it (or `data:` URIs when the report goes to standard
/// output), sources as footnotes. A chart is pandoc's figure: the short caption in the
/// brackets, the description as its `{alt="…"}` attribute, so each is read once.
///
/// Every piece of model text goes through `MarkdownEscape`, so it reads as text in any
/// reader; only the report's own syntax (headings, lists, images, footnotes) is Markdown, and
/// a source becomes a link only when it is an http or https URL.
enum MarkdownReport {
    /// The Markdown of `document`; `image` gives each chart's image destination as it stands
    /// in the Markdown (`file(of:in:)` or `dataURI(of:)`).
    static func make(_ document: ReportDocument, image: (ReportDocument.Chart) throws(ParleyError) -> String) throws(ParleyError)
        -> String
    {
        let text = MarkdownEscape.text
        var md = "# \(text(document.title))\n\n\(text(document.summary))\n"
        let strings = document.strings
        md += notes(document.notes, strings: strings)
        for section in document.sections {
            md += "\n## \(text(section.heading))\n\n"
            for fact in section.facts { md += "- **\(text(fact.label)):** \(text(fact.value))\n" }
            if !section.facts.isEmpty { md += "\n" }
            for chart in section.charts {
                md += "![\(text(chart.caption))](\(try image(chart))){alt=\(PandocAttribute.quoted(chart.description))}\n\n"
            }
            for list in section.lists {
                md += "### \(text(list.title))\n\n"
                for item in list.items {
                    let parties = item.parties.isEmpty ? "" : " — \(text(item.parties.joined(separator: ", ")))"
                    let remark = item.remark.map { " — " + text(strings.text(.reportItemNote, [.text: $0])) } ?? ""
                    md += "- \(text(item.text))\(parties)\(remark)\(cites(item.notes))\n"
                }
                md += "\n"
            }
            md += notes(section.notes, strings: strings)
        }
        if !document.footnotes.isEmpty {
            md += "\n"
            for (index, source) in document.footnotes.enumerated() { md += "[^\(index + 1)]: \(footnote(source, strings: strings))\n" }
        }
        return md
    }

    /// The destination of a chart's SVG in `folder`, beside the report.
    static func file(of chart: ReportDocument.Chart, in folder: String) -> String {
        MarkdownEscape.destination(WebLink.pathSegment(folder) + "/" + WebLink.pathSegment(chart.slug + ".svg"))
    }

    /// A chart's SVG as a `data:` URI, for a report with nowhere to put files. Not through
    /// `MarkdownEscape.destination`, whose `;` escape would break the URI's `;base64`: base64
    /// holds only `+`, `/`, `=`, letters and digits, and no `&` can start an entity.
    static func dataURI(of svg: [UInt8]) -> String {
        "data:image/svg+xml;base64," + Data(svg).base64EncodedString()
    }

    private static func cites(_ notes: [Int]) -> String { notes.map { "[^\($0)]" }.joined() }

    /// "### Notes and sources" and a line per note, each with its footnotes; nothing when there are none.
    private static func notes(_ notes: [ReportDocument.Note], strings: Strings) -> String {
        guard !notes.isEmpty else { return "" }
        var md = "\n### \(MarkdownEscape.text(strings.text(.reportNotesTitle)))\n\n"
        for note in notes {
            let body = MarkdownEscape.text(note.text.isEmpty ? strings.text(.reportNoteOnlySources) : note.text)
            md += "- **\(MarkdownEscape.text(note.subject)):** \(body)\(cites(note.sources))\n"
        }
        return md
    }

    /// A source: a link when it is a web address, its text otherwise. "Source:" comes first
    /// because a reader without footnotes (plain CommonMark) takes `[^1]: text` for a link
    /// reference definition when the text is one word, and the citations `[^1]` for links to
    /// it (`javascript\:alert\(1\)` became `href="javascript:alert(1)"`); two words, the
    /// second not a quoted title (quotes and parentheses are escaped), are no definition.
    /// The lead comes from the language (`reportSourceLine`), and is English's when a
    /// language's would leave the source as the line's first word.
    private static func footnote(_ source: String, strings: Strings) -> String {
        let body =
            WebLink(source).map { "[\(MarkdownEscape.text(source))](\(MarkdownEscape.destination($0.href)))" }
            ?? MarkdownEscape.text(source)
        // The lead is Parley's own text from its language files, not model text: written as it
        // is (escaping would turn "Source:" into "Source\:"), the source filled in escaped.
        let token = "PARLEYSOURCETEXT"
        let template = strings.text(.reportSourceLine, [.text: token])
        let lead = template.hasPrefix(token) || !template.contains(" ") ? Strings.english.text(.reportSourceLine, [.text: token]) : template
        return lead.replacingOccurrences(of: token, with: body)
    }
}
