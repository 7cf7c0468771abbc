import Foundation
import Parley
import ParleyCairo
import ParleyLayout
import ParleyModel
import ParleyReport
import ParleyScene
import ParleyTestSupport
import Testing

/// The HTML report as headless Chromium lays it out: every chart laid out for the 720-point
/// column and shown at one scale (4/3 CSS pixels a point, shrinking together on a narrow
/// screen), the page in the theme's colours, captions short, nothing fetched from elsewhere.
@Suite struct ReportHTMLTests {
    private static let hostile = RepositoryPaths.root + "/Tests/Fixtures/reports/vienna-hostile-text.yaml"
    static let models =
        RepositoryPaths.sampleNames.map(RepositoryPaths.sample) + [hostile]
        + ["crowded-working-day", "geneva-three-days", "vienna-multilateral"].map {
            RepositoryPaths.root + "/Tests/Fixtures/layouts/\($0).yaml"
        }

    /// The column in CSS pixels: 720 pt.
    private static let column = 960.0

    private func report(_ model: String, _ arguments: [String] = [], in folder: TemporaryDirectory) throws -> String {
        let path = folder.file("report.html").path
        let run = CommandRunner.parley(["report", model, "-o", path] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    /// What Chromium measured of each chart in a window `width` pixels wide: its SVG's width
    /// on the page, its viewBox width, and the font sizes of its texts in CSS pixels.
    private struct Measured: Decodable {
        var width: Double
        var viewBox: Double
        var sizes: [Double]
        var scales: [Double]
        var texts: [String]
    }

    private func measure(_ path: String, windowWidth: Int, in folder: TemporaryDirectory) throws -> [Measured] {
        let script = """
            <script>
            const measured = [...document.querySelectorAll('figure svg')].map(svg => {
              const texts = [...svg.querySelectorAll('text')];
              return {
                width: svg.getBoundingClientRect().width, viewBox: svg.viewBox.baseVal.width,
                sizes: texts.map(t => Math.round(parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a * 100) / 100),
                scales: texts.map(t => t.getScreenCTM().a),
                texts: texts.map(t => t.textContent)
              };
            });
            document.body.setAttribute('data-measured', JSON.stringify(measured));
            </script>
            """
        let html = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "</body>", with: script + "</body>")
        let probe = folder.file("probe-\(windowWidth).html")
        try Data(html.utf8).write(to: probe)
        let dom = String(
            decoding: try ExternalTool.run(
                "chromium",
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(windowWidth),900", "--dump-dom",
                    "file://\(probe.path)",
                ]), as: UTF8.self)
        guard let start = dom.firstRange(of: "data-measured=\"")?.upperBound, let end = dom[start...].firstIndex(of: "\"") else {
            Issue.record("Chromium measured nothing")
            return []
        }
        let json = dom[start..<end].replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        return try JSONDecoder().decode([Measured].self, from: Data(json.utf8))
    }

    @Test(arguments: models) func everyChartFitsTheColumnAtOnePointToFourThirdsOfAPixel(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let path = try report(model, in: folder)
        let charts = try measure(path, windowWidth: 1100, in: folder)
        let expected = ReportDocument(meeting: try MeetingLoader.load(path: model).meeting).sections.flatMap(\.charts).count
        #expect(charts.count == expected)
        for chart in charts {
            #expect(chart.width <= Self.column + 0.5, "\(chart.width) px is wider than the column")
            // Natural size: no stretching to the column, no shrinking into it.
            #expect(abs(chart.width / chart.viewBox - 4.0 / 3.0) < 0.005, "scale \(chart.width / chart.viewBox)")
        }
        // On a phone every chart shrinks by the same factor, so text sizes still agree.
        let narrow = try measure(path, windowWidth: 400, in: folder)
        let scales = narrow.map { $0.width / $0.viewBox }
        #expect(narrow.count == charts.count)
        #expect((scales.max() ?? 0) - (scales.min() ?? 0) < 0.005, "\(scales)")
        #expect(scales.allSatisfy { $0 < 4.0 / 3.0 })
    }

    @Test(arguments: models) func chartTextIsRealTextOfOneSizeInEveryChart(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let path = try report(model, in: folder)
        let charts = try measure(path, windowWidth: 1100, in: folder)
        #expect(!charts.isEmpty)
        for chart in charts {
            // querySelectorAll('svg text') finds the chart's words, each at 4/3 px a point.
            #expect(!chart.texts.isEmpty)
            #expect(chart.scales.allSatisfy { abs($0 - 4.0 / 3.0) < 0.002 }, "\(Set(chart.scales))")
        }
        // One type scale: a title is the same size in every chart, and every size one chart
        // uses is one of the few the theme has.
        let titles = Set(charts.compactMap { $0.sizes.max() })
        #expect(titles.count == 1, "title sizes \(titles)")
        let sizes = Set(charts.flatMap(\.sizes))
        #expect(sizes.count <= 6, "\(sizes.sorted())")
        let narrow = try measure(path, windowWidth: 400, in: folder)
        #expect(Set(narrow.flatMap(\.scales).map { ($0 * 1000).rounded() }).count == 1, "one shrink factor for every text")
    }

    @Test func theIstanbulPageIsSmallAndItsChartTextCanBeFound() throws {
        let folder = try TemporaryDirectory()
        let model = RepositoryPaths.sample("istanbul-2025")
        let path = try report(model, in: folder)
        let words = try measure(path, windowWidth: 1100, in: folder).flatMap(\.texts)
        for text in ["Rustem Umerov", "Vladimir Medinsky", "≈1 h 45–50 min", "Hakan Fidan"] {
            #expect(words.contains(text), "\(text)")
        }
        // Native text with its font subsets against the same page with Cairo's outlined glyphs.
        let loaded = try Parley.load(model)
        let outline = folder.file("outline.html").path
        try ReportWriter.write(loaded, to: outline, format: .html, svgText: .outline)
        let native = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        let outlined = try FileManager.default.attributesOfItem(atPath: outline)[.size] as? Int ?? 0
        #expect(native > 0 && native * 4 <= outlined, "native \(native) B, outline \(outlined) B")
    }

    @Test(arguments: ThemeName.allCases) func thePageTakesTheThemesColours(_ name: ThemeName) throws {
        let folder = try TemporaryDirectory()
        let path = try report(RepositoryPaths.sample("istanbul-2025"), ["--theme", name.rawValue], in: folder)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let theme = name.theme
        #expect(html.contains("--background: \(theme.background.hexString); --text: \(theme.text.hexString);"))
        #expect(html.contains("<meta name=\"color-scheme\" content=\"\(name == .dark ? "dark" : "light")\">"))
        let shot = folder.file("shot.png").path
        try ExternalTool.run(
            "chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,700", "--screenshot=\(shot)",
                "file://\(path)",
            ])
        let image = try RasterImage(png: Array(try Data(contentsOf: URL(fileURLWithPath: shot))))
        // The page's margin and the chart's own canvas are both the theme's background.
        for (x, y) in [(4, 4), (995, 650), (500, 690)] {
            let pixel = image.pixel(x: x, y: y)
            let want = theme.background
            #expect(
                abs(Double(pixel.red) - want.red * 255) < 3 && abs(Double(pixel.green) - want.green * 255) < 3
                    && abs(Double(pixel.blue) - want.blue * 255) < 3, "\(name) at \(x),\(y): \(pixel)")
        }
        // Light and print stay light; dark is dark.
        let corner = image.pixel(x: 4, y: 4)
        #expect((Int(corner.red) + Int(corner.green) + Int(corner.blue) < 150) == (name == .dark))
    }

    @Test(arguments: models) func theCaptionIsTheChartsNameAndTheDescriptionStaysInTheSVG(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let html = try String(contentsOfFile: try report(model, in: folder), encoding: .utf8)
        let charts = ReportDocument(meeting: try MeetingLoader.load(path: model).meeting).sections.flatMap(\.charts)
        let figures = html.matches(
            of: /<figure style="[^"]*">\n(?<svg><svg.*?<\/svg>)\n<figcaption>(?<caption>[^<]*)<\/figcaption>/.dotMatchesNewlines())
        #expect(figures.map { String($0.output.caption) } == charts.map { XMLEscape.text($0.caption) })
        for figure in figures {
            let svg = String(figure.output.svg)
            guard let description = svg.firstMatch(of: /<desc id="[^"]*">([^<]*)<\/desc>/)?.output.1 else {
                Issue.record("a chart without its description")
                continue
            }
            // Read once: the SVG's description, through aria-describedby (the title through
            // aria-labelledby, alone), not again in the caption or a label of the figure.
            #expect(!figure.output.caption.contains(description))
            let describedBy = svg.firstMatch(of: /^<svg [^>]*aria-describedby="([^"]*)"/)?.output.1
            let labelledBy = svg.firstMatch(of: /^<svg [^>]*aria-labelledby="([^"]*)"/)?.output.1
            #expect(describedBy.map { svg.contains("<desc id=\"\($0)\">\(description)</desc>") } == true, "\(describedBy ?? "none")")
            #expect(labelledBy.map { svg.contains("<title id=\"\($0)\">") && !$0.contains(" ") } == true, "\(labelledBy ?? "none")")
            #expect(!svg.contains("aria-label=\""))
            #expect(html.components(separatedBy: "<desc id=").count - 1 == charts.count)
        }
        #expect(!html.contains("<figure aria-") && !html.contains("<figure role"))
    }

    @Test func thePageFetchesNothingAndLinksOnlyItsWebSources() throws {
        let folder = try TemporaryDirectory()
        let model = Self.hostile
        let html = try String(contentsOfFile: try report(model, in: folder), encoding: .utf8)
        for external in ["<link", "@import", " src=\"http", "url(http", "url(//", " src=\"//", "<script", "<iframe"] {
            #expect(!html.contains(external), "\(external)")
        }
        let hrefs = html.matches(of: #/ href="(https?:[^"]*)"/#).map { String($0.output.1) }
        let web = ReportDocument(meeting: try MeetingLoader.load(path: model).meeting).footnotes.compactMap { WebLink($0)?.href }
        #expect(hrefs == web.map(XMLEscape.attribute))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;") && !html.contains("<img"))
    }

    @Test func dashWritesTheHTMLReportToStandardOutputByDefault() throws {
        let model = RepositoryPaths.sample("istanbul-2025")
        let run = CommandRunner.parley(["report", model, "-o", "-"])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = try TemporaryDirectory()
        let file = try String(contentsOfFile: try report(model, in: folder), encoding: .utf8)
        #expect(String(decoding: run.stdout, as: UTF8.self) == file)
        let unknown = CommandRunner.parley(["report", model, "-o", folder.file("report.txt").path])
        #expect(unknown.status != 0 && unknown.stderr.contains("give --format html, md or pdf"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("report.txt").path))
    }
}
