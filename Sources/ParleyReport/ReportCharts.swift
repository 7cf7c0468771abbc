import Parley
import ParleyLayout
import ParleyModel
import ParleyScene

/// Draws a report's charts: each laid out for the report's column (a chart that cannot be that
/// narrow at its narrowest), with `--notes none` since the report lists the notes itself, and
/// collects the warnings met on the way, each once.
final class ReportCharts {
    private let meeting: Meeting
    private let modelPath: String
    private let baseFolder: String?
    private let request: ChartRequest
    private let columnWidth: Double
    let renderer: ChartRenderer
    private(set) var warnings: [Diagnostic] = []

    init(meeting: Meeting, modelPath: String, baseFolder: String?, request: ChartRequest, columnWidth: Double) throws(ParleyError) {
        self.meeting = meeting; self.modelPath = modelPath; self.baseFolder = baseFolder
        self.request = request; self.columnWidth = columnWidth
        renderer = try ChartRenderer()
    }

    /// The chart laid out for the column.
    func scene(_ chart: ReportDocument.Chart) throws(ParleyError) -> Scene {
        var chartRequest = request
        chartRequest.chart = chart.chart
        chartRequest.layout.roundID = chart.roundID
        // The report lists every note and source itself, numbered as its footnotes.
        chartRequest.layout.notes = .none
        // Laid out for the report's column, not drawn wide and shrunk into it.
        if chartRequest.layout.width == nil { chartRequest.layout.width = columnWidth }
        let scene: Scene
        do {
            scene = try renderer.scene(of: meeting, file: modelPath, baseFolder: baseFolder, request: chartRequest)
        } catch {
            guard case .layout(_, .widthTooNarrow(_, let minimum, _)) = error, request.layout.width == nil else { throw error }
            chartRequest.layout.width = minimum
            scene = try renderer.scene(of: meeting, file: modelPath, baseFolder: baseFolder, request: chartRequest)
        }
        for warning in renderer.warnings where !warnings.contains(warning) { warnings.append(warning) }
        return scene
    }

    /// The chart as an SVG set as `text` asks, its ids prefixed with its slug (unique in the
    /// report); with its scene, whose size the page needs.
    func svg(_ chart: ReportDocument.Chart, text: SVGTextMode) throws(ParleyError) -> (svg: [UInt8], scene: Scene) {
        let scene = try scene(chart)
        var chartRequest = request
        // Slugs start with a round id, which may start with a digit: not an XML name.
        chartRequest.write.svgIDPrefix = WriteOptions.idPrefix(from: chart.slug + "-")
        chartRequest.write.svgText = text
        chartRequest.write.language = chartRequest.layout.strings(for: meeting).language
        return (try renderer.render(scene, request: chartRequest, format: .svg), scene)
    }
}
