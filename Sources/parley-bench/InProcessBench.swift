import Parley
import ParleyCairo
import ParleyLayout
import ParleyModel
import ParleySVG
import ParleyScene

/// The four charts the benchmark times, as users ask for them.
struct BenchChart {
    let name: String
    let chart: String
    let round: String?

    static let all = [
        BenchChart(name: "timeline, round 2", chart: "timeline", round: "round-2"),
        BenchChart(name: "timeline, 3 rounds", chart: "timeline", round: nil),
        BenchChart(name: "seating, round 2", chart: "seating", round: "round-2"),
        BenchChart(name: "seating compared", chart: "seating-compare", round: nil),
    ]

    func request() -> ChartRequest {
        ChartRequest(chart: chart, layout: LayoutOptions(roundID: round))
    }
}

/// Time per diagram inside one process: layout and render apart, each format, and the PNG
/// writers side by side on the same pixels.
struct InProcessBench {
    let meeting: Meeting
    let file: String
    let runs: Int

    func run() throws {
        let renderer = try ChartRenderer()
        print("## In one process (µs per diagram: median, p10–p90; \(runs) runs after 2 warm-up)\n")
        var rows: [[String]] = []
        var pngRows: [[String]] = []
        var svgRows: [[String]] = []
        for chart in BenchChart.all {
            let request = chart.request()
            let layout = try measure(runs) { _ = try renderer.scene(of: meeting, file: file, request: request) }
            let scene = try renderer.scene(of: meeting, file: file, request: request)
            var cells = [
                chart.name, "\(Int(scene.size.width))×\(Int(scene.size.height))", "\(Format.micro(layout.median)) (\(layout.spread))",
            ]
            for format in [OutputFormat.svg, .png, .pdf] {
                let render = try measure(runs) { _ = try renderer.render(scene, request: request, format: format) }
                cells.append("\(Format.micro(render.median)) (\(render.spread))")
            }
            rows.append(cells)
            svgRows.append(try svgCells(chart.name, scene: scene))

            let megapixels = scene.size.width * scene.size.height / 1e6
            var transparent = scene
            transparent.background = nil
            for (variant, pixels) in [("", scene), (" (transparent)", transparent)] {
                var writerCells = [chart.name + variant, String(format: "%.2f", megapixels)]
                var medians: [Double] = []
                for compressor in [PNGCompressor.cairo, .parley] {
                    let writer = CairoPNGWriter(compressor: compressor)
                    let time = try measure(runs) { _ = try writer.write(pixels, options: request.write) }
                    let bytes = try writer.write(pixels, options: request.write).count
                    medians.append(time.median / megapixels)
                    writerCells += [Format.micro(time.median), Format.micro(time.median / megapixels), "\(bytes)"]
                }
                writerCells.append(Format.ratio(medians[0] / medians[1]))
                pngRows.append(writerCells)
            }
        }
        table(["chart", "size pt", "layout", "render SVG", "render PNG", "render PDF"], rows)
        print("PNG: draw + encode, Cairo's own writer against Parley's (same pixels; µs, µs per megapixel, bytes)\n")
        table(
            ["chart", "MP", "cairo µs", "cairo µs/MP", "cairo bytes", "parley µs", "parley µs/MP", "parley bytes", "speed-up"],
            pngRows)
        print("SVG: native text (svg native, fonts from PangoFontEmbedding) against Cairo's outlines (svg cairo), same scene (µs, bytes)\n")
        table(["chart", "svg cairo µs", "svg cairo bytes", "svg native µs", "svg native bytes", "size", "speed-up"], svgRows)
    }

    /// One row of the SVG table: both writers on the same scene, each with its own options'
    /// defaults (no id prefix, so each derives its own).
    private func svgCells(_ name: String, scene: Scene) throws -> [String] {
        let cairo = CairoSVGWriter(), native = NativeSVGWriter(fonts: PangoFontEmbedding())
        let cairoTime = try measure(runs) { _ = try cairo.write(scene) }
        let nativeTime = try measure(runs) { _ = try native.write(scene) }
        let cairoBytes = try cairo.write(scene).count, nativeBytes = try native.write(scene).count
        return [
            name, Format.micro(cairoTime.median), "\(cairoBytes)", Format.micro(nativeTime.median), "\(nativeBytes)",
            String(format: "%.1f %%", 100 * Double(nativeBytes) / Double(max(1, cairoBytes))),
            Format.ratio(cairoTime.median / nativeTime.median),
        ]
    }
}
