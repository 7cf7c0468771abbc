import Foundation
import ParleyTestSupport
import Testing

/// Options a chart would ignore are refused through the built `parley`, each with exit status 2
/// and one line that names what would have been ignored and what to do instead.
@Suite struct OptionCombinationTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test(arguments: [
        (["--chart", "seating", "--round", "round-2", "--align", "elapsed"], "--align does not apply to the seating chart"),
        (["--chart", "seating", "--round", "round-2", "--clock", "12"], "--clock does not apply to the seating chart"),
        (["--chart", "seating-compare", "--clock", "12"], "--clock does not apply to the seating-compare chart"),
        (["--chart", "overview", "--round", "round-1"], "--round does not apply to the overview chart, which draws the whole meeting"),
        (["--chart", "seating-compare", "--round", "round-1"], "--round does not apply to the seating-compare chart"),
        (["--round", "round-1", "--align", "elapsed"], "--align was ignored: one round is drawn, and there is nothing to align"),
        (["--rounds", "round-2", "--align", "calendar"], "--align was ignored: one round is drawn"),
        (["--chart", "seating", "--rounds", "round-1,round-2"], "--rounds does not apply to the seating chart, which draws one round"),
        (["--chart", "overview", "--rounds", "round-1"], "--rounds does not apply to the overview chart"),
        (["--round", "round-1", "--rounds", "round-1,round-2"], "--round and --rounds were both given"),
    ])
    func anOptionTheChartWouldIgnoreIsAnError(_ arguments: [String], _ message: String) throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.svg")
        let result = CommandRunner.parley(["render", sample] + arguments + ["-o", output.path])
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: \(message)"), "\(result.stderr)")
        // One line, and it says what would be right.
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("; "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func theRefusalsNameWhatWouldBeRight() throws {
        let folder = try TemporaryDirectory()
        let align = CommandRunner.parley(
            ["render", sample, "--chart", "seating", "--round", "round-2", "--align", "elapsed", "-o", folder.file("a.svg").path])
        #expect(align.stderr.contains("--align applies to timeline"), "\(align.stderr)")
        let round = CommandRunner.parley(["render", sample, "--chart", "overview", "--round", "round-1", "-o", folder.file("b.svg").path])
        #expect(round.stderr.contains("a chart of one round: timeline, seating"), "\(round.stderr)")
    }

    @Test(arguments: ["svg", "pdf", "json"])
    func scaleWithAVectorFormatIsAnError(_ format: String) throws {
        let folder = try TemporaryDirectory()
        let result = CommandRunner.parley(["render", sample, "--scale", "2", "-o", folder.file("chart.\(format)").path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: --scale does not apply to \(format.uppercased())"), "\(result.stderr)")
        let export = CommandRunner.parley(["export", sample, "--out", folder.file("out").path, "--formats", format, "--scale", "2"])
        #expect(export.status == 2)
        #expect(export.stderr.hasPrefix("error: --scale does not apply to --formats \(format)"), "\(export.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out").path))
    }

    @Test func whatEachChartTakesStillRenders() throws {
        let folder = try TemporaryDirectory()
        for arguments in [
            ["--round", "round-2", "--clock", "12"], ["--rounds", "round-1,round-3", "--align", "elapsed"],
            ["--chart", "seating-compare", "--rounds", "round-1,round-2"], ["--scale", "2", "--format", "png"],
        ] {
            let result = CommandRunner.parley(["render", sample] + arguments + ["-o", folder.file("chart.png").path])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }
}
