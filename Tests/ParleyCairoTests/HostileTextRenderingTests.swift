import Foundation
import ParleyCairo
import ParleyScene
import ParleyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Cairo writers are safe for any string a caller hands them, whatever the model allows:
/// the SVG stays well-formed XML, the PDF is written, and the id prefix cannot leave its attribute.
@Suite struct HostileTextRenderingTests {
    let measurer: PangoTextMeasurer
    init() throws {
        TestFonts.pin()
        measurer = try PangoTextMeasurer()
    }

    private static let hostile =
        "T\u{FFFE}\u{FFFF}\u{1B}[2J\u{7}\u{0}<\u{338}/desc>&amp;\"]]>\u{9B}\u{202E}👩🏽‍💻\n" + String(Character(Unicode.Scalar(0xFDD0) ?? "?"))

    private func scene() -> Scene {
        var scene = SceneFixtures.specimen(measurer: measurer)
        scene.title = Self.hostile
        scene.description = "D " + Self.hostile
        scene.nodes.append(
            .text(.measured(Self.hostile, font: Font(size: 12), color: .black, anchor: Point(x: 20, y: 200), measurer: measurer)))
        return scene
    }

    @Test func svgStaysWellFormedWithNoncharactersAndControlsInItsText() throws {
        let svg = try CairoSVGWriter().write(scene(), options: WriteOptions(svgIDPrefix: "h-"))
        let root = try #require(try XMLDocument(data: Data(svg)).rootElement())
        let title = try root.nodes(forXPath: "./*[local-name()='title']").first?.stringValue
        #expect(title == "T\u{FFFD}\u{FFFD}\u{FFFD}[2J\u{FFFD}\u{FFFD}<\u{338}/desc>&amp;\"]]>\u{FFFD}\u{202E}👩🏽‍💻\n\u{FFFD}")
        #expect(try root.nodes(forXPath: "./*").count > 2, "the title did not swallow the drawing")
        _ = try ExternalTool.run("rsvg-convert", ["--format", "png"], input: svg)
    }

    @Test func pdfIsWrittenWithNoncharactersAndControlsInTitleAndText() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(try CairoPDFWriter().write(scene()), to: "hostile.pdf")
        let info = String(decoding: try ExternalTool.run("pdfinfo", [file.path]), as: UTF8.self)
        #expect(info.contains("Title:           T\u{FFFD}\u{FFFD}\u{FFFD}[2J"), "\(info)")
        let pages = try CairoPDFWriter().write(pages: [scene(), scene()])
        #expect(pages.starts(with: Array("%PDF".utf8)))
        _ = try CairoPNGWriter().write(scene())
    }

    @Test(arguments: ["\"><script>alert(1)</script>", "1st-", "a:b", "a b", "é", "-a", ".a", String(repeating: "a", count: 257)])
    func theRendererRefusesAnIDPrefixThatIsNoXMLName(_ prefix: String) throws {
        let scene = SceneFixtures.specimen(measurer: measurer)
        for name in CairoWriters.names {
            #expect(throws: RenderError.self) { try CairoWriters.named(name).write(scene, options: WriteOptions(svgIDPrefix: prefix)) }
        }
        #expect(throws: RenderError.self) { try CairoPDFWriter().write(pages: [scene], options: WriteOptions(svgIDPrefix: prefix)) }
        #expect(WriteOptions.idPrefixProblem(prefix)?.contains("ASCII letters, digits, '-', '_' and '.'") == true)
    }

    @Test func aPrefixMadeFromAnyTextIsValidAndValidOnesStayAsTheyAre() {
        var random = SeededGenerator(seed: 3)
        let alphabet = Array("aZ09-_.:/ é\"<>&\u{1B}\u{FFFE}👩🏽‍💻")
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 0...300, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
            #expect(WriteOptions.idPrefixProblem(WriteOptions.idPrefix(from: text)) == nil, "\(text.debugDescription)")
        }
        for valid in ["", "a", "_1", "round-2-timeline-", "Report.x_"] {
            #expect(WriteOptions.idPrefixProblem(valid) == nil)
            #expect(WriteOptions.idPrefix(from: valid) == valid)
        }
        #expect(WriteOptions.idPrefix(from: "2nd-timeline-") == "_2nd-timeline-")
        #expect(WriteOptions.idPrefix(from: "istanbul-2025/round-1/timeline.svg") == "istanbul-2025-round-1-timeline.svg")
    }
}
