import ParleyCairo
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct TextTests {
    let measurer: PangoTextMeasurer
    init() throws {
        TestFonts.pin()
        measurer = try PangoTextMeasurer()
    }

    @Test(arguments: ["Latin box", "Мединский", "Умєров", "Çırağan Sarayı"])
    func everyScriptMeasuresAndRendersInk(_ text: String) throws {
        let font = Font(size: 16)
        let metrics = measurer.measure(text, font: font)
        #expect(metrics.width > Double(text.count) * 4)
        #expect(metrics.height > 16 && metrics.height < 24)
        #expect(metrics.baseline > 0 && metrics.baseline < metrics.height)

        let run = TextRun.measured(text, font: font, color: .black, anchor: Point(x: 10, y: 10), measurer: measurer)
        let scene = Scene(size: Size(width: metrics.width + 20, height: metrics.height + 20), nodes: [.text(run)])
        let image = try RasterImage(png: CairoPNGWriter().write(scene))
        var inkInside = 0, inkOutside = 0
        for y in 0..<image.height {
            for x in 0..<image.width where image.pixel(x: x, y: y).red < 128 {
                if run.frame.insetBy(dx: -1, dy: -1).contains(Rect(x: Double(x), y: Double(y), width: 1, height: 1)) {
                    inkInside += 1
                } else {
                    inkOutside += 1
                }
            }
        }
        #expect(inkInside > 20 * text.count / 2)
        #expect(inkOutside == 0)
    }

    @Test func metricsDoNotDependOnScaleOrSize() {
        let small = measurer.measure("Мединский", font: Font(size: 10))
        let large = measurer.measure("Мединский", font: Font(size: 20))
        #expect(abs(large.width - 2 * small.width) < 0.5)
        #expect(measurer.measure("Мединский", font: Font(size: 10)) == small)
    }

    @Test func ellipsisKeepsTextInsideItsBox() throws {
        let run = TextRun.measured(
            "A label far too long to fit in its box", font: Font(size: 14), color: .black,
            anchor: Point(x: 10, y: 10), maxWidth: 120, measurer: measurer)
        #expect(run.metrics.isTruncated)
        #expect(run.metrics.width <= 120)
        let scene = Scene(size: Size(width: 300, height: 40), nodes: [.text(run)])
        let image = try RasterImage(png: CairoPNGWriter().write(scene))
        for y in 0..<image.height {
            for x in 132..<image.width { #expect(image.pixel(x: x, y: y).red > 200, "ink at \(x),\(y)") }
        }
    }

    @Test func wrappingAddsLines() {
        let metrics = measurer.measure(
            "Exchange of severely wounded and young soldiers", font: Font(size: 12), maxWidth: 100, overflow: .wrap)
        #expect(metrics.lineCount >= 3)
        #expect(metrics.width <= 100)
        #expect(!metrics.isTruncated)
    }
}
