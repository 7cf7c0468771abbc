import ParleyScene
import ParleySVG
import Testing

@Suite struct NativeSVGWriterTests {
    @Test func writesTheCanvasSizeInPoints() throws {
        let bytes = try NativeSVGWriter().write(Scene(size: Size(width: 900, height: 300)))
        let svg = String(decoding: bytes, as: UTF8.self)
        #expect(svg.contains("width=\"900pt\""))
        #expect(svg.contains("height=\"300pt\""))
    }
}
