import Foundation
import ParleyCairo
import ParleyTestSupport
import Testing

/// `parley render --width` honoured exactly or refused, and shortened text warned of (issue 14).
@Suite struct WidthAndShortenedCommandTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test func aWidthTooNarrowIsAnErrorAndWritesNothing() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("narrow.png").path
        let result = CommandRunner.parley(["render", sample, "--chart", "overview", "--width", "300", "-o", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: the overview chart needs at least 320 points of width"), "\(result.stderr)")
        #expect(result.stderr.contains("--width 300 is too narrow"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aWidthThatWorksIsDrawnExactly() throws {
        let folder = try TemporaryDirectory()
        for width in [400, 733] {
            let output = folder.file("seating-\(width).png").path
            let result = CommandRunner.parley([
                "render", sample, "--chart", "seating", "--round", "round-2", "--width", "\(width)", "-o", output,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let image = try RasterImage(png: Array(Data(contentsOf: URL(fileURLWithPath: output))))
            #expect(image.width == width)
        }
    }

    @Test func eachShortenedTextIsWarnedOfAtItsPlace() throws {
        let folder = try TemporaryDirectory()
        let title = (0..<40).map { "Delegation\($0)" }.joined(separator: " ")
        let model = folder.file("long.yaml").path
        let yaml = """
            parley: 1
            id: long
            timezone: UTC
            parties:
              - {id: a, name: A}
            rounds:
              - {id: r, title: "\(title)", date: 2026-01-01, start: "10:00", end: "11:00"}
            """
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: model))
        let output = folder.file("overview.svg").path
        let result = CommandRunner.parley(["render", model, "--chart", "overview", "--width", "400", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains(": warning: the overview chart shortens") }
        #expect(warnings.count == 1, "\(result.stderr)")
        #expect(warnings.allSatisfy { $0.hasPrefix(Substring(model + ":7:")) }, "\(warnings)")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        #expect(svg.contains("Shortened in the chart, in full: \(title)"))
    }
}
