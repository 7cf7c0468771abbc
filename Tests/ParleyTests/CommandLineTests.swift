import Foundation
import ParleyCairo
import ParleyTestSupport
import Testing

/// The built `parley` run as a user runs it: exit codes, files, messages, determinism.
@Suite struct CommandLineTests {
    private func parley(_ arguments: [String]) -> (status: Int32, stdout: [UInt8], stderr: String) {
        CommandRunner.parley(arguments)
    }

    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test func rendersEveryFormatDeterministically() throws {
        let folder = try TemporaryDirectory()
        for format in ["svg", "png", "pdf", "json"] {
            let first = folder.file("a.\(format)").path, second = folder.file("b.\(format)").path
            #expect(parley(["render", sample, "-o", first]).status == 0)
            #expect(parley(["render", sample, "-o", second]).status == 0)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
            #expect(bytes.count > 1000)
            #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second))), "\(format) differs between runs")
        }
        let png = try RasterImage(png: Array(Data(contentsOf: folder.file("a.png"))))
        #expect(png.width == 900)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func writesToStandardOutputAndScalesPNG() throws {
        let result = parley(["render", sample, "--format", "png", "--scale", "2", "-o", "-"])
        #expect(result.status == 0)
        let image = try RasterImage(png: result.stdout)
        #expect(image.width == 1800)
    }

    @Test func transparentBackgroundAndIDPrefix() throws {
        let png = parley(["render", sample, "--format", "png", "--background", "transparent", "-o", "-"])
        #expect(try RasterImage(png: png.stdout).pixel(x: 1, y: 1).alpha == 0)
        let svg = String(decoding: parley(["render", sample, "--format", "svg", "--id-prefix", "r2-", "-o", "-"]).stdout, as: UTF8.self)
        #expect(svg.contains("id=\"r2-title\""))
        #expect(!svg.contains("id=\"glyph"))
        #expect(svg.contains("<desc id=\"r2-desc\">Russia–Ukraine direct talks in Istanbul: 3 rounds."))
    }

    @Test func anInvalidModelFailsWithLocatedErrorsAndWritesNothing() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("out.svg").path
        let result = parley(["render", RepositoryPaths.invalidSamples + "/unknown-key.yaml", "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown-key.yaml:14:5: error: unknown key 'titel' in a round; did you mean 'title'?"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aFailedRenderKeepsTheEarlierOutput() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("out.svg").path
        #expect(parley(["render", sample, "-o", output]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(parley(["render", RepositoryPaths.invalidSamples + "/bad-color.yaml", "-o", output]).status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
    }

    @Test func badOptionsAreUsageErrors() {
        let unknownFormat = parley(["render", sample, "-o", "out.gif"])
        #expect(unknownFormat.status != 0)
        #expect(unknownFormat.stderr.contains("give --format svg, png, pdf or json"))
        let unknownChart = parley(["render", sample, "--chart", "pie", "-o", "x.svg"])
        #expect(unknownChart.stderr.contains("The value 'pie' is invalid for '--chart <chart>'"), "\(unknownChart.stderr)")
        #expect(parley(["render", sample, "--scale", "0", "-o", "x.png"]).status != 0)
        #expect(parley(["render", sample, "--background", "blu", "-o", "x.png"]).status != 0)
    }

    @Test func validateAndSchema() {
        #expect(parley(["validate", sample]).status == 0)
        let invalid = parley(["validate", sample, RepositoryPaths.invalidSamples + "/bad-time.yaml"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.split(separator: "\n").count == 1)
        let schema = parley(["schema"])
        #expect(schema.status == 0)
        #expect(String(decoding: schema.stdout, as: UTF8.self).contains("https://json-schema.org/draft/2020-12/schema"))
        #expect(parley(["--version"]).stdout.count > 0)
    }

    @Test func readsTheModelFromStandardInput() throws {
        let model = try Array(Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.samples + "/riyadh-2025.yaml")))
        let result = CommandRunner.parley(["render", "-", "--format", "svg", "-o", "-"], input: model)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("<svg"))
    }

    @Test func readsJSONModelsWithLocations() throws {
        let json = """
            {"parley": 1, "id": "json-demo", "timezone": "+03:00",
             "parties": [{"id": "a", "name": "A"}],
             "rounds": [{"id": "r1", "date": "2025-06-02", "start": "14:43", "end": "15:57"}]}
            """
        let folder = try TemporaryDirectory()
        let model = try folder.write(Array(json.utf8), to: "model.json")
        #expect(parley(["render", model.path, "-o", folder.file("o.svg").path]).status == 0)
        let broken = try folder.write(Array(json.replacingOccurrences(of: "\"end\"", with: "\"ende\"").utf8), to: "broken.json")
        let result = parley(["validate", broken.path])
        #expect(result.stderr.contains("broken.json:3:66: error: unknown key"))
        #expect(result.stderr.contains("unknown key 'ende' in a round; did you mean 'end'?"))
    }
}
