import Foundation
import ParleyTestSupport
import Testing

/// `--svg-text` and `--dark-theme` on the command line: what they write, and what they refuse
/// with a message naming what would work.
@Suite struct NativeSVGCommandTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    private func svg(_ arguments: [String]) -> (status: Int32, text: String, stderr: String) {
        let result = CommandRunner.parley(["render", sample, "--format", "svg", "-o", "-"] + arguments)
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    @Test func nativeTextIsTextAndOutlineIsTheDefault() {
        let native = svg(["--round", "round-2", "--svg-text", "native"])
        #expect(native.status == 0)
        #expect(native.text.contains(">Russia–Ukraine direct talks in Istanbul</text>"))
        let outline = svg(["--round", "round-2"])
        #expect(outline.status == 0 && !outline.text.contains("<text") && outline.text.contains("<path"))
        #expect(native.text.utf8.count * 4 <= outline.text.utf8.count)
    }

    @Test func withoutAPrefixTwoChartsShareNoID() {
        func ids(_ text: String) -> Set<String> {
            Set(text.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) })
        }
        for mode in ["native", "outline"] {
            let first = svg(["--round", "round-1", "--svg-text", mode]), second = svg(["--round", "round-2", "--svg-text", mode])
            #expect(!ids(first.text).isEmpty)
            #expect(ids(first.text).isDisjoint(with: ids(second.text)), "\(mode)")
            #expect(first.text.contains("aria-labelledby=\"p") && first.text.contains("aria-describedby=\"p"))
            // One id each: the title names the chart, the description describes it.
            let labelledBy = first.text.components(separatedBy: "aria-labelledby=\"").dropFirst().first?.split(separator: "\"").first ?? ""
            #expect(!labelledBy.isEmpty && !labelledBy.contains(" ") && labelledBy.hasSuffix("title"), "\(mode): \(labelledBy)")
        }
    }

    @Test func darkThemeWritesBothPalettes() {
        let result = svg(["--chart", "seating-compare", "--svg-text", "native", "--dark-theme", "dark"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("@media (prefers-color-scheme:dark){"))
        #expect(result.text.contains("#0d1117"))
    }

    @Test(arguments: [
        (["--format", "png", "--svg-text", "native"], "--svg-text applies only to svg"),
        (["--dark-theme", "dark"], "--dark-theme needs --svg-text native"),
        (["--dark-theme", "dark", "--svg-text", "outline"], "--dark-theme needs --svg-text native"),
        (["--format", "pdf", "--dark-theme", "dark"], "--dark-theme writes one SVG with both palettes; pdf has one"),
        (["--svg-text", "native", "--dark-theme", "light"], "--dark-theme light is the same as --theme light"),
    ])
    func refusedCombinationsSayWhatWouldWork(_ arguments: [String], _ message: String) {
        let folder = try? TemporaryDirectory()
        let output = folder?.file("chart.out").path ?? "chart.out"
        var given = arguments
        if !given.contains("--format") { given += ["--format", "svg"] }
        let result = CommandRunner.parley(["render", sample, "-o", output] + given)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func exportTakesBothOptions() throws {
        let folder = try TemporaryDirectory()
        let out = folder.file("out").path
        let result = CommandRunner.parley([
            "export", sample, "--out", out, "--formats", "svg", "--svg-text", "native", "--dark-theme", "dark", "--jobs", "1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let timeline = try String(contentsOfFile: out + "/istanbul-2025/timeline.svg", encoding: .utf8)
        #expect(timeline.contains("</text>") && timeline.contains("prefers-color-scheme:dark"))
        let refused = CommandRunner.parley(["export", sample, "--out", out, "--formats", "png", "--svg-text", "native"])
        #expect(refused.status != 0 && refused.stderr.contains("--svg-text applies only to svg"))
    }
}
