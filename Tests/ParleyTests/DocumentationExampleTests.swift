import Foundation
import ParleyCairo
import ParleyTestSupport
import Testing

/// The worked example of the documentation (`Snippets/RenderAChart.swift`, shown by the DocC
/// article "Rendering a chart") is compiled with the package; this runs it as a user would.
struct DocumentationExampleTests {
    @Test func theWorkedExampleRendersRoundTwosSeatingWithItsFlags() throws {
        let folder = try TemporaryDirectory()
        let result = ExternalTool.capture(
            RepositoryPaths.snippet("RenderAChart"), [],
            environment: ["TMPDIR": folder.url.path, "FONTCONFIG_FILE": TestFonts.configurationPath], in: RepositoryPaths.root)
        let printed = String(decoding: result.stdout, as: UTF8.self)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(printed.contains("Round 2 seating"), "\(printed)")
        // The model is not in the current folder: its SVG flag is still found, beside the model.
        #expect(!printed.contains("was not drawn"), "\(printed)")
        let png = try RasterImage(png: Array(Data(contentsOf: folder.file("round-2-seating.png"))))
        #expect(png.width > 400 && png.height > 200)
        let svg = try String(contentsOf: folder.file("round-2-seating.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
    }
}
