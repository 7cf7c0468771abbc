import Foundation
import ParleyLayout
import ParleyTestSupport
import Testing

/// `--fit` through the built `parley`: render and export lay every chart out at the preset's
/// width, and `--fit` with `--width` is refused naming both, writing nothing.
@Suite struct PhysicalSizeFitCommandTests {
    let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test(arguments: PageFit.allCases) func renderLaysTheChartOutAtThePresetsWidth(_ fit: PageFit) throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("round-2.pdf").path
        let result = CommandRunner.parley(["render", sample, "--round", "round-2", "--fit", fit.rawValue, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let width = try #require(PhysicalSizeTests.mediaBoxWidth(Array(Data(contentsOf: URL(fileURLWithPath: output)))))
        #expect(abs(width - fit.width) < 0.01, "\(fit): MediaBox \(width) pt")
    }

    @Test func exportLaysEveryChartOutAtThePresetsWidth() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/riyadh-2025.yaml", toPath: input.file("a.yaml").path)
        let result = CommandRunner.parley(["export", input.url.path, "--out", out.url.path, "--formats", "svg", "--fit", "article"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try #require(FileManager.default.enumerator(atPath: out.url.path)).compactMap { $0 as? String }.filter {
            $0.hasSuffix(".svg")
        }
        #expect(files.count >= 2)
        for file in files {
            let svg = try String(contentsOfFile: out.file(file).path, encoding: .utf8)
            #expect(PhysicalSizeTests.points(svgAttribute: "width", in: svg) == 525, "\(file)")
        }
    }

    @Test func fitWithWidthIsRefusedNamingBoth() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("x.svg").path
        let result = CommandRunner.parley(["render", sample, "--fit", "a4", "--width", "500", "-o", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--fit a4 and --width both set the canvas width"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
