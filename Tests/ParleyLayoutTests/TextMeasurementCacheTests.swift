import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// A fixed-metrics measurer that records what it was asked to measure.
private final class RecordingMeasurer: TextMeasuring {
    var calls: [(length: Int, overflow: TextOverflow, alignment: TextAlignment)] = []
    func measure(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow, alignment: TextAlignment) -> TextMetrics {
        calls.append((text.count, overflow, alignment))
        return FixedMetricsMeasurer().measure(text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: alignment)
    }
}

@Suite struct TextMeasurementCacheTests {
    let font = Font(size: 12)

    @Test func eachDistinctTextIsMeasuredOnce() {
        let base = RecordingMeasurer()
        let cache = TextMeasurementCache(base)
        for _ in 0..<5 {
            _ = cache.measure("Talks open", font: font, maxWidth: 190, overflow: .lineClamp)
            _ = cache.measure("Talks open", font: font, maxWidth: nil, overflow: .ellipsis)
        }
        #expect(base.calls.count == 2)
    }

    /// The alignment places the lines, so a run set centred is not served a left-aligned one's lines.
    @Test func eachAlignmentIsMeasuredApart() {
        let base = RecordingMeasurer()
        let cache = TextMeasurementCache(base)
        let left = cache.measure("Talks open", font: font, maxWidth: 190, overflow: .ellipsis, alignment: .left)
        let centred = cache.measure("Talks open", font: font, maxWidth: 190, overflow: .ellipsis, alignment: .center)
        _ = cache.measure("Talks open", font: font, maxWidth: 190, overflow: .ellipsis, alignment: .center)
        #expect(base.calls.map(\.alignment) == [.left, .center])
        #expect(left.lines[0].origin.x == 0)
        #expect(centred.lines[0].origin.x == (190 - left.lines[0].width) / 2)
    }

    /// A 10,000-character label clamped to three lines is measured on a prefix a little past what
    /// the box shows, and the prefix sets exactly as the whole text would.
    @Test(arguments: [TextOverflow.lineClamp, .ellipsis])
    func aLongClampedLabelIsSetFromAPrefixWithTheSameMetrics(_ overflow: TextOverflow) throws {
        let text = String(repeating: "Ж", count: 10_000)
        let base = RecordingMeasurer()
        let cache = TextMeasurementCache(base)
        let shown = cache.shownText(text, font: font, maxWidth: 190, overflow: overflow)
        #expect(shown.count == TextMeasurementCache.probeLength)
        #expect(text.hasPrefix(shown))
        #expect(base.calls.allSatisfy { $0.length <= TextMeasurementCache.probeLength })
        let whole = FixedMetricsMeasurer().measure(text, font: font, maxWidth: 190, overflow: overflow)
        let fromPrefix = cache.measure(shown, font: font, maxWidth: 190, overflow: overflow)
        #expect([fromPrefix.width, fromPrefix.height, fromPrefix.baseline] == [whole.width, whole.height, whole.baseline])
        // The same lines are drawn; what each says was cut is the rest of the prefix it was set from.
        #expect(fromPrefix.lines.map(\.text) == whole.lines.map(\.text))
        #expect(fromPrefix.lines.map(\.origin) == whole.lines.map(\.origin))
        let cut = try #require(fromPrefix.lines.last?.elided)
        #expect(try #require(whole.lines.last?.elided).hasPrefix(cut) && !cut.isEmpty)
    }

    @Test func textsThatFitWrapOrBreakLinesAreSetWhole() {
        let cache = TextMeasurementCache(FixedMetricsMeasurer())
        let long = String(repeating: "word ", count: 2_000)
        #expect(cache.shownText(long, font: font, maxWidth: 190, overflow: .wrap) == long)
        #expect(cache.shownText(long, font: font, maxWidth: nil, overflow: .lineClamp) == long)
        // A wide box shows the whole text, so no prefix is cut short.
        #expect(cache.shownText(long, font: font, maxWidth: 1e9, overflow: .lineClamp) == long)
        // Lines clamp per paragraph: after a line break the rest still shows.
        let paragraphs = long + "\n1 h 30 min"
        #expect(cache.shownText(paragraphs, font: font, maxWidth: 150, overflow: .lineClamp) == paragraphs)
        #expect(cache.shownText("short", font: font, maxWidth: 1, overflow: .lineClamp) == "short")
    }

    @Test func aCappedWidthStopsMeasuringPastTheCap() {
        let base = RecordingMeasurer()
        let cache = TextMeasurementCache(base)
        let long = String(repeating: "a", count: 10_000)
        #expect(cache.width(of: long, font: font, cappedAt: 190) >= 190)
        #expect(base.calls.allSatisfy { $0.length <= TextMeasurementCache.probeLength })
        // Under the cap the width is exact.
        let short = String(repeating: "a", count: 600)
        #expect(cache.width(of: short, font: font, cappedAt: 1e9) == FixedMetricsMeasurer().measure(short, font: font).width)
    }

    @Test func longWholeTextsAreCounted() {
        let cache = TextMeasurementCache(FixedMetricsMeasurer())
        let long = String(repeating: "x", count: 1_000)
        _ = cache.measure(long, font: font, maxWidth: 300, overflow: .wrap)
        _ = cache.measure(long, font: font, maxWidth: 300, overflow: .wrap)
        _ = cache.measure("short", font: font, maxWidth: 300, overflow: .wrap)
        _ = cache.measure(long, font: font, maxWidth: 300, overflow: .lineClamp)
        #expect(cache.wholeLongCharacters == 1_000)
    }
}
