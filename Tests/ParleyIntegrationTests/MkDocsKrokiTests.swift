import Foundation
import ParleyTestSupport
import Testing

/// integrations/mkdocs: the site built by MkDocs with mkdocs-kroki-plugin against `parley serve`.
/// The plugin knows only its own list of diagram types; the site's hook adds `parley`, and the
/// page then shows the chart the server draws from the GET URL the plugin writes.
@Suite struct MkDocsKrokiTests {
    static let site = Toolchain.root + "/integrations/mkdocs"

    /// Builds the site into `output`/site and reads its page.
    func build(config: String = MkDocsKrokiTests.site + "/mkdocs.yml", server: String, into output: TemporaryDirectory) throws -> HTMLPage {
        let mkdocs = try Toolchain.installed(Toolchain.venv + "/bin/mkdocs", "mkdocs (in the project venv)")
        let run = ExternalTool.capture(
            mkdocs, ["build", "--strict", "-f", config, "-d", output.file("site").path], environment: ["KROKI_SERVER_URL": server])
        guard run.status == 0 else { throw ToolFailure("mkdocs build failed: \(run.stderr)") }
        return try HTMLPage(path: output.file("site/index.html").path)
    }

    @Test func theSiteShowsTheChartTheServerDrawsFromTheKrokiURL() throws {
        let server = try ServerProcess()
        let folder = try TemporaryDirectory()
        let page = try build(server: server.baseURL, into: folder)
        let charts = page.images.filter { $0.source.hasPrefix(server.baseURL + "/parley/svg/") }
        try #require(charts.count == 1, "\(page.images.map(\.source))")
        #expect(charts[0].source.hasSuffix("?chart=seating&round=round-2"))

        let answer = try server.get(charts[0].source)
        #expect(answer.status == 200)
        #expect(answer.contentType.hasPrefix("image/svg+xml"))
        let svg = String(decoding: answer.body, as: UTF8.self)
        #expect(svg.contains("<svg") && svg.contains("Rustem Umerov"), "\(svg.prefix(300))")

        // Chromium shows the page with the picture loaded from the server: the seats of Russia
        // and Ukraine in their colours.
        let built = folder.file("site/index.html").path
        let shot = try folder.write(try Toolchain.screenshot("file://" + built, height: 700), to: "shot.png")
        let counts = try Toolchain.colourCounts(png: shot.path, colours: ["#D52B1E", "#0057B7"])
        #expect(counts["#D52B1E", default: 0] > 200 && counts["#0057B7", default: 0] > 200, "\(counts)")
    }

    /// The plugin's POST mode with `tag_format: svg` posts Kroki's JSON form to
    /// `/parley/svg` and writes the answer into the page itself: a site that needs no server
    /// once built.
    @Test func postModeInlinesTheChartFromKrokisJSONForm() throws {
        let server = try ServerProcess()
        let folder = try TemporaryDirectory()
        let config = try String(contentsOfFile: Self.site + "/mkdocs.yml", encoding: .utf8)
            .replacingOccurrences(of: "      http_method: GET\n", with: "      http_method: POST\n      tag_format: svg\n")
            .replacingOccurrences(of: "site_name:", with: "docs_dir: \(Self.site)/docs\nsite_name:")
            .replacingOccurrences(of: "  - hooks/parley_kroki.py", with: "  - \(Self.site)/hooks/parley_kroki.py")
        #expect(config.contains("http_method: POST"))
        let configFile = try folder.write(Array(config.utf8), to: "mkdocs.yml")
        let page = try build(config: configFile.path, server: server.baseURL, into: folder)
        #expect(page.images.allSatisfy { !$0.source.contains("/parley/") }, "no picture is fetched from the server")
        #expect(page.html.components(separatedBy: "<svg").count == 2, "one inline SVG")
        #expect(page.html.contains("Rustem Umerov") && page.html.contains("Hakan Fidan"))

        // Shown with the server stopped: the page carries the chart.
        server.process.terminate()
        server.process.waitUntilExit()
        let shot = try folder.write(try Toolchain.screenshot("file://" + folder.file("site/index.html").path, height: 700), to: "shot.png")
        let counts = try Toolchain.colourCounts(png: shot.path, colours: ["#D52B1E", "#0057B7"])
        #expect(counts["#D52B1E", default: 0] > 200 && counts["#0057B7", default: 0] > 200, "\(counts)")
    }

    /// Without the hook the plugin passes a ```kroki-parley fence by, without an error or a
    /// warning: the model is printed as text and nothing asks the server.
    @Test func withoutTheHookThePluginLeavesTheParleyFenceAsText() throws {
        let folder = try TemporaryDirectory()
        let config = try String(contentsOfFile: Self.site + "/mkdocs.yml", encoding: .utf8)
            .replacingOccurrences(of: "hooks:\n  - hooks/parley_kroki.py\n", with: "")
            .replacingOccurrences(of: "site_name:", with: "docs_dir: \(Self.site)/docs\nsite_name:")
        #expect(!config.contains("hooks/"))
        let configFile = try folder.write(Array(config.utf8), to: "mkdocs.yml")
        let page = try build(config: configFile.path, server: "http://127.0.0.1:9", into: folder)
        #expect(page.images.allSatisfy { !$0.source.contains("/parley/") })
        #expect(page.html.contains("kroki-parley chart=seating round=round-2"))
    }
}
