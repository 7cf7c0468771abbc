import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// A fixed-metrics measurer that records what it was asked to measure.
private final class RecordingMeasurer: TextMeasuring {
    var calls: [(length: Int, overflow: TextOverflow)] = []
    func measure(_ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow) -> TextMetrics {
        calls.append((text.count, overflow))
        return FixedMetricsMeasurer().measure(text, font: font, maxWidth: maxWidth, overflow: overflow)
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

    /// A 10,000-character label clamped to three lines is measured on a prefix a little past what
    /// the box shows, and the prefix sets exactly as the whole text would.
    @Test(arguments: [TextOverflow.lineClamp, .ellipsis])
    func aLongClampedLabelIsSetFromAPrefixWithTheSameMetrics(_ overflow: TextOverflow) {
        let text = String(repeating: "Ж", count: 10_000)
        let base = RecordingMeasurer()
        let cache = TextMeasurementCache(base)
        let shown = cache.shownText(text, font: font, maxWidth: 190, overflow: overflow)
        #expect(shown.count == TextMeasurementCache.probeLength)
        #expect(text.hasPrefix(shown))
        #expect(base.calls.allSatisfy { $0.length <= TextMeasurementCache.probeLength })
        let whole = FixedMetricsMeasurer().measure(text, font: font, maxWidth: 190, overflow: overflow)
        #expect(cache.measure(shown, font: font, maxWidth: 190, overflow: overflow) == whole)
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
