import Foundation
import Parley
import ParleyLayout
import ParleyScene

/// One self-contained HTML page: the SVGs inline (ids prefixed per chart so they never
/// collide), no external files, readable on a phone and printable. Model text goes through
/// `XMLEscape`, the escape the SVGs use too; a source is a link only when it is a web address.
enum HTMLReport {
    static func make(_ document: ReportDocument, svg: (ReportDocument.Chart) throws(ParleyError) -> String) throws(ParleyError) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(document.title))</title>
            <style>
            body { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1f2328; max-width: 960px; margin: 0 auto; padding: 1rem; line-height: 1.45; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
            figure { margin: 1rem 0; break-inside: avoid; } figure svg { max-width: 100%; height: auto; display: block; }
            figcaption { font-size: .85rem; color: #57606a; } dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
            dt { font-weight: bold; } .parties { color: #57606a; } .note { font-size: .9rem; color: #57606a; } .subject { font-weight: bold; } sup a { text-decoration: none; }
            @media print { body { max-width: none; } h2 { break-before: page; } a { color: inherit; } }
            </style>
            </head>
            <body>
            <h1>\(escape(document.title))</h1>
            <p>\(escape(document.summary))</p>

            """
        html += notes(document.notes)
        for section in document.sections {
            html += "<section id=\"\(attribute(section.id))\">\n<h2>\(escape(section.heading))</h2>\n"
            if !section.facts.isEmpty {
                html += "<dl>" + section.facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined() + "</dl>\n"
            }
            for chart in section.charts {
                html +=
                    "<figure>\n\(inline(try svg(chart)))\n<figcaption>\(escape(chart.caption)). \(escape(chart.description))</figcaption>\n</figure>\n"
            }
            for list in section.lists {
                html += "<h3>\(escape(list.title))</h3>\n<ul>\n"
                for item in list.items {
                    let parties =
                        item.parties.isEmpty ? "" : " <span class=\"parties\">— \(escape(item.parties.joined(separator: ", ")))</span>"
                    let remark = item.remark.map { " <span class=\"note\">— Note: \(escape($0))</span>" } ?? ""
                    html += "<li>\(escape(item.text))\(parties)\(remark)\(cites(item.notes))</li>\n"
                }
                html += "</ul>\n"
            }
            html += notes(section.notes)
            html += "</section>\n"
        }
        if !document.footnotes.isEmpty {
            html += "<section id=\"sources\">\n<h2>Sources</h2>\n<ol>\n"
            for (index, source) in document.footnotes.enumerated() {
                let body = WebLink(source).map { "<a href=\"\(attribute($0.href))\">\(escape(source))</a>" } ?? escape(source)
                html += "<li id=\"source-\(index + 1)\">\(body)</li>\n"
            }
            html += "</ol>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// The SVG without its XML declaration, which may not stand inside HTML.
    private static func inline(_ svg: String) -> String {
        guard svg.hasPrefix("<?xml"), let end = svg.firstRange(of: "?>") else { return svg }
        return String(svg[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func escape(_ text: String) -> String { XMLEscape.text(text) }
    private static func attribute(_ text: String) -> String { XMLEscape.attribute(text) }

    /// "Notes and sources" and an item per note, each with its footnotes; nothing when there are none.
    private static func notes(_ notes: [ReportDocument.Note]) -> String {
        guard !notes.isEmpty else { return "" }
        var html = "<h3>Notes and sources</h3>\n<ul class=\"note\">\n"
        for note in notes {
            let body = note.text.isEmpty ? "Sources." : escape(note.text)
            html += "<li><span class=\"subject\">\(escape(note.subject)):</span> \(body)\(cites(note.sources))</li>\n"
        }
        return html + "</ul>\n"
    }

    private static func cites(_ notes: [Int]) -> String {
        notes.map { "<sup><a href=\"#source-\($0)\">[\($0)]</a></sup>" }.joined()
    }
}
