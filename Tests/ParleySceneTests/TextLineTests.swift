import Foundation
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct TextLineTests {
    let font = Font(size: 10)

    @Test func countsAndTruncationComeFromTheLines() {
        let lines = [
            TextLine(text: "Talks", origin: Point(x: 0, y: 10), width: 30),
            TextLine(text: "ope…", origin: Point(x: 0, y: 22.5), width: 24, elided: "n today"),
        ]
        let metrics = TextMetrics(width: 30, height: 25, baseline: 10, lines: lines)
        #expect(metrics.lineCount == 2 && metrics.isTruncated)
        #expect(!TextMetrics(width: 30, height: 12.5, baseline: 10, lines: Array(lines.prefix(1))).isTruncated)
    }

    @Test func realigningMeasuresTheLinesAgainAndKeepsTheBox() {
        let measurer = FixedMetricsMeasurer()
        let run = TextRun.measured(
            "Talks on the exchange", font: font, color: .black, anchor: Point(x: 20, y: 5), maxWidth: 50, overflow: .wrap,
            measurer: measurer)
        let centred = run.realigned(to: .center, measurer: measurer)
        #expect(centred.origin == run.origin && centred.box == run.box)
        #expect(centred.metrics.lines.map(\.text) == run.metrics.lines.map(\.text))
        #expect(centred.metrics.lines.map(\.origin.x) == run.metrics.lines.map { (50 - $0.width) / 2 })
    }

    /// The lines stay out of the coded metrics until the scene's JSON carries them.
    @Test func metricsStillDecodeFromTheirSizes() throws {
        let json = Array(#"{"width": 30, "height": 12.5, "baseline": 10}"#.utf8)
        let metrics = try JSONDecoder().decode(TextMetrics.self, from: Data(json))
        #expect(metrics.width == 30 && metrics.lines.isEmpty)
    }
}
