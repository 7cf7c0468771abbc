import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// The lines of the fixed-metrics measurer layouts are tested with, and layouts that place runs
/// measured with the alignment they are drawn with.
@Suite struct FixedMetricsLinesTests {
    let measurer = FixedMetricsMeasurer()
    let font = Font(size: 10)  // 6 points a character, lines 12.5 apart

    @Test func aTextThatFitsIsOneLineAtTheBaseline() {
        let metrics = measurer.measure("Talks open", font: font, maxWidth: 100, overflow: .wrap)
        #expect(metrics.lines == [TextLine(text: "Talks open", origin: Point(x: 0, y: 10), width: 60)])
        #expect(metrics.width == 60 && metrics.height == 12.5 && metrics.lineCount == 1 && !metrics.isTruncated)
    }

    @Test func wrappingBreaksAtSpacesAndInsideWordsTooLong() {
        // 8 characters a line.
        let metrics = measurer.measure("Talks on prisoner exchanges", font: font, maxWidth: 50, overflow: .wrap)
        #expect(metrics.lines.map(\.text) == ["Talks on", "prisoner", "exchange", "s"])
        #expect(metrics.lines.map(\.origin.y) == [10, 22.5, 35, 47.5])
        #expect(metrics.lines.map(\.collapsedBreak) == [" ", " ", "", ""])
        #expect(metrics.height == 50 && metrics.width == 48 && metrics.baseline == 10)
        #expect(!metrics.isTruncated)
    }

    @Test(arguments: [(TextAlignment.left, [0.0, 0]), (.center, [1, 16]), (.right, [2, 32])])
    func linesArePlacedInTheBoxByTheAlignment(_ alignment: TextAlignment, _ offsets: [Double]) {
        let metrics = measurer.measure("Talks on the exchange", font: font, maxWidth: 50, overflow: .wrap, alignment: alignment)
        #expect(metrics.lines.map(\.text) == ["Talks on", "the", "exchange"])
        #expect(metrics.lines.prefix(2).map(\.origin.x) == offsets)
    }

    @Test func anEllipsisKeepsWhatFitsAndSaysWhatWasCut() {
        let metrics = measurer.measure("Memoranda exchanged", font: font, maxWidth: 50, overflow: .ellipsis, alignment: .right)
        #expect(
            metrics.lines == [TextLine(text: "Memoran…", origin: Point(x: 2, y: 10), width: 48, elided: "da exchanged", ellipsisOffset: 42)]
        )
        #expect(metrics.isTruncated && metrics.width == 48 && metrics.height == 12.5)
    }

    @Test func aClampCutsTheThirdLineWithTheRestOfTheText() throws {
        let text = "one two three four five six seven eight"
        let metrics = measurer.measure(text, font: font, maxWidth: 50, overflow: .lineClamp)
        #expect(metrics.lines.map(\.text) == ["one two", "three", "four fi…"])
        #expect(metrics.lines.map(\.elided) == [nil, nil, "ve six seven eight"])
        #expect(metrics.lineCount == TextOverflow.lineClampLimit && metrics.isTruncated && metrics.height == 37.5)
    }

    /// The calendar's round labels read rightwards from their stems (so no stem crosses another
    /// round's label): their lines are measured left-aligned, each from the box's left edge.
    @Test func calendarLabelsAreMeasuredFromTheirStems() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let scene = try TimelineLayout().layout(meeting, options: LayoutOptions(alignment: .calendar), measurer: measurer)
        let labels = scene.flattened().compactMap { placed -> TextRun? in
            guard case .text(let run) = placed.node, run.text.contains("\n") else { return nil }
            return run
        }
        #expect(!labels.isEmpty)
        for run in labels {
            #expect(run.alignment == .left)
            #expect(
                run.metrics == measurer.measure(run.text, font: run.font, maxWidth: run.maxWidth, overflow: run.overflow, alignment: .left))
            #expect(run.metrics.lines.allSatisfy { $0.origin.x == 0 })
        }
    }
}
