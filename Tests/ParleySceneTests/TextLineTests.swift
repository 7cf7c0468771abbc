import Foundation
import ParleyJSON
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

    /// The lines are the coded metrics' content: written whole and read back, and required.
    @Test func metricsCarryTheirLinesThroughJSON() throws {
        let lines = [
            TextLine(text: "Talks in", origin: Point(x: 1.5, y: 10), width: 40, collapsedBreak: " "),
            TextLine(text: "الرياض…", origin: Point(x: 0, y: 22.5), width: 24.25, elided: " اليوم", isRightToLeft: true),
        ]
        let metrics = TextMetrics(width: 40, height: 25, baseline: 10, lines: lines)
        let coded = try JSONValueEncoder().encode(metrics)
        #expect(try JSONValueDecoder().decode(TextMetrics.self, from: coded) == metrics)
        guard case .array(let codedLines)? = coded["lines"] else { Issue.record("no lines in \(coded.serialized())"); return }
        #expect(codedLines[0]["collapsedBreak"]?.stringValue == " " && codedLines[0]["rightToLeft"] == nil)
        #expect(codedLines[1]["rightToLeft"] == .bool(true) && codedLines[1]["collapsedBreak"] == nil)
        let sizesOnly = try JSONValue(parsing: Array(#"{"width": 30, "height": 12.5, "baseline": 10}"#.utf8))
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(TextMetrics.self, from: sizesOnly) }
    }
}
