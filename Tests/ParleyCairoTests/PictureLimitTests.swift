import ParleyCairo
import ParleyScene
import Testing

/// Pictures that reach a scene are checked by their header before Cairo decodes them.
@Suite struct PictureLimitTests {
    /// A PNG signature and an IHDR that declares `width`×`height`; no pixel data.
    private func header(width: UInt32, height: UInt32) -> [UInt8] {
        func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + bigEndian(13) + Array("IHDR".utf8) + bigEndian(width)
            + bigEndian(height) + [8, 6, 0, 0, 0] + [0, 0, 0, 0]
    }

    @Test func theHeaderIsReadWithoutDecoding() {
        #expect(PNGHeader(header(width: 20000, height: 300)) == PNGHeader(header(width: 20000, height: 300)))
        #expect(PNGHeader(header(width: 20000, height: 300))?.width == 20000)
        #expect(PNGHeader(Array("not a png at all, not at all".utf8)) == nil)
    }

    @Test(arguments: [(20000, 10, "8192 pixels a side"), (8000, 2500, "16 megapixels"), (0, 5, "empty")])
    func picturesPastTheLimitsAreRefusedNamingThem(_ width: Int, _ height: Int, _ limit: String) throws {
        let problem = PNGHeader(header(width: UInt32(width), height: UInt32(height)))?.limitProblem
        #expect(problem?.contains(limit) == true, "\(problem ?? "none")")
        var scene = Scene(size: Size(width: 100, height: 100))
        scene.nodes = [
            .image(
                Image(
                    frame: Rect(x: 0, y: 0, width: 48, height: 32), format: .png, data: header(width: UInt32(width), height: UInt32(height))
                ))
        ]
        #expect {
            try CairoPNGWriter().write(scene)
        } throws: { error in
            (error as? RenderError)?.description.contains(limit) == true
        }
    }

    @Test func aPictureAtTheLimitsIsAccepted() {
        #expect(PNGHeader(header(width: 4096, height: 4096))?.limitProblem == nil)
        #expect(PNGHeader(header(width: 8192, height: 2048))?.limitProblem == nil)
    }
}
