import Foundation
import ParleyTestSupport
import Testing

/// `parley draw` through the built binary: a scene `render --format json` wrote draws to the
/// bytes `render` writes itself, and a file that is no scene is refused saying what it is.
@Suite struct DrawCommandTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test(arguments: [
        ["--chart", "seating", "--round", "round-2"], ["--chart", "timeline", "--background", "transparent"],
    ])
    func aDumpedSceneDrawsAsRenderDrawsIt(_ chart: [String]) throws {
        let folder = try TemporaryDirectory()
        let scene = folder.file("chart.json").path
        let look = chart.contains("--background") ? ["--background", "transparent"] : []
        #expect(CommandRunner.parley(["render", sample] + chart + ["-o", scene]).status == 0)
        for format in ["png", "svg", "pdf"] {
            let rendered = folder.file("rendered.\(format)").path, drawn = folder.file("drawn.\(format)").path
            let render = CommandRunner.parley(["render", sample] + chart + ["-o", rendered])
            let draw = CommandRunner.parley(["draw", scene, "-o", drawn] + look)
            #expect(render.status == 0 && draw.status == 0, "\(chart) \(format): \(draw.stderr)")
            let expected = try Data(contentsOf: URL(fileURLWithPath: rendered))
            let actual = try Data(contentsOf: URL(fileURLWithPath: drawn))
            #expect(!expected.isEmpty && expected == actual, "\(chart) \(format)")
        }
    }

    @Test func drawTakesTheScaleAndTheIDPrefixAsRenderDoes() throws {
        let folder = try TemporaryDirectory()
        let scene = folder.file("chart.json").path
        #expect(CommandRunner.parley(["render", sample, "--round", "round-1", "-o", scene]).status == 0)
        let rendered = CommandRunner.parley(["render", sample, "--round", "round-1", "--scale", "2", "-o", "-", "--format", "png"])
        let drawn = CommandRunner.parley(["draw", scene, "--scale", "2", "--format", "png", "-o", "-"])
        #expect(rendered.status == 0 && !rendered.stdout.isEmpty && drawn.stdout == rendered.stdout, "\(drawn.stderr)")
        let svg = CommandRunner.parley(["draw", scene, "--id-prefix", "r1-", "-o", "-", "--format", "svg"])
        #expect(String(decoding: svg.stdout, as: UTF8.self).contains("id=\"r1-"), "\(svg.stderr)")
        let refused = CommandRunner.parley(["draw", scene, "--id-prefix", "r1-", "-o", folder.file("a.png").path])
        #expect(
            refused.status == 64 && refused.stderr.hasPrefix("Error: --id-prefix applies only to formats with ids"), "\(refused.stderr)")
    }

    @Test func aModelIsNoSceneAndASceneIsNoModel() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.png").path
        let model = CommandRunner.parley(["draw", sample, "-o", output])
        #expect(model.status == 1)
        #expect(model.stderr == "error: \(sample) is a meeting model, not a scene; draw its charts with parley render \(sample) -o FILE\n")
        let scene = folder.file("chart.json").path
        #expect(CommandRunner.parley(["render", sample, "-o", scene]).status == 0)
        let rendered = CommandRunner.parley(["render", scene, "-o", output])
        #expect(rendered.status == 1)
        #expect(rendered.stderr == "error: \(scene) is a Parley scene, not a meeting model; draw it with parley draw \(scene) -o FILE\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aFileThatIsNoSceneIsRefusedNamingWhere() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.png").path
        let broken = folder.file("broken.json")
        try Data("{\"format\": \"parley-scene\",\n  \"version\": ]".utf8).write(to: broken)
        let syntax = CommandRunner.parley(["draw", broken.path, "-o", output])
        #expect(syntax.status == 1)
        #expect(syntax.stderr.hasPrefix("\(broken.path):2:14: error: not a scene: "), "\(syntax.stderr)")
        let other = folder.file("other.json")
        try Data("{\"format\": \"parley-scene\", \"width\": 10}".utf8).write(to: other)
        let content = CommandRunner.parley(["draw", other.path, "-o", output])
        #expect(content.status == 1)
        #expect(content.stderr.hasPrefix("error: \(other.path) is not a Parley scene: "), "\(content.stderr)")
        #expect(content.stderr.contains("parley render --format json"), "\(content.stderr)")
        let absent = CommandRunner.parley(["draw", folder.file("absent.json").path, "-o", output])
        #expect(absent.status == 1 && absent.stderr.hasPrefix("error: cannot read "), "\(absent.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
