import Foundation
import Parley
import ParleyCairo
import ParleyLayout
import ParleyModel
import ParleySVG
import ParleyScene
import ParleyTestSupport
import Testing

/// The native SVG of every chart the samples export, against Cairo's SVG of the same scene:
/// a quarter of its size at most, well-formed XML that librsvg draws, and the same text.
@Suite struct NativeSVGSampleTests {
    init() { TestFonts.pin() }

    private struct Drawn {
        var name: String
        var meeting: Meeting
        var file: String
        var request: ChartRequest
        var scene: Scene
    }

    private func charts(of sample: String, renderer: ChartRenderer) throws -> [Drawn] {
        let path = RepositoryPaths.sample(sample)
        let loaded = try Parley.load(path)
        return try ChartRegistry.exported(in: loaded.meeting).map { placed in
            var request = ChartRequest(chart: placed.chart)
            request.layout.roundID = placed.roundID
            let scene = try renderer.scene(of: loaded, request: request)
            return Drawn(
                name: "\(sample) \(placed.chart) \(placed.roundID ?? "")", meeting: loaded.meeting, file: path, request: request,
                scene: scene)
        }
    }

    @Test(arguments: RepositoryPaths.sampleNames)
    func aQuarterOfCairosSizeWellFormedAndDrawnByLibrsvg(_ sample: String) throws {
        let renderer = try ChartRenderer()
        let folder = try TemporaryDirectory()
        for drawn in try charts(of: sample, renderer: renderer) {
            var native = drawn.request
            native.write.svgText = .native
            let nativeBytes = try renderer.render(drawn.scene, request: native, format: .svg)
            let cairoBytes = try renderer.render(drawn.scene, request: drawn.request, format: .svg)
            #expect(
                Double(nativeBytes.count) <= 0.25 * Double(cairoBytes.count),
                "\(drawn.name): native \(nativeBytes.count) bytes, Cairo \(cairoBytes.count)")
            #expect(try renderer.render(drawn.scene, request: native, format: .svg) == nativeBytes, "\(drawn.name): not deterministic")
            try ExternalTool.run(
                "/usr/bin/python3", ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())"],
                input: nativeBytes)
            let file = folder.file("chart.svg")
            try Data(nativeBytes).write(to: file)
            let png = try ExternalTool.run("rsvg-convert", [file.path])
            // A point is 4/3 CSS pixels: librsvg draws the chart at its physical size.
            #expect(abs(Double(try RasterImage(png: png).width) - drawn.scene.size.width * 4 / 3) <= 1, "\(drawn.name)")
            // Every line of every text is in the document as text.
            let text = String(decoding: nativeBytes, as: UTF8.self)
            for placed in drawn.scene.flattened() {
                guard case .text(let run) = placed.node else { continue }
                for line in run.metrics.lines where !line.isElided && !line.text.isEmpty {
                    #expect(text.contains(">\(XMLEscape.text(line.text))</text>"), "\(drawn.name): '\(line.text)' is not a <text>")
                }
            }
        }
    }

    @Test(arguments: RepositoryPaths.sampleNames)
    func everyChartTakesTheDarkThemeBesideTheLightOne(_ sample: String) throws {
        let renderer = try ChartRenderer()
        for drawn in try charts(of: sample, renderer: renderer) {
            // Only light and dark: the print theme names parties in labels, so its text differs.
            for light in [ThemeName.light] {
                var request = drawn.request
                request.layout.theme = light.theme
                request.write.svgText = .native
                request.darkTheme = ThemeName.dark.theme
                let scene = try renderer.scene(of: drawn.meeting, file: drawn.file, request: request)
                let bytes = try renderer.render(scene, of: drawn.meeting, file: drawn.file, request: request, format: .svg)
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(text.contains("@media (prefers-color-scheme:dark){"), "\(drawn.name) \(light)")
                try ExternalTool.run(
                    "/usr/bin/python3", ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())"],
                    input: bytes)
            }
        }
    }
}
