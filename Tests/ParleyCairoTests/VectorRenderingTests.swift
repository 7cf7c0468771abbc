import Foundation
import ParleyCairo
import ParleyScene
import ParleyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct VectorRenderingTests {
    let measurer: PangoTextMeasurer
    init() throws {
        TestFonts.pin()
        measurer = try PangoTextMeasurer()
    }

    @Test func svgIsWellFormedWithPointUnitsAndAccessibleText() throws {
        let svg = try CairoSVGWriter().write(SceneFixtures.specimen(measurer: measurer))
        let document = try XMLDocument(data: Data(svg))
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(attribute("viewBox", of: root) == "0 0 480 220")
        #expect(attribute("width", of: root) == "480pt")
        #expect(attribute("role", of: root) == "img")
        #expect(try root.nodes(forXPath: "./*[local-name()='title']").first?.stringValue == "Specimen")
        #expect(try root.nodes(forXPath: "./*[local-name()='desc']").first?.stringValue == "Every primitive once.")
        #expect(try root.nodes(forXPath: "//*[local-name()='use']").count > 20)
    }

    @Test func prefixedSVGsShareNoIDAndEveryReferenceResolves() throws {
        let scene = SceneFixtures.specimen(measurer: measurer)
        let first = try CairoSVGWriter().write(scene, options: WriteOptions(svgIDPrefix: "a-"))
        let second = try CairoSVGWriter().write(scene, options: WriteOptions(svgIDPrefix: "b-"))
        let firstIDs = try ids(in: first), secondIDs = try ids(in: second)
        #expect(firstIDs.count > 10)
        #expect(firstIDs.isDisjoint(with: secondIDs))
        #expect(firstIDs.allSatisfy { $0.hasPrefix("a-") })
        for reference in references(in: String(decoding: first, as: UTF8.self)) {
            #expect(firstIDs.contains(reference), "dangling reference #\(reference)")
        }
    }

    @Test func rsvgDrawsTheSVGLikeCairoDrawsThePNG() throws {
        let scene = SceneFixtures.specimen(measurer: measurer)
        let svg = try CairoSVGWriter().write(scene)
        let viaRsvg = try RasterImage(
            png: ExternalTool.run("rsvg-convert", ["--format", "png", "--dpi-x", "72", "--dpi-y", "72"], input: svg))
        let direct = try RasterImage(png: CairoPNGWriter().write(scene))
        #expect(viaRsvg.width == direct.width && viaRsvg.height == direct.height)
        // Antialiasing differs a little along edges; shapes and text must not move.
        let differing = viaRsvg.differingFraction(from: direct, tolerance: 64)
        #expect(differing < 0.01, "\(differing * 100)% of pixels differ")
    }

    @Test func pdfOpensInPopplerWithTitleAndTheSamePicture() throws {
        let scene = SceneFixtures.specimen(measurer: measurer)
        let pdf = try CairoPDFWriter().write(scene)
        let folder = try TemporaryDirectory()
        let file = try folder.write(pdf, to: "specimen.pdf")
        let info = String(decoding: try ExternalTool.run("pdfinfo", [file.path]), as: UTF8.self)
        let fields = pdfInfoFields(info)
        #expect(fields["Title"] == "Specimen")
        #expect(fields["Subject"] == "Every primitive once.")
        #expect(fields["Page size"] == "480 x 220 pts")
        // 72 dpi makes one PDF point one pixel.
        try ExternalTool.run("pdftoppm", ["-png", "-r", "72", "-singlefile", file.path, folder.file("page").path])
        let page = try RasterImage(png: Array(Data(contentsOf: folder.file("page.png"))))
        #expect(page.width == 480 && page.height == 220)
        #expect(page.pixel(x: 50, y: 50).distance(to: .init(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: 255)) <= 3)
        let text = String(decoding: try ExternalTool.run("pdftotext", [file.path, "-"]), as: UTF8.self)
        #expect(text.contains("Мединский"))
        #expect(text.contains("Çırağan"))
    }

    @Test(arguments: CairoWriters.names)
    func sameSceneGivesSameBytes(_ format: String) throws {
        let scene = SceneFixtures.specimen(measurer: measurer)
        let first = try CairoWriters.named(format).write(scene)
        // Other surfaces in between move Cairo's process-wide counters.
        _ = try CairoPNGWriter().write(scene)
        _ = try CairoSVGWriter().write(scene)
        let second = try CairoWriters.named(format).write(scene)
        #expect(first == second)
    }

    private func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    private func pdfInfoFields(_ info: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in info.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    private func ids(in svg: [UInt8]) throws -> Set<String> {
        let document = try XMLDocument(data: Data(svg))
        let nodes = try document.nodes(forXPath: "//@id")
        return Set(nodes.compactMap(\.stringValue))
    }

    private func references(in svg: String) -> Set<String> {
        var found = Set<String>()
        for marker in ["href=\"#", "url(#"] {
            var rest = Substring(svg)
            while let range = rest.firstRange(of: marker) {
                let tail = rest[range.upperBound...]
                let end = tail.firstIndex { $0 == "\"" || $0 == ")" } ?? tail.endIndex
                found.insert(String(tail[..<end]))
                rest = tail[end...]
            }
        }
        return found
    }
}
