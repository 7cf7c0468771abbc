import Foundation
import ParleyTestSupport
import Testing

/// Options a chart or a format would ignore are refused through the built `parley` as every
/// usage error is: exit status 64, a first line `Error: …` that names what would have been
/// ignored and what to do instead, then the usage; nothing is written.
@Suite struct OptionCombinationTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    /// Checks `result` is a usage error whose first line starts `Error: \(message)` and says what would be right.
    private func expectUsageError(
        _ result: (status: Int32, stdout: [UInt8], stderr: String), _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 64, "\(result.stderr)", sourceLocation: sourceLocation)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("Error: \(message)"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(first.contains("; "), "says what would be right: \(first)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("Usage: parley "), "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        (["--chart", "seating", "--round", "round-2", "--align", "elapsed"], "--align does not apply to the seating chart"),
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
        expectUsageError(result, message)
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
    func scaleWithAFormatWithoutPixelsIsAnError(_ format: String) throws {
        let folder = try TemporaryDirectory()
        let result = CommandRunner.parley(["render", sample, "--scale", "2", "-o", folder.file("chart.\(format)").path])
        expectUsageError(result, "--scale applies only to raster formats (png); \(format) has no pixels")
        let export = CommandRunner.parley(["export", sample, "--out", folder.file("out").path, "--formats", format, "--scale", "2"])
        expectUsageError(export, "--scale applies only to raster formats (png); --formats \(format) has no pixels")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out").path))
        #expect(!FileManager.default.fileExists(atPath: folder.file("chart.\(format)").path))
    }

    @Test(arguments: ["png", "pdf", "json"])
    func anIDPrefixWithAFormatWithoutIDsIsAnError(_ format: String) throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.\(format)").path
        let result = CommandRunner.parley(["render", sample, "--id-prefix", "r2-", "-o", output])
        expectUsageError(result, "--id-prefix applies only to formats with ids (svg); \(format) has none")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anOutputFileOfAnotherFormatThanFormatIsAnError() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.png").path
        let result = CommandRunner.parley(["render", sample, "-o", output, "--format", "svg"])
        expectUsageError(result, "-o '\(output)' names a png file, and --format says svg")
        #expect(result.stderr.contains("name the file .svg"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        // An extension that is no format of the table leaves the choice to --format.
        let other = folder.file("chart.image").path
        #expect(CommandRunner.parley(["render", sample, "-o", other, "--format", "svg"]).status == 0)
    }

    @Test(arguments: [
        ("", "--rounds names no round"), (",", "--rounds names no round"), (" , ", "--rounds names no round"),
        ("round-1,,round-2", "--rounds 'round-1,,round-2' has an empty id between commas"),
        ("round-1,round-1", "--rounds names round 'round-1' twice"), ("round-1, round-2,round-1", "--rounds names round 'round-1' twice"),
    ])
    func aRoundListThatNamesNoneOrOneTwiceIsAnError(_ rounds: String, _ message: String) throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.svg").path
        expectUsageError(CommandRunner.parley(["render", sample, "--rounds", rounds, "-o", output]), message)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A format named twice is refused, not dropped: the command line says what is written.
    @Test func aFormatNamedTwiceIsAnError() throws {
        let folder = try TemporaryDirectory()
        let out = folder.file("out").path
        let export = CommandRunner.parley(["export", sample, "--out", out, "--formats", "svg,png,SVG"])
        expectUsageError(export, "--formats names svg twice")
        #expect(!FileManager.default.fileExists(atPath: out))
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
