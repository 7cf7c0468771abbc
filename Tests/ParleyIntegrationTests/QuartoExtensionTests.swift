import Foundation
import ParleyTestSupport
import Testing

/// integrations/quarto/_extensions/parley: the extension contributes the shared pandoc filter
/// (a link, not a copy), and its example document renders to a figure with the chart.
///
/// Quarto itself cannot be installed here: the `quarto-cli` package on PyPI is a source
/// distribution whose build downloads Quarto from GitHub, which this project's machines cannot
/// reach. So the example runs through pandoc 3 from the pypandoc-binary wheel, the pandoc
/// generation Quarto embeds, with the filter at the path Quarto loads it from.
@Suite struct QuartoExtensionTests {
    static let folder = Toolchain.root + "/integrations/quarto"
    static let extensionFolder = folder + "/_extensions/parley"

    init() { TestFonts.pin() }

    @Test func theExtensionContributesTheSharedFilter() throws {
        let script = """
            import sys, yaml
            manifest = yaml.safe_load(open(sys.argv[1]))
            print(' '.join(manifest['contributes']['filters']))
            """
        let filters = String(
            decoding: try ExternalTool.run(Toolchain.debianPython, ["-c", script, Self.extensionFolder + "/_extension.yml"]), as: UTF8.self)
        #expect(filters.trimmingCharacters(in: .whitespacesAndNewlines) == "parley.lua")
        let contributed = URL(fileURLWithPath: Self.extensionFolder + "/parley.lua").resolvingSymlinksInPath().path
        #expect(contributed == URL(fileURLWithPath: Toolchain.filter).resolvingSymlinksInPath().path)
    }

    @Test func theExampleRendersToAFigureWithCaptionAltTextAndTheChart() throws {
        let output = try TemporaryDirectory()
        let page = output.file("example.html").path
        let run = try Toolchain.pandoc(
            .wheel, ["example.qmd", "-f", "markdown", "--embed-resources", "--standalone", "-o", page], in: Self.folder,
            filter: Self.extensionFolder + "/parley.lua")
        try #require(run.status == 0, "\(run.stderr)")
        let html = try HTMLPage(path: page)
        #expect(html.html.contains(#"<figure id="fig-seating">"#))
        #expect(html.html.contains("Seating of round 2 in Istanbul</figcaption>"))
        let image = try #require(html.images.first)
        #expect(image.embeddedSVG?.contains("<text") == true)
        #expect(image.alt == (try Toolchain.describe(["--round", "round-2"])))

        let shot = try output.write(try Toolchain.screenshot("file://" + page), to: "shot.png")
        let counts = try Toolchain.colourCounts(png: shot.path, colours: ["#D52B1E", "#0057B7"])
        #expect(counts["#D52B1E", default: 0] > 200 && counts["#0057B7", default: 0] > 200, "\(counts)")
    }
}
