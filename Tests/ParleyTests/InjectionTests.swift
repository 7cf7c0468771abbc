import Foundation
import Parley
import ParleyModel
import ParleyReport
import ParleyScene
import ParleyTestSupport
import Testing

/// Model text reaches every output as text: seeded hostile strings in every text field, read
/// back by the clients people use (Python's XML and HTML parsers, rsvg-convert, pandoc's
/// three Markdown readers, a terminal).
@Suite struct InjectionTests {
    private static let cairoElements: Set<String> = [
        "svg", "g", "path", "rect", "title", "desc", "defs", "use", "image", "clipPath", "symbol", "linearGradient", "radialGradient",
        "stop", "pattern", "mask", "filter", "circle", "ellipse", "line", "polyline", "polygon",
    ]
    private static let htmlReportElements: Set<String> = Set(cairoElements.map { $0.lowercased() }).union([
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section", "dl", "dt", "dd", "figure", "figcaption",
        "ul", "ol", "li", "span", "sup", "a",
        // The report's charts are native SVG: real text.
        "text",
    ])
    private static let htmlReportAttributes: Set<String> = [
        "lang", "charset", "name", "content", "id", "class", "href", "xlink:href", "role", "aria-labelledby", "aria-describedby", "xmlns",
        "xmlns:xlink",
        "version", "width", "height", "viewbox", "x", "y", "d", "transform", "style", "clip-path", "clip-rule", "overflow", "fill",
        "fill-rule", "stroke", "opacity", "patternunits", "gradientunits", "offset", "stop-color", "preserveaspectratio", "mask",
        "filter", "x1", "y1", "x2", "y2",
        // The native SVG's own (the report's charts).
        "cx", "cy", "r", "points", "fill-opacity", "stroke-opacity", "stroke-width", "stroke-dasharray", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "textlength", "text-anchor", "direction", "xml:space", "data-party", "xml:lang",
    ]
    private static let pandocElements: Set<String> = [
        "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "img", "figure", "figcaption", "blockquote", "a", "sup", "section", "hr",
    ]
    private static let pandocAttributes: Set<String> = ["id", "class", "href", "src", "alt", "role", "aria-hidden"]

    /// The charts a report holds for the hostile model (two rounds with tables, compared).
    private static let reportCharts = 6

    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyWriterTakesHostileTextAsText(seed: UInt64) throws {
        let folder = try TemporaryDirectory()
        var plain = 0
        let model = try folder.write(
            HostileModel.json {
                plain += 1
                return "text \(plain)"
            }, to: "model.json")
        var meeting = try Parley.load(model.path).meeting
        var hostile = HostileText(seed: seed, modelSafe: false)
        HostileModel.fill(&meeting) { hostile.next() }
        let texts = Self.shownTexts(of: meeting)
        let links = Set(Self.sources(of: meeting).compactMap { WebLink($0)?.href })
        #expect(!links.isEmpty)

        let renderer = try ChartRenderer()
        let charts: [(String, String?)] = [
            ("timeline", nil), ("timeline", "r1"), ("seating", "r1"), ("seating-compare", nil), ("overview", nil),
        ]
        for (chart, round) in charts {
            var request = ChartRequest(chart: chart)
            request.layout.roundID = round
            request.write.svgIDPrefix = "p-"
            let svg = try folder.write(try renderer.render(meeting, request: request, format: .svg), to: "\(chart)-\(round ?? "all").svg")
            let venue = round.flatMap { id in meeting.round(id)?.venue }.map { [Self.asMarkup($0)] } ?? []
            let check = MarkupCheck(language: .svg, elements: Self.cairoElements, attributes: nil, texts: venue)
            try Self.expectClean(check, svg, "\(chart) \(round ?? "")")
            try ExternalTool.run("rsvg-convert", [svg.path, "-o", folder.file("\(chart).png").path])
            let pdf = try renderer.render(meeting, request: request, format: .pdf)
            #expect(pdf.starts(with: Array("%PDF".utf8)), "\(chart) \(round ?? "") as PDF")
        }

        let html = folder.file("report.html")
        try ReportWriter.write(meeting, modelPath: model.path, to: html.path, format: .html)
        let htmlCheck = MarkupCheck(
            language: .html, elements: Self.htmlReportElements, attributes: Self.htmlReportAttributes, links: links,
            counts: ["svg": Self.reportCharts], texts: texts.map(Self.asMarkup))
        try Self.expectClean(htmlCheck, html, "HTML report")
        #expect(try Self.idsThatAreNotXMLNames(in: html) == [])

        let markdown = folder.file("report.md")
        try ReportWriter.write(meeting, modelPath: model.path, to: markdown.path, format: .md)
        for reader in ["markdown", "commonmark", "gfm"] {
            let rendered = folder.file("report-\(reader).html")
            try ExternalTool.run("pandoc", ["-f", reader, "-t", "html", "--wrap=none", markdown.path, "-o", rendered.path])
            let check = MarkupCheck(
                language: .html, elements: Self.pandocElements, attributes: Self.pandocAttributes, textAttributes: ["alt"], links: links,
                sourcePrefix: "report-files/", counts: ["img": Self.reportCharts], texts: texts.map(Self.asMarkdown))
            try Self.expectClean(check, rendered, "pandoc -f \(reader)")
        }
        let images = try FileManager.default.contentsOfDirectory(atPath: folder.file("report-files").path)
        #expect(images.count == Self.reportCharts)
        for image in images {
            let check = MarkupCheck(language: .svg, elements: Self.cairoElements, attributes: nil)
            try Self.expectClean(check, folder.file("report-files/\(image)"), image)
        }

        let pdf = folder.file("report.pdf")
        try ReportWriter.write(meeting, modelPath: model.path, to: pdf.path, format: .pdf)
        let pdfText = String(decoding: try ExternalTool.run("pdftotext", [pdf.path, "-"]), as: UTF8.self)
        #expect(pdfText.contains("1⟧"), "the title's marker is in the PDF's text")
    }

    private static func expectClean(_ check: MarkupCheck, _ file: URL, _ what: String) throws {
        let problems = try check.problems(in: file)
        #expect(problems.isEmpty, "\(what): \(problems.joined(separator: "; "))")
    }

    /// Texts the reports show whole: the title, venues, events, outcomes, notes and sources.
    private static func shownTexts(of meeting: Meeting) -> [String] {
        var texts = [meeting.title ?? ""]
        for round in meeting.rounds {
            texts += [round.venue, round.provenance.note].compactMap { $0 }
            texts += round.events.map(\.label) + round.outcomes.map(\.text)
        }
        return texts + sources(of: meeting)
    }

    private static func sources(of meeting: Meeting) -> [String] {
        meeting.rounds.flatMap { round in
            round.provenance.sources + round.events.flatMap(\.provenance.sources) + round.outcomes.flatMap(\.provenance.sources)
                + (round.table?.provenance.sources ?? [])
        }
    }

    /// As XML and HTML readers give it back: what XML forbids is U+FFFD.
    private static func asMarkup(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { XMLEscape.isAllowed($0) ? $0 : XMLEscape.replacement }))
    }

    /// As a Markdown reader gives it back: as `asMarkup`, with every run of whitespace and line
    /// breaks one space, none at the ends (what HTML shows of the text anyway).
    private static func asMarkdown(_ text: String) -> String {
        let breaks: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        var words: [String] = [], word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if breaks.contains(scalar) {
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
            } else {
                word.append(XMLEscape.isAllowed(scalar) ? scalar : XMLEscape.replacement)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ")
    }

    /// Ids in the page that are not XML names: the SVGs inlined from the report must stay XML.
    private static func idsThatAreNotXMLNames(in file: URL) throws -> [String] {
        let html = try String(contentsOf: file, encoding: .utf8)
        var bad: [String] = []
        // Only the SVGs' ids: HTML ids (the sections, named after rounds) may be any text.
        let svgs = html.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        var rest = Substring(svgs.joined())
        while let range = rest.firstRange(of: " id=\"") {
            let tail = rest[range.upperBound...]
            let end = tail.firstIndex(of: "\"") ?? tail.endIndex
            let id = tail[..<end]
            if id.isEmpty || WriteOptions.idPrefixProblem(String(id)) != nil { bad.append(String(id)) }
            rest = tail[end...]
        }
        return bad
    }
}
