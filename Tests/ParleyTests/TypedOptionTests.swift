import Foundation
import Parley
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
        for values in ["light, dark, print", "24, 12"] {
            #expect(folded.contains("(values: \(values)"), "\(values)")
        }
        // The alignments are listed each with what it draws.
        for alignment in TimelineAlignment.allCases {
            #expect(folded.contains(" \(alignment.rawValue) - "), "\(alignment)")
        }
    }

    /// `--format` (render, draw) and `--formats` (export) list each format with its summary
    /// from the format table, and export's default is the table's picture formats.
    @Test(arguments: [["render", "--help"], ["draw", "--help"], ["export", "--help"]])
    func formatHelpIsTheFormatTable(_ arguments: [String]) {
        let help = String(decoding: CommandRunner.parley(arguments).stdout, as: UTF8.self)
        let folded = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for format in OutputFormat.allCases {
            #expect(folded.contains("\(format.rawValue) - \(format.row.summary)"), "\(arguments): \(format)")
        }
        if arguments[0] == "export" {
            #expect(folded.contains("(default: \(OutputFormat.pictures.map(\.rawValue).joined(separator: ",")))"), "\(help)")
        }
    }

    @Test(arguments: [
        (["--theme", "blue"], "'light', 'dark' or 'print'"),
        (["--align", "sideways"], Self.choice(TimelineAlignment.allCases.map(\.rawValue))),
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
        for color in ["aliceblue", "rebeccapurple", "yellowgreen"] { #expect(script.contains(color), "\(shell): \(color)") }
    }

    /// What the shell is handed for the word at `index` of `words` (ArgumentParser's custom
    /// completion call, as the generated scripts make it).
    private func completions(of option: String, _ words: [String]) -> [String] {
        let index = words.count - 1
        let result = CommandRunner.parley(["---completion", "render", "--", option, "\(index)", "\(words[index].count)"] + words)
        return String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func roundsCompleteFromTheModelOnTheCommandLine() {
        #expect(completions(of: "--round", ["parley", "render", sample, "--round", ""]) == ["round-1", "round-2", "round-3"])
        #expect(
            completions(of: "--rounds", ["parley", "render", sample, "--chart", "seating-compare", "--rounds", "round-2,"])
                == ["round-2,round-1", "round-2,round-3"])
        // Parley's languages, then native, then the model's own Parley has no words for (none here).
        #expect(completions(of: "--lang", ["parley", "render", sample, "--lang", ""]) == ["en", "ru", "tr", "uk", "native"])
    }

    @Test func roundsCompleteNothingWithoutALoadableModel() throws {
        let folder = try TemporaryDirectory()
        let broken = folder.file("broken.yaml")
        try Data("parley: 1\nrounds: [".utf8).write(to: broken)
        #expect(completions(of: "--round", ["parley", "render", "--round", ""]) == [])
        #expect(completions(of: "--round", ["parley", "render", broken.path, "--round", ""]) == [])
        #expect(
            completions(of: "--lang", ["parley", "render", folder.file("absent.yaml").path, "--lang", ""])
                == ["en", "ru", "tr", "uk", "native"])
    }
}
