import ParleyCairo
import ParleyScene
import ParleyTestSupport
import Testing

/// The lines `PangoTextMeasurer` reads back from Pango, and the painter drawing exactly those.
@Suite struct TextLineTests {
    let measurer: PangoTextMeasurer
    let font = Font(size: 12)
    init() throws {
        TestFonts.pin()
        measurer = try PangoTextMeasurer()
    }

    @Test(arguments: [
        "Exchange of severely wounded and young soldiers",
        "Обмен тяжелоранеными и молодыми военнослужащими",
        "Çırağan Sarayı'nda doğrudan görüşmeler başladı",
        "محادثات مباشرة في قصر جراغان في إسطنبول",
    ])
    func wrappedLinesJoinBackToTheText(_ text: String) {
        let metrics = measurer.measure(text, font: font, maxWidth: 110, overflow: .wrap)
        #expect(metrics.lineCount >= 3)
        // Pango breaks at spaces (inside a word too long for the box) and draws nothing for the
        // space it broke at: the lines and their collapsed breaks are the text, in order.
        #expect(metrics.lines.map { $0.text + $0.collapsedBreak }.joined() == text)
        #expect(metrics.lines.dropLast().contains { $0.collapsedBreak == " " })
        #expect(metrics.lines.last?.collapsedBreak == "")
        #expect(metrics.lines.allSatisfy { !$0.isElided && $0.width <= 110 && !$0.text.hasSuffix(" ") })
        #expect(metrics.lines[0].origin.y == metrics.baseline)
        let baselines = metrics.lines.map(\.origin.y)
        #expect(zip(baselines, baselines.dropFirst()).allSatisfy { $1 - $0 > 12 && $1 - $0 < 16 })
        #expect(metrics.lines.map(\.width).max() == metrics.width)
    }

    @Test func linesArePlacedByTheAlignmentInsideTheBox() {
        let text = "Talks open with a speech by Hakan Fidan"
        let left = measurer.measure(text, font: font, maxWidth: 150, overflow: .wrap, alignment: .left)
        let centre = measurer.measure(text, font: font, maxWidth: 150, overflow: .wrap, alignment: .center)
        let right = measurer.measure(text, font: font, maxWidth: 150, overflow: .wrap, alignment: .right)
        #expect(left.lineCount == 2 && centre.lines.map(\.text) == left.lines.map(\.text))
        #expect([left.width, left.height] == [right.width, right.height])
        let unit = 1.0 / 1024
        for index in left.lines.indices {
            let width = left.lines[index].width
            #expect(left.lines[index].origin.x == 0)
            #expect(abs(centre.lines[index].origin.x - (150 - width) / 2) <= unit)
            #expect(abs(right.lines[index].origin.x - (150 - width)) <= unit)
            #expect(right.lines[index].origin.y == left.lines[index].origin.y)
        }
    }

    @Test(arguments: [
        "A label far too long to fit in its box",
        "Первый заместитель директора Службы внешней разведки",
        "النائب الأول لرئيس جهاز الاستخبارات الخارجية",
        "伊斯坦布尔直接会谈第二轮代表团名单",
    ])
    func anEllipsizedLineShowsAPrefixAndTheEllipsisAndKeepsTheRest(_ text: String) throws {
        let metrics = measurer.measure(text, font: font, maxWidth: 90, overflow: .ellipsis)
        #expect(metrics.isTruncated && metrics.lineCount == 1)
        let line = metrics.lines[0]
        // The midline "⋯" is Pango's choice for Han.
        #expect(line.text.hasSuffix("…") || (line.text.hasSuffix("⋯") && text.hasPrefix("伊")))
        let elided = try #require(line.elided)
        #expect(!elided.isEmpty)
        #expect(String(line.text.dropLast()) + elided == text)
        #expect(line.width <= 90 && line.width == metrics.width)
        #expect(line.isRightToLeft == text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
    }

    @Test func aClampedTextCutsItsLastLine() throws {
        let text = "Exchange of severely wounded and young soldiers, the return of bodies, and a ceasefire"
        let metrics = measurer.measure(text, font: font, maxWidth: 110, overflow: .lineClamp)
        #expect(metrics.lineCount == TextOverflow.lineClampLimit)
        #expect(metrics.lines.dropLast().allSatisfy { !$0.isElided })
        let last = try #require(metrics.lines.last)
        #expect(last.text.hasSuffix("…"))
        let shown = metrics.lines.dropLast().map(\.text) + [String(last.text.dropLast())]
        #expect(shown.joined(separator: " ") + (try #require(last.elided)) == text)
    }

    @Test func theTextGivenToPangoIsWhatTheLinesHold() throws {
        // Noncharacters are drawn as U+FFFD: the lines say what is drawn.
        let nonCharacter = String(Character(try #require(Unicode.Scalar(0xFDD0))))
        let metrics = measurer.measure("a" + nonCharacter + "b", font: font)
        #expect(metrics.lines.map(\.text) == ["a\u{FFFD}b"])
    }

    /// The painter draws what the lines say, even where Pango would have set the text otherwise:
    /// here a box far too narrow for the line, and lines placed by hand.
    @Test func aHandMadeRunIsDrawnAsItsLinesSay() throws {
        let tall = measurer.measure("Hg", font: font)
        let lines = [
            TextLine(text: "WWWW", origin: Point(x: 0, y: tall.baseline), width: 40),
            TextLine(text: "MM", origin: Point(x: 120, y: tall.baseline + 40), width: 20),
        ]
        let run = TextRun(
            text: "not what is drawn", origin: Point(x: 10, y: 10), font: font, color: .black, maxWidth: 8, overflow: .ellipsis,
            metrics: TextMetrics(width: 8, height: 60, baseline: tall.baseline, lines: lines))
        let image = try RasterImage(png: CairoPNGWriter().write(Scene(size: Size(width: 200, height: 80), nodes: [.text(run)])))
        func ink(_ region: Rect) -> Int {
            var count = 0
            for y in Int(region.minY)..<Int(region.maxY) {
                for x in Int(region.minX)..<Int(region.maxX) where image.pixel(x: x, y: y).red < 128 { count += 1 }
            }
            return count
        }
        let first = Rect(x: 9, y: 9, width: 60, height: tall.height + 2)
        let second = Rect(x: 129, y: 49, width: 30, height: tall.height + 2)
        #expect(ink(Rect(x: 20, y: 9, width: 49, height: tall.height + 2)) > 40)  // the whole line, past the 8-point box
        #expect(ink(second) > 20)
        #expect(ink(Rect(x: 0, y: 0, width: 200, height: 80)) == ink(first) + ink(second))
    }
}
