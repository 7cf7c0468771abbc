import Foundation
import ParleyCairo
import ParleyColor
import ParleyScene
import ParleyTestSupport
import Testing

/// The Cairo writers on small scenes built here: their signatures, the options every writer
/// shares (background, id prefix, metadata) and their typed errors with the users' messages.
@Suite struct CairoWriterTests {
    init() { TestFonts.pin() }

    /// 40×20 points: a white canvas with a red square on its left half.
    private let scene = Scene(
        size: Size(width: 40, height: 20), background: .white, title: "Two halves", description: "A red square on white",
        nodes: [.rect(RectShape(frame: Rect(x: 0, y: 0, width: 20, height: 20), style: .filled(SceneFixtures.red)))])

    private static let red = RasterImage.Pixel(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: 255)

    @Test func eachWriterWritesItsFormatsSignature() throws {
        #expect(try CairoPNGWriter().write(scene).starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(try CairoPDFWriter().write(scene).starts(with: Array("%PDF-".utf8)))
        let svg = String(decoding: try CairoSVGWriter().write(scene), as: UTF8.self)
        // With no prefix given, ids carry one derived from the document (p + 8 hex digits + -).
        #expect(svg.contains("<svg") && svg.contains("-title\">Two halves</title>") && svg.contains("<title id=\"p"))
    }

    @Test func theBackgroundOverrideReplacesTheScenesOrClearsIt() throws {
        let green = Color(rgb: 0x00A000)
        let recoloured = try RasterImage(png: CairoPNGWriter().write(scene, options: WriteOptions(background: green)))
        #expect(recoloured.pixel(x: 30, y: 10) == .init(red: 0, green: 0xA0, blue: 0, alpha: 255))
        #expect(recoloured.pixel(x: 10, y: 10).distance(to: Self.red) <= 1)
        let transparent = try RasterImage(png: CairoPNGWriter().write(scene, options: WriteOptions(background: .clear)))
        #expect(transparent.pixel(x: 30, y: 10).alpha == 0)
        let kept = try RasterImage(png: CairoPNGWriter().write(scene))
        #expect(kept.pixel(x: 30, y: 10) == .init(red: 255, green: 255, blue: 255, alpha: 255))
        // The vector writers take the same override: a transparent SVG paints no canvas.
        let plain = try CairoSVGWriter().write(scene), clear = try CairoSVGWriter().write(scene, options: WriteOptions(background: .clear))
        #expect(plain != clear)
    }

    @Test func thePixelScaleAppliesToPNGOnly() throws {
        let options = WriteOptions(scale: 3)
        let image = try RasterImage(png: CairoPNGWriter().write(scene, options: options))
        #expect(image.width == 120 && image.height == 60)
        #expect(try CairoSVGWriter().write(scene, options: options) == CairoSVGWriter().write(scene))
        #expect(try CairoPDFWriter().write(scene, options: options) == CairoPDFWriter().write(scene))
    }

    @Test func bothPNGCompressorsDrawTheSamePixels() throws {
        let ours = try RasterImage(png: CairoPNGWriter(compressor: .parley).write(scene))
        let cairos = try RasterImage(png: CairoPNGWriter(compressor: .cairo).write(scene))
        #expect(ours.differingFraction(from: cairos, tolerance: 0) == 0)
    }

    @Test func pdfMetadataComesFromTheSceneAndTheOptions() throws {
        let folder = try TemporaryDirectory()
        let options = WriteOptions(creator: "Tester", creationDate: "2020-02-03T04:05:06Z")
        let info = try Self.pdfInfo(folder.write(try CairoPDFWriter().write(scene, options: options), to: "metadata.pdf"))
        #expect(info.contains("Creator: Tester"))
        #expect(info.contains("CreationDate: Mon Feb 3 04:05:06 2020"))
        #expect(info.contains("Title: Two halves") && info.contains("Subject: A red square on white"))
        #expect(try CairoPDFWriter().write(scene) == CairoPDFWriter().write(scene))
    }

    @Test func thePagedPDFHasAPageAScene() throws {
        var tall = scene
        tall.size = Size(width: 40, height: 80)
        let folder = try TemporaryDirectory()
        let info = try Self.pdfInfo(folder.write(try CairoPDFWriter().write(pages: [scene, tall, scene]), to: "pages.pdf"))
        #expect(info.contains("Pages: 3"))
        #expect(info.contains("Page 1 size: 40 x 20 pts") && info.contains("Page 2 size: 40 x 80 pts"))
        #expect(throws: SceneWriterError.badCanvas(width: 0, height: 0, scale: 1)) { try CairoPDFWriter().write(pages: []) }
    }

    /// `pdfinfo` of every page, runs of spaces made one.
    private static func pdfInfo(_ file: URL) throws -> String {
        let info = String(decoding: try ExternalTool.run("pdfinfo", ["-f", "1", "-l", "99", file.path]), as: UTF8.self)
        return info.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: "\n")
    }

    @Test(arguments: CairoWriters.names)
    func aBadIDPrefixIsATypedErrorWithTheUsersMessage(_ name: String) throws {
        let expected =
            "the id prefix starts with '1'; an id prefix may hold ASCII letters, digits, '-', '_' and '.', must start with a letter or '_', and may be at most 256 characters"
        #expect(throws: SceneWriterError.badIDPrefix(expected)) {
            try CairoWriters.named(name).write(scene, options: WriteOptions(svgIDPrefix: "1st-"))
        }
        #expect(SceneWriterError.badIDPrefix(expected).description == expected)
    }

    @Test func aTooLargePNGIsATypedErrorWithTheUsersMessage() throws {
        let large = Scene(size: Size(width: 7_000, height: 5_000))
        #expect(throws: SceneWriterError.tooManyPixels(width: 7_000, height: 5_000, scale: 1)) { try CairoPNGWriter().write(large) }
        #expect(
            SceneWriterError.tooManyPixels(width: 7_000, height: 5_000, scale: 1).description
                == "this PNG would be 7,000 × 5,000 pixels (35 megapixels); the limit is 32 megapixels an image; pass a smaller --scale or --width (the chart is 7,000 × 5,000 points), or write SVG or PDF"
        )
        // Vector formats have no pixels to count.
        #expect(try CairoSVGWriter().write(large).isEmpty == false)
    }
}
