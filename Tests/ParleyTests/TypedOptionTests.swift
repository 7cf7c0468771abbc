import Foundation
import ParleyCairo
import ParleyLayout
import ParleyTestSupport
import Testing

/// Options with a fixed set of values through the built `parley`: `--help` lists the values
/// (the charts with their summaries, from the registry), a bad value is refused with the valid
/// ones, and completion scripts offer them and model files.
@Suite struct TypedOptionTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    /// How ArgumentParser lists valid values: `'a', 'b' or 'c'`.
    private static func choice(_ values: [String]) -> String {
        let quoted = values.map { "'\($0)'" }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }

    @Test func renderHelpListsEveryChartWithItsSummaryAndEveryValue() {
        let help = String(decoding: CommandRunner.parley(["render", "--help"]).stdout, as: UTF8.self)
        // The help wraps long summaries; compare with the line breaks folded.
        let folded = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for chart in ChartRegistry.charts {
            #expect(folded.contains("\(chart.name) - \(chart.summary)"), "\(chart.name) missing from: \(help)")
        }
        for values in ["light, dark, print", "clock, elapsed, calendar", "24, 12", "svg, png, pdf, json"] {
            #expect(folded.contains("(values: \(values)"), "\(values)")
        }
    }

    @Test(arguments: [
        (["--theme", "blue"], "'light', 'dark' or 'print'"), (["--align", "sideways"], "'clock', 'elapsed' or 'calendar'"),
        (["--clock", "13"], "'24' and '12'"), (["--chart", "pie"], Self.choice(ChartRegistry.names)),
        (["--format", "gif"], "'svg', 'png', 'pdf' or 'json'"), (["--background", "blu"], "--background"),
    ])
    func aBadValueIsRefusedWithTheValidOnes(_ arguments: [String], _ valid: String) throws {
        let folder = try TemporaryDirectory()
        let result = CommandRunner.parley(["render", sample] + arguments + ["-o", folder.file("chart.svg").path])
        #expect(result.status != 0 && result.status != 1)
        #expect(result.stderr.contains("The value '\(arguments[1])' is invalid") && result.stderr.contains(valid), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("chart.svg").path))
    }

    @Test func exportAndReportTakeTheSameTypedValues() throws {
        let folder = try TemporaryDirectory()
        let export = CommandRunner.parley(["export", sample, "--out", folder.file("out").path, "--formats", "svg,gif"])
        #expect(export.stderr.contains("The value 'svg,gif' is invalid"), "\(export.stderr)")
        let report = CommandRunner.parley(["report", sample, "-o", folder.file("r.html").path, "--theme", "sepia"])
        #expect(report.stderr.contains("'light', 'dark' or 'print'"), "\(report.stderr)")
        let format = CommandRunner.parley(["report", sample, "-o", folder.file("r.html").path, "--format", "docx"])
        #expect(format.stderr.contains("'html', 'md' or 'pdf'"), "\(format.stderr)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsOfferChartsValuesAndModelFiles(_ shell: String) {
        let script = String(decoding: CommandRunner.parley(["--generate-completion-script", shell]).stdout, as: UTF8.self)
        for value in ChartRegistry.names + ["light", "dark", "print", "elapsed", "calendar", "transparent", "json"] {
            #expect(script.contains(value), "\(shell): \(value)")
        }
        #expect(script.contains("yaml") && script.contains("yml"), "\(shell): no model file completion")
    }
}
