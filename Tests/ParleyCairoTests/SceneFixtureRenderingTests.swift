import Foundation
import ParleyCairo
import ParleyScene
import ParleyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Cairo writers tested on hand-written scene documents (Fixtures/*.scene.json), as
/// vega-scenegraph tests its renderers: decoded, drawn, pixels checked at known points.
@Suite struct SceneFixtureRenderingTests {
    init() { TestFonts.pin() }

    static let fixtures = ["rect", "clipped-group", "path", "dashed-arrow", "text"]

    private func scene(_ name: String) throws -> Scene {
        let path = RepositoryPaths.root + "/Tests/ParleyCairoTests/Fixtures/\(name).scene.json"
        let bytes = try #require(FileManager.default.contents(atPath: path), "missing fixture \(path)")
        return try Scene(jsonBytes: Array(bytes))
    }

    private func pixels(_ name: String) throws -> RasterImage {
        try RasterImage(png: CairoWriters.named("png").write(scene(name), options: WriteOptions()))
    }

    private static let white = RasterImage.Pixel(red: 255, green: 255, blue: 255, alpha: 255)
    private static let black = RasterImage.Pixel(red: 0, green: 0, blue: 0, alpha: 255)

    @Test func aRectIsFilledAndOutlined() throws {
        let image = try pixels("rect")
        #expect(image.width == 40 && image.height == 30)
        #expect(image.pixel(x: 20, y: 15).distance(to: .init(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: 255)) <= 1)
        #expect(image.pixel(x: 10, y: 15).distance(to: Self.black) <= 1, "the outline straddles the frame's edge")
        #expect(image.pixel(x: 3, y: 3) == Self.white)
        #expect(image.pixel(x: 35, y: 15) == Self.white)
    }

    @Test func aClippedTranslucentGroupBlendsInsideItsClipOnly() throws {
        let image = try pixels("clipped-group")
        // Half of #0057b7 over white.
        #expect(
            image.pixel(x: 15, y: 15).distance(to: .init(red: 0x80, green: 0xAB, blue: 0xDB, alpha: 255)) <= 2,
            "\(image.pixel(x: 15, y: 15))")
        #expect(image.pixel(x: 35, y: 15) == Self.white, "clipped at x = 30")
        #expect(image.pixel(x: 15, y: 35) == Self.white, "clipped at y = 30")
        #expect(image.pixel(x: 5, y: 5) == Self.white, "moved by the transform")
    }

    @Test func aPathFillsItsCurveAndArc() throws {
        let image = try pixels("path")
        let yellow = RasterImage.Pixel(red: 0xFF, green: 0xD7, blue: 0x00, alpha: 255)
        #expect(image.pixel(x: 75, y: 30).distance(to: yellow) <= 1, "the disc's centre")
        #expect(image.pixel(x: 30, y: 40).distance(to: yellow) <= 1, "under the curve")
        #expect(image.pixel(x: 30, y: 12) == Self.white, "above the curve's top")
        #expect(image.pixel(x: 95, y: 5) == Self.white)
    }

    @Test func aDashedArrowHasGapsAndAHead() throws {
        let image = try pixels("dashed-arrow")
        #expect(image.pixel(x: 13, y: 10).distance(to: Self.black) <= 1, "the first dash, 10…16")
        #expect(image.pixel(x: 18, y: 10) == Self.white, "the first gap, 16…20")
        #expect(image.pixel(x: 23, y: 10).distance(to: Self.black) <= 1, "the second dash, 20…26")
        #expect(image.pixel(x: 83, y: 12).distance(to: Self.black) <= 1, "the head, below the shaft: \(image.pixel(x: 83, y: 12))")
        #expect(image.pixel(x: 50, y: 3) == Self.white)
    }

    @Test func textInksInsideItsBoxOnly() throws {
        let image = try pixels("text")
        var inked: [(Int, Int)] = []
        for y in 0..<image.height {
            for x in 0..<image.width where image.pixel(x: x, y: y).distance(to: Self.white) > 128 { inked.append((x, y)) }
        }
        #expect(inked.count > 50, "the word is drawn")
        #expect(inked.allSatisfy { $0.0 >= 10 && $0.0 < 70 && $0.1 >= 8 && $0.1 < 28 }, "ink outside the text's box")
    }

    @Test(arguments: fixtures)
    func fixturesReadBackAndMakeWellFormedSVGAndPDF(_ name: String) throws {
        let scene = try scene(name)
        #expect(try Scene(jsonBytes: scene.jsonBytes()) == scene)
        let svg = try CairoWriters.named("svg").write(scene, options: WriteOptions())
        let root = try #require(try XMLDocument(data: Data(svg)).rootElement())
        #expect(root.name == "svg")
        let viewBox = root.attributes?.first { $0.name == "viewBox" || $0.localName == "viewBox" }?.stringValue
        #expect(viewBox == "0 0 \(Int(scene.size.width)) \(Int(scene.size.height))")
        #expect(try root.nodes(forXPath: "./*[local-name()='title']").first?.stringValue == scene.title)
        let pdf = try CairoWriters.named("pdf").write(scene, options: WriteOptions())
        let folder = try TemporaryDirectory()
        let file = try folder.write(pdf, to: "\(name).pdf")
        let info = String(decoding: try ExternalTool.run("pdfinfo", [file.path]), as: UTF8.self)
        let fields = info.split(separator: "\n").map {
            $0.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        #expect(fields.contains(["Pages", "1"]), "\(info)")
        #expect(fields.contains(["Page size", "\(Int(scene.size.width)) x \(Int(scene.size.height)) pts"]), "\(info)")
    }

    @Test func aFixtureWithAnUnknownKindIsRefusedByPath() throws {
        var text = try String(contentsOfFile: RepositoryPaths.root + "/Tests/ParleyCairoTests/Fixtures/path.scene.json", encoding: .utf8)
        text = text.replacingOccurrences(of: #""kind": "curve""#, with: #""kind": "spline""#)
        do {
            _ = try Scene(jsonBytes: Array(text.utf8))
            Issue.record("read a path element of kind spline")
        } catch {
            #expect(error.description == "nodes[0].elements[1].kind: expected one of move, line, curve, arc, close, found \"spline\"")
        }
    }
}
