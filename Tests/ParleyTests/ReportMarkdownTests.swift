import Foundation
import ParleyLayout
import ParleyModel
import ParleyTestSupport
import Testing

/// The Markdown report as pandoc 2.17 reads it: model text arrives as text (a name that is an
/// HTML image, a note that is a `javascript:` link), each chart is a figure with the short
/// caption under it and the description as its alt text, once; on standard output its images
/// stand in it as `data:` URIs.
@Suite struct ReportMarkdownTests {
    private static let hostile = RepositoryPaths.root + "/Tests/Fixtures/reports/vienna-hostile-text.yaml"
    static let models = RepositoryPaths.sampleNames.map(RepositoryPaths.sample) + [hostile]

    private func pandoc(_ markdown: String, in folder: TemporaryDirectory) throws -> String {
        let source = folder.file("pandoc-input.md")
        try Data(markdown.utf8).write(to: source)
        return String(
            decoding: try ExternalTool.run("pandoc", ["-f", "markdown", "-t", "html", "--wrap=none", source.path]), as: UTF8.self)
    }

    /// Every `<img …>` tag pandoc wrote, as its attributes by name (values as HTML has them).
    private func images(in html: String) -> [[String: String]] {
        html.matches(of: /<img\b([^>]*)>/).map { tag in
            var attributes: [String: String] = [:]
            for attribute in String(tag.output.1).matches(of: /([a-zA-Z-]+)="([^"]*)"/) {
                attributes[String(attribute.output.1)] = String(attribute.output.2)
            }
            return attributes
        }
    }

    private func htmlText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    @Test func hostileModelTextArrivesAsTextInPandocsHTML() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("report.md").path
        let run = CommandRunner.parley(["report", Self.hostile, "-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try pandoc(try String(contentsOfFile: path, encoding: .utf8), in: folder)
        let charts = ReportDocument(meeting: try MeetingLoader.load(path: Self.hostile).meeting).sections.flatMap(\.charts)
        // The only images are the charts, each from the report's folder; no attribute came from model text.
        let found = images(in: html)
        #expect(found.map { $0["src"] } == charts.map { "report-files/\($0.slug).svg" })
        #expect(found.allSatisfy { Set($0.keys).isSubset(of: ["src", "alt"]) }, "\(found)")
        #expect(!html.contains("onerror=\"") && !html.lowercased().contains("href=\"javascript:"))
        // The name and the note are there, as text.
        #expect(html.contains("Statement by &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("[x](javascript:alert(1)) was posted in the chat"))
        #expect(html.contains("javascript:alert(1)</p>") || html.contains("javascript:alert(1)<a"), "the javascript: source as text")
    }

    @Test(arguments: models) func eachChartIsAFigureWithItsCaptionAndItsDescriptionOnceAsAltText(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("report.md").path
        let run = CommandRunner.parley(["report", model, "-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        let charts = ReportDocument(meeting: try MeetingLoader.load(path: model).meeting).sections.flatMap(\.charts)
        #expect(markdown.matches(of: /\!\[[^\n]*\]\(report-files\/[^)\n]+\.svg\)\{alt="/).count == charts.count)
        let html = try pandoc(markdown, in: folder)
        let found = images(in: html)
        #expect(found.map { $0["alt"] } == charts.map { htmlText($0.description) })
        let captions = html.matches(of: /<figcaption>([^<]*)<\/figcaption>/).map { String($0.output.1) }
        #expect(captions == charts.map { htmlText($0.caption) })
        // Short: the caption is a name, not the description, which is the alt text alone (its
        // words may stand in the summary too: a round's timeline says what the overview says).
        for chart in charts {
            #expect(chart.caption.count < 60 && chart.caption.count < chart.description.count, "\(chart.caption)")
            #expect(!captions.contains { $0.contains(htmlText(chart.description)) }, "\(chart.slug)")
        }
    }

    @Test func toStandardOutputTheImagesAreDataURIsPandocShows() throws {
        let run = CommandRunner.parley(["report", RepositoryPaths.sample("istanbul-2025"), "--format", "md", "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = String(decoding: run.stdout, as: UTF8.self)
        let folder = try TemporaryDirectory()
        let found = images(in: try pandoc(markdown, in: folder))
        let charts = ReportDocument(meeting: try MeetingLoader.load(path: RepositoryPaths.sample("istanbul-2025")).meeting).sections
            .flatMap(\.charts)
        #expect(found.count == charts.count)
        for image in found {
            let source = image["src"] ?? ""
            let prefix = "data:image/svg+xml;base64,"
            #expect(source.hasPrefix(prefix))
            let svg = Data(base64Encoded: String(source.dropFirst(prefix.count))).map { String(decoding: $0, as: UTF8.self) } ?? ""
            #expect(svg.contains("<svg") && svg.hasSuffix("</svg>\n"), "\(svg.prefix(80))")
        }
    }
}
