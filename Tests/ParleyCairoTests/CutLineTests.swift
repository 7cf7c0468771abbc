import Foundation
import ParleyCairo
import ParleyScene
import ParleyTestSupport
import Testing

/// A line Pango cut with an ellipsis is drawn as it was measured: the kept glyphs as they were
/// shaped inside the whole text, the ellipsis where the line says, standing for the cut text.
@Suite struct CutLineTests {
    let measurer: PangoTextMeasurer
    let font = Font(size: 12)
    let origin = Point(x: 10, y: 10)
    init() throws {
        TestFonts.pin()
        measurer = try PangoTextMeasurer()
    }

    private func scene(_ text: String, maxWidth: Double, editing edit: (inout TextLine) -> Void = { _ in }) -> Scene {
        var metrics = measurer.measure(text, font: font, maxWidth: maxWidth, overflow: .ellipsis)
        edit(&metrics.lines[0])
        let run = TextRun(
            text: text, origin: origin, font: font, color: .black, maxWidth: maxWidth, overflow: .ellipsis, metrics: metrics)
        return Scene(size: Size(width: 400, height: 40), nodes: [.text(run)])
    }

    /// The glyphs of an SVG as Cairo writes them: which symbol, and where, in drawing order.
    private func glyphs(_ svg: [UInt8]) throws -> [(symbol: String, x: Double)] {
        let text = String(decoding: svg, as: UTF8.self)
        // Ids carry a prefix derived from each document; the glyph names after it are Cairo's.
        let pattern = try NSRegularExpression(pattern: ##"<use xlink:href="#(?:p[0-9a-f]{8}-)?(glyph[0-9-]+)" x="([-0-9.]+)""##)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let symbol = Range(match.range(at: 1), in: text), let x = Range(match.range(at: 2), in: text) else { return nil }
            return (String(text[symbol]), Double(text[x]) ?? .nan)
        }
    }

    @Test(arguments: [
        "First Deputy Head, Foreign Intelligence Service",
        "Первый заместитель директора Службы внешней разведки",
    ])
    func aPDFCopiesTheWholeSourceOfACutLabel(_ text: String) throws {
        let scene = scene(text, maxWidth: 120)
        guard case .text(let run) = scene.nodes[0] else { return }
        #expect(run.metrics.isTruncated)
        let folder = try TemporaryDirectory()
        let file = try folder.write(try CairoPDFWriter().write(scene), to: "cut.pdf")
        let copied = String(decoding: try ExternalTool.run("pdftotext", [file.path, "-"]), as: UTF8.self)
        #expect(copied.trimmingCharacters(in: .whitespacesAndNewlines) == text)
    }

    @Test func theEllipsisIsDrawnWhereTheLineSaysAndWhereTheCutTextBegan() throws {
        let text = "National Security Advisor to the Crown Prince"
        let cutScene = scene(text, maxWidth: 127)
        guard case .text(let run) = cutScene.nodes[0] else { return }
        let line = try #require(run.metrics.lines.first)
        #expect(line.text == "National Security A…")
        let offset = try #require(line.ellipsisOffset)
        let drawn = try glyphs(try CairoSVGWriter().write(cutScene))
        let ellipsisX = try #require(drawn.last?.x)
        #expect(abs(ellipsisX - (origin.x + line.origin.x + offset)) < 0.001)
        // The kept glyphs advance as they do in the whole text, "A" kerned against the "d" that
        // was cut: the ellipsis starts where the first cut glyph did, and the line fills its width.
        let uncut = try glyphs(try CairoSVGWriter().write(scene(text, maxWidth: 1000)))
        let kept = drawn.count - 1
        #expect(uncut.prefix(kept).map(\.x) == drawn.prefix(kept).map(\.x))
        #expect(abs(uncut[kept].x - ellipsisX) < 0.001)
        #expect(offset + measurer.measure("…", font: font).width <= line.width)
        // Moved by hand, the ellipsis follows the line and the kept glyphs stay.
        let moved = try glyphs(try CairoSVGWriter().write(scene(text, maxWidth: 127) { $0.ellipsisOffset = offset + 20 }))
        #expect(abs((moved.last?.x ?? 0) - ellipsisX - 20) < 0.001)
        #expect(moved.dropLast().map(\.x) == drawn.dropLast().map(\.x))
    }

    @Test(arguments: ["National Security Advisor to the Crown Prince", "النائب الأول لرئيس جهاز الاستخبارات الخارجية"])
    func theKeptGlyphsAreTheGlyphsOfTheWholeText(_ text: String) throws {
        // One SVG, so both runs share the glyph symbols: the whole text uncut, then cut.
        let whole = measurer.measure(text, font: font)
        // A width that cuts inside a word after a letter whose form depends on the one cut away.
        let width = try #require(
            stride(from: 150.0, to: 250, by: 1).first { width in
                let line = measurer.measure(text, font: font, maxWidth: width, overflow: .ellipsis).lines[0]
                // Letters that never join the next one have one form either way.
                guard let last = line.text.dropLast().last, let elided = line.elided, !elided.hasPrefix(" ") else { return false }
                return !" اأإآدذرزوؤة".contains(last)
            })
        let cut = measurer.measure(text, font: font, maxWidth: width, overflow: .ellipsis)
        let cutLine = try #require(cut.lines.first)
        #expect(cutLine.isElided)
        let runs = [whole, cut].enumerated().map { index, metrics in
            SceneNode.text(
                TextRun(
                    text: text, origin: Point(x: 10, y: 10 + 20 * Double(index)), font: font, color: .black,
                    maxWidth: index == 0 ? nil : width, overflow: .ellipsis, metrics: metrics))
        }
        let drawn = try glyphs(try CairoSVGWriter().write(Scene(size: Size(width: 400, height: 60), nodes: runs)))
        let uncutCount = try glyphs(try CairoSVGWriter().write(Scene(size: Size(width: 400, height: 60), nodes: [runs[0]]))).count
        let wholeRun = drawn.prefix(uncutCount), cutRun = drawn.dropFirst(uncutCount)
        let keptSymbols = cutLine.isRightToLeft ? Array(cutRun.dropFirst().map(\.symbol)) : Array(cutRun.dropLast().map(\.symbol))
        // Left to right the kept glyphs start the whole text's; right to left they end it, and
        // sit where they sat, moved by what the cut took away less the ellipsis.
        let expected =
            cutLine.isRightToLeft
            ? Array(wholeRun.suffix(keptSymbols.count).map(\.symbol))
            : Array(wholeRun.prefix(keptSymbols.count).map(\.symbol))
        #expect(!keptSymbols.isEmpty && keptSymbols == expected)
    }

    @Test func theEllipsisOffsetIsWrittenOnlyForACutLineAndReadBack() throws {
        let cut = measurer.measure("National Security Advisor to the Crown Prince", font: font, maxWidth: 127, overflow: .ellipsis)
        let whole = measurer.measure("National Security", font: font, maxWidth: 127, overflow: .ellipsis)
        let cutJSON = try JSONEncoder().encode(cut.lines)
        #expect(try JSONDecoder().decode([TextLine].self, from: cutJSON) == cut.lines)
        #expect(String(decoding: cutJSON, as: UTF8.self).contains("\"ellipsisOffset\""))
        #expect(!String(decoding: try JSONEncoder().encode(whole.lines), as: UTF8.self).contains("ellipsisOffset"))
    }
}
