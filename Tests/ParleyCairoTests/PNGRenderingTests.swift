import ParleyCairo
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct PNGRenderingTests {
    let measurer: PangoTextMeasurer
    init() throws {
        TestFonts.pin()
        measurer = try PangoTextMeasurer()
    }

    @Test func decodesAtTheCanvasSizeWithShapesInTheirColours() throws {
        let png = try CairoPNGWriter().write(SceneFixtures.specimen(measurer: measurer))
        let image = try RasterImage(png: png)
        #expect(image.width == 480 && image.height == 220)
        #expect(image.pixel(x: 2, y: 2) == .init(red: 255, green: 255, blue: 255, alpha: 255))
        #expect(image.pixel(x: 50, y: 50).distance(to: .init(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: 255)) <= 1)
        #expect(image.pixel(x: 150, y: 50).distance(to: .init(red: 0x00, green: 0x57, blue: 0xB7, alpha: 255)) <= 1)
        // The clipped group: stripes drawn 80 wide but clipped at 60.
        #expect(image.pixel(x: 330, y: 160).distance(to: .init(red: 0x00, green: 0x57, blue: 0xB7, alpha: 255)) <= 1)
        #expect(image.pixel(x: 330, y: 180).distance(to: .init(red: 0xFF, green: 0xD7, blue: 0x00, alpha: 255)) <= 1)
        #expect(image.pixel(x: 370, y: 160) == .init(red: 255, green: 255, blue: 255, alpha: 255))
    }

    @Test func scaleTwoDoublesThePixelsAndKeepsTheLayout() throws {
        let scene = SceneFixtures.specimen(measurer: measurer)
        let image = try RasterImage(png: CairoPNGWriter().write(scene, options: WriteOptions(scale: 2)))
        #expect(image.width == 960 && image.height == 440)
        #expect(image.pixel(x: 100, y: 100).distance(to: .init(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: 255)) <= 1)
        #expect(image.pixel(x: 300, y: 100).distance(to: .init(red: 0x00, green: 0x57, blue: 0xB7, alpha: 255)) <= 1)
    }

    @Test func transparentBackgroundLeavesAlphaZero() throws {
        var scene = SceneFixtures.specimen(measurer: measurer)
        scene.background = nil
        let image = try RasterImage(png: CairoPNGWriter().write(scene))
        #expect(image.pixel(x: 2, y: 2).alpha == 0)
        #expect(image.pixel(x: 50, y: 50).alpha == 255)
    }

    @Test func embeddedImagesAreDrawnIntoTheirFrames() throws {
        let swatch = Scene(size: Size(width: 6, height: 4), background: SceneFixtures.red)
        let png = try CairoPNGWriter().write(swatch)
        var scene = SceneFixtures.specimen(measurer: measurer, image: png)
        scene.nodes.append(.image(Image(frame: Rect(x: 400, y: 100, width: 60, height: 40), format: .svg, data: SceneFixtures.flagSVG)))
        let image = try RasterImage(png: CairoPNGWriter().write(scene))
        #expect(image.pixel(x: 430, y: 170).distance(to: .init(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: 255)) <= 2)
        // The SVG flag: white, blue, red stripes, top to bottom.
        #expect(image.pixel(x: 430, y: 105).distance(to: .init(red: 255, green: 255, blue: 255, alpha: 255)) <= 2)
        #expect(image.pixel(x: 430, y: 120).distance(to: .init(red: 0x00, green: 0x39, blue: 0xA6, alpha: 255)) <= 2)
        #expect(image.pixel(x: 430, y: 135).distance(to: .init(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: 255)) <= 2)
    }

    @Test(arguments: [(false, 1.0), (true, 1.0), (false, 2.0), (true, 3.0)])
    func parleysWriterGivesCairosPixelsInNoMoreBytes(transparent: Bool, scale: Double) throws {
        var scene = SceneFixtures.specimen(measurer: measurer)
        if transparent { scene.background = nil }
        let ours = try CairoPNGWriter(compressor: .parley).write(scene, options: WriteOptions(scale: scale))
        let cairos = try CairoPNGWriter(compressor: .cairo).write(scene, options: WriteOptions(scale: scale))
        let decoded = try RasterImage(png: ours)
        #expect(decoded == (try RasterImage(png: cairos)))
        // Opaque charts (the default) come out smaller; transparent ones within 3 % of Cairo's
        // writer, which spends three times as long on them (see parley-bench).
        let allowed = transparent ? cairos.count * 103 / 100 : cairos.count
        #expect(ours.count <= allowed, "\(ours.count) bytes against Cairo's \(cairos.count)")
        // Colour type: RGB when every pixel is opaque, RGBA otherwise.
        #expect(ours[25] == (transparent ? 6 : 2))
        // pHYs records the scale so a 2× PNG shows at its logical size: 72 dpi × scale in pixels a metre.
        let physical = try #require(ours.firstRange(of: Array("pHYs".utf8)))
        let perMetre = ours[physical.upperBound..<physical.upperBound + 4].reduce(0) { $0 << 8 | Int($1) }
        #expect(perMetre == Int((72 * scale / 0.0254).rounded()))
    }

    /// A second decoder that shares no code with libpng (Pillow's own PNG reader over zlib)
    /// reads the same pixels, the DPI from pHYs, and finds the CRCs right.
    @Test(arguments: [false, true])
    func pillowReadsTheSamePixels(transparent: Bool) throws {
        var scene = SceneFixtures.specimen(measurer: measurer)
        if transparent { scene.background = nil }
        let png = try CairoPNGWriter().write(scene, options: WriteOptions(scale: 2))
        let folder = try TemporaryDirectory()
        let file = try folder.write(png, to: "specimen.png")
        let script = """
            import sys
            from PIL import Image, PngImagePlugin
            PngImagePlugin.ImageFile.LOAD_TRUNCATED_IMAGES = False
            image = Image.open(sys.argv[1]); image.verify()
            image = Image.open(sys.argv[1]).convert("RGBA")
            print(image.size[0], image.size[1], round(Image.open(sys.argv[1]).info["dpi"][0]))
            for x, y in [(4, 4), (100, 100), (300, 100), (660, 320), (760, 320)]:
                print(*image.getpixel((x, y)))
            """
        let lines = String(decoding: try ExternalTool.run("/usr/bin/python3", ["-c", script, file.path]), as: UTF8.self)
            .split(separator: "\n").map { $0.split(separator: " ").compactMap { Int($0) } }
        #expect(lines.first == [960, 440, 144])
        let ours = try RasterImage(png: png)
        for (line, (x, y)) in zip(lines.dropFirst(), [(4, 4), (100, 100), (300, 100), (660, 320), (760, 320)]) {
            let pixel = ours.pixel(x: x, y: y)
            #expect(line == [Int(pixel.red), Int(pixel.green), Int(pixel.blue), Int(pixel.alpha)], "at \(x), \(y)")
        }
    }

    @Test func partlyTransparentPixelsKeepTheirStraightColour() throws {
        let scene = Scene(
            size: Size(width: 40, height: 20), background: nil,
            nodes: [.rect(RectShape(frame: Rect(x: 0, y: 0, width: 20, height: 20), style: .filled(SceneFixtures.red.withAlpha(0.5))))])
        let image = try RasterImage(png: CairoPNGWriter().write(scene))
        let pixel = image.pixel(x: 10, y: 10)
        #expect(abs(Int(pixel.alpha) - 128) <= 1)
        #expect(pixel.distance(to: .init(red: 0xD5, green: 0x2B, blue: 0x1E, alpha: pixel.alpha)) <= 2)
        #expect(image.pixel(x: 30, y: 10).alpha == 0)
    }

    @Test func badInputsThrowInsteadOfCrashing() throws {
        #expect(throws: RenderError.self) { try CairoPNGWriter().write(Scene(size: Size(width: 0, height: 10))) }
        #expect(throws: RenderError.self) { try CairoPNGWriter().write(Scene(size: Size(width: 1e6, height: 10))) }
        #expect(throws: RenderError.self) { try CairoSVGWriter().write(Scene(size: Size(width: .nan, height: 10))) }
        for format in [Image.Format.png, .svg] {
            let scene = Scene(
                size: Size(width: 10, height: 10),
                nodes: [.image(Image(frame: Rect(x: 0, y: 0, width: 5, height: 5), format: format, data: [1, 2, 3]))])
            #expect(throws: RenderError.self) { try CairoPNGWriter().write(scene) }
        }
        #expect(throws: RenderError.self) { try RasterImage(png: Array("not a png".utf8)) }
    }
}
