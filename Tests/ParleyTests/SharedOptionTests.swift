import Foundation
import ParleyCairo
import ParleyTestSupport
import Testing

/// The look options render, export and report share (`ChartStyleOptions`) reach all three, the
/// export's worker processes included, and `--names` and `--lang` are one option.
@Suite struct SharedOptionTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"
    private let look = ["--theme", "dark", "--font", "DejaVu Serif", "--names", "ru", "--no-title", "--background", "#336699"]

    private func png(_ url: URL) throws -> RasterImage { try RasterImage(png: Array(Data(contentsOf: url))) }

    @Test func everyLookOptionReachesTheExportWorkersAsItReachesRender() throws {
        let folder = try TemporaryDirectory()
        let out = folder.file("out")
        let export = CommandRunner.parley(["export", sample, "--out", out.path, "--formats", "png", "--jobs", "2"] + look)
        #expect(export.status == 0, "\(export.stderr)")
        for (chart, round) in [("seating", "round-2"), ("timeline", "round-1")] {
            let exported = out.appendingPathComponent("istanbul-2025/\(round)/\(chart).png")
            let rendered = folder.file("\(chart)-render.png"), plain = folder.file("\(chart)-plain.png")
            #expect(CommandRunner.parley(["render", sample, "--chart", chart, "--round", round, "-o", rendered.path] + look).status == 0)
            #expect(CommandRunner.parley(["render", sample, "--chart", chart, "--round", round, "-o", plain.path]).status == 0)
            // The same bytes as render with the same options, and not those of the defaults.
            #expect(try Data(contentsOf: exported) == Data(contentsOf: rendered), "\(chart)")
            #expect(try Data(contentsOf: exported) != Data(contentsOf: plain), "\(chart)")
            let corner = try png(exported).pixel(x: 1, y: 1)
            #expect(corner.red == 0x33 && corner.green == 0x66 && corner.blue == 0x99, "\(chart): \(corner)")
        }
    }

    @Test func darkExportsAreDark() throws {
        let folder = try TemporaryDirectory()
        let out = folder.file("out")
        #expect(CommandRunner.parley(["export", sample, "--out", out.path, "--formats", "png", "--theme", "dark"]).status == 0)
        for file in ["istanbul-2025/timeline.png", "istanbul-2025/round-2/seating.png", "istanbul-2025/overview.png"] {
            let corner = try png(out.appendingPathComponent(file)).pixel(x: 1, y: 1)
            // The dark theme's background, #0D1117.
            #expect(corner.red == 0x0D && corner.green == 0x11 && corner.blue == 0x17, "\(file): \(corner)")
        }
    }

    @Test func aReportTakesTheLookOptions() throws {
        let folder = try TemporaryDirectory()
        let plain = folder.file("plain.html"), styled = folder.file("styled.html")
        #expect(CommandRunner.parley(["report", sample, "-o", plain.path]).status == 0)
        let result = CommandRunner.parley(["report", sample, "-o", styled.path] + look)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: styled, encoding: .utf8), before = try String(contentsOf: plain, encoding: .utf8)
        #expect(html.contains("Россия") && !before.contains("Россия"))
        // The background asked for behind every chart (the report's native SVG writes it as short hex).
        #expect(html.contains("fill=\"#369\"") && !before.contains("fill=\"#369\""), "no #336699 in the report")
    }

    @Test func namesAndLangAreOneOption() throws {
        let folder = try TemporaryDirectory()
        let names = folder.file("names.svg"), lang = folder.file("lang.svg")
        let common = ["render", sample, "--chart", "seating", "--round", "round-2"]
        #expect(CommandRunner.parley(common + ["--names", "ru", "-o", names.path]).status == 0)
        #expect(CommandRunner.parley(common + ["--lang", "ru", "-o", lang.path]).status == 0)
        let svg = try Data(contentsOf: names)
        #expect(svg == (try Data(contentsOf: lang)))
        #expect(String(decoding: svg, as: UTF8.self).contains("Россия"))
        let both = CommandRunner.parley(common + ["--names", "ru", "--lang", "uk", "-o", folder.file("both.svg").path])
        #expect(both.status != 0 && both.stderr.contains("--lang and --names are one option"), "\(both.stderr)")
        // Issue 17: --lang is the option (words and names), --names its hidden old spelling.
        let help = String(decoding: CommandRunner.parley(["render", "--help"]).stdout, as: UTF8.self)
        #expect(help.contains("--lang") && !help.contains("--names"))
    }
}
