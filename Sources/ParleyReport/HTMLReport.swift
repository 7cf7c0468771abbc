import Foundation
import Parley
import ParleyColor
import ParleyLayout
import ParleyScene

/// One self-contained HTML page: the SVGs inline (ids prefixed per chart so they never
/// collide), no external files, readable on a phone and printable. Model text goes through
/// `XMLEscape`, the escape the SVGs use too; a source is a link only when it is a web address.
///
/// Every chart is laid out for the page's column (`HTMLReport.columnWidth` points) and shown
/// at its natural size, one point to 4/3 CSS pixels, so text is the same size in every chart;
/// on a screen narrower than the column all charts shrink by the same factor (each takes its
/// share of the column's width, never a stretch to fill it). The page takes its colours from
/// the charts' theme, so `--theme dark` is a dark page around dark charts.
enum HTMLReport {
    /// The column charts are laid out for, in points: 720 pt is 960 CSS pixels, the page's
    /// content width (its padding outside it).
    static let columnWidth = 720.0
    /// CSS pixels a point: SVG and CSS both take 96 pixels an inch, a point is 1/72 of one.
    static let pixelsPerPoint = 4.0 / 3.0

    /// A chart as the page shows it: its SVG and its width in points.
    struct Figure {
        var svg: String
        var width: Double
    }

    static func make(
        _ document: ReportDocument, theme: Theme, figure: (ReportDocument.Chart) throws(ParleyError) -> Figure
    ) throws(ParleyError) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(attribute(document.strings.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="\(theme.background.luminance < 0.5 ? "dark" : "light")">
            <title>\(escape(document.title))</title>
            <style>
            \(style(theme))
            </style>
            </head>
            <body>
            <h1>\(escape(document.title))</h1>
            <p>\(escape(document.summary))</p>

            """
        html += notes(document.notes, strings: document.strings)
        for section in document.sections {
            html += "<section id=\"\(attribute(section.id))\">\n<h2>\(escape(section.heading))</h2>\n"
            if !section.facts.isEmpty {
                html += "<dl>" + section.facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined() + "</dl>\n"
            }
            for chart in section.charts {
                let shown = try figure(chart)
                // The caption is the chart's name only: its description is the SVG's own
                // `<desc>`, which assistive technology reads once through `aria-describedby`.
                html +=
                    "<figure style=\"width:\(share(of: shown.width))\">\n\(inline(shown.svg))\n"
                    + "<figcaption>\(escape(chart.caption))</figcaption>\n</figure>\n"
            }
            for list in section.lists {
                html += "<h3>\(escape(list.title))</h3>\n<ul>\n"
                for item in list.items {
                    let parties =
                        item.parties.isEmpty ? "" : " <span class=\"parties\">— \(escape(item.parties.joined(separator: ", ")))</span>"
                    let remark =
                        item.remark.map { " <span class=\"note\">— \(escape(document.strings.text(.reportItemNote, [.text: $0])))</span>" }
                        ?? ""
                    html += "<li>\(escape(item.text))\(parties)\(remark)\(cites(item.notes))</li>\n"
                }
                html += "</ul>\n"
            }
            html += notes(section.notes, strings: document.strings)
            html += "</section>\n"
        }
        if !document.footnotes.isEmpty {
            html += "<section id=\"sources\">\n<h2>\(escape(document.strings.text(.reportSourcesTitle)))</h2>\n<ol>\n"
            for (index, source) in document.footnotes.enumerated() {
                let body = WebLink(source).map { "<a href=\"\(attribute($0.href))\">\(escape(source))</a>" } ?? escape(source)
                html += "<li id=\"source-\(index + 1)\">\(body)</li>\n"
            }
            html += "</ol>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// The page's style sheet in `theme`'s colours; links take its accent.
    private static func style(_ theme: Theme) -> String {
        let column = Int((columnWidth * pixelsPerPoint).rounded())
        return """
            :root { --background: \(theme.background.hexString); --text: \(theme.text.hexString); --muted: \(theme.secondaryText.hexString); --rule: \(theme.rule.hexString); --link: \(theme.accent.hexString); }
            body { font-family: "DejaVu Sans", system-ui, sans-serif; background: var(--background); color: var(--text); max-width: \(column)px; margin: 0 auto; padding: 1rem; line-height: 1.45; }
            a { color: var(--link); }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; }
            figure { margin: 1rem 0; max-width: 100%; break-inside: avoid; } figure svg { width: 100%; height: auto; display: block; }
            figcaption { font-size: .85rem; color: var(--muted); } dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
            dt { font-weight: bold; } .parties { color: var(--muted); } .note { font-size: .9rem; color: var(--muted); } .subject { font-weight: bold; } sup a { text-decoration: none; }
            @media print { h2 { break-before: page; } a { color: inherit; } }
            """
    }

    /// A chart's width as a share of the column, so every chart keeps one scale: its natural
    /// size in a full column, the same fraction of it in a narrower one.
    private static func share(of width: Double) -> String {
        let percent = min(100, max(0, width / columnWidth * 100))
        return "\((percent * 1000).rounded() / 1000)%"
    }

    /// The SVG without its XML declaration, which may not stand inside HTML, and the line breaks around it.
    private static func inline(_ svg: String) -> String {
        guard svg.hasPrefix("<?xml"), let end = svg.firstRange(of: "?>") else {
            return svg.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return String(svg[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func escape(_ text: String) -> String { XMLEscape.text(text) }
    private static func attribute(_ text: String) -> String { XMLEscape.attribute(text) }

    /// "Notes and sources" and an item per note, each with its footnotes; nothing when there are none.
    private static func notes(_ notes: [ReportDocument.Note], strings: Strings) -> String {
        guard !notes.isEmpty else { return "" }
        var html = "<h3>\(escape(strings.text(.reportNotesTitle)))</h3>\n<ul class=\"note\">\n"
        for note in notes {
            let body = escape(note.text.isEmpty ? strings.text(.reportNoteOnlySources) : note.text)
            html += "<li><span class=\"subject\">\(escape(note.subject)):</span> \(body)\(cites(note.sources))</li>\n"
        }
        return html + "</ul>\n"
    }

    private static func cites(_ notes: [Int]) -> String {
        notes.map { "<sup><a href=\"#source-\($0)\">[\($0)]</a></sup>" }.joined()
    }
}
