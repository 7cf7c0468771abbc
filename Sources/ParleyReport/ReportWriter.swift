import Foundation
import Parley
import ParleyLayout
import ParleyModel
import ParleyScene

/// Reports that embed the diagrams: one self-contained HTML page, Markdown with the images
/// beside it, or a multi-page vector PDF.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Self-contained HTML, Markdown with its images beside it, or a multi-page PDF.
    case html, md, pdf

    /// The format of files ending in `fileExtension` (`html`/`htm`, `md`/`markdown`, `pdf`; any case); `nil` for others.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "pdf": self = .pdf
        default: return nil
        }
    }
}

extension ReportFormat {
    /// The width of the report's text column, in points, that its charts are laid out for:
    /// the A4 page inside its margins (PDF), the page's 960-pixel column less its padding
    /// (HTML, one CSS pixel to a point), and a typical Markdown viewer's column.
    public var columnWidth: Double {
        switch self {
        case .html: 928
        case .md: 800
        case .pdf: ReportPages.columnWidth
        }
    }
}

/// Writes a meeting's report in any `ReportFormat`, with every reported chart drawn in it.
public enum ReportWriter {
    /// Writes the report of a loaded model to `path`; its flag pictures come from the model's
    /// base folder. See `write(_:modelPath:baseFolder:to:format:request:)`.
    @discardableResult
    public static func write(_ model: LoadedModel, to path: String, format: ReportFormat, request: ChartRequest = ChartRequest())
        throws(ParleyError) -> [Diagnostic]
    {
        try write(model.meeting, modelPath: model.file, baseFolder: model.baseFolder, to: path, format: format, request: request)
    }

    /// Writes the report of `meeting` (read from `modelPath`, which names it in errors) to
    /// `path`; relative flag pictures are read from `baseFolder`, by default the folder of
    /// `modelPath`. Markdown also writes its images into a folder beside it (`<name>-files/`).
    /// Returns the warnings met on the way (a flag drawn as stripes), each once.
    @discardableResult
    public static func write(
        _ meeting: Meeting, modelPath: String, baseFolder: String? = nil, to path: String, format: ReportFormat,
        request: ChartRequest = ChartRequest()
    ) throws(ParleyError) -> [Diagnostic] {
        let document = ReportDocument(meeting: meeting, language: request.layout.language, clock: request.layout.clock)
        let renderer = try ChartRenderer()
        var warnings: [Diagnostic] = []
        func scene(_ chart: ReportDocument.Chart) throws(ParleyError) -> Scene {
            var chartRequest = request
            chartRequest.chart = chart.chart
            chartRequest.layout.roundID = chart.roundID
            // The report lists every note and source itself, numbered as its footnotes.
            chartRequest.layout.notes = .none
            // Laid out for the report's column, not drawn wide and shrunk into it; a chart that
            // cannot be that narrow is drawn at the narrowest it can be (the page scales it).
            if chartRequest.layout.width == nil { chartRequest.layout.width = format.columnWidth }
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
        func svg(_ chart: ReportDocument.Chart, prefix: String) throws(ParleyError) -> String {
            var chartRequest = request
            chartRequest.write.svgIDPrefix = prefix
            return String(decoding: try renderer.render(try scene(chart), request: chartRequest, format: .svg), as: UTF8.self)
        }
        // Slugs start with a round id, which may start with a digit: not an XML name.
        func idPrefix(_ chart: ReportDocument.Chart) -> String { WriteOptions.idPrefix(from: chart.slug + "-") }
        switch format {
        case .html:
            let html = try HTMLReport.make(document) { chart throws(ParleyError) in try svg(chart, prefix: idPrefix(chart)) }
            try AtomicFile.write(Array(html.utf8), to: path)
        case .md:
            let url = URL(fileURLWithPath: path)
            let folderName = url.deletingPathExtension().lastPathComponent + "-files"
            let folder = url.deletingLastPathComponent().appendingPathComponent(folderName)
            for chart in document.sections.flatMap(\.charts) {
                try AtomicFile.writeIfChanged(
                    Array(try svg(chart, prefix: idPrefix(chart)).utf8), to: folder.appendingPathComponent("\(chart.slug).svg").path)
            }
            try AtomicFile.write(Array(MarkdownReport.make(document, imageFolder: folderName).utf8), to: path)
        case .pdf:
            // The charts are set on the pages as pictures, so they take the background override
            // here; the pages keep their own white paper.
            var charts: [String: Scene] = [:]
            for chart in document.sections.flatMap(\.charts) { charts[chart.slug] = request.write.applied(to: try scene(chart)) }
            let pages: [Scene]
            do {
                pages = try ReportPages(measurer: renderer.textMeasurer, fontFamily: request.layout.fontFamily).pages(
                    for: document, chartScenes: charts)
            } catch {
                throw .layout(file: modelPath, error)
            }
            var pageOptions = request.write
            pageOptions.background = nil
            let pdf: [UInt8]
            do throws(SceneWriterError) {
                pdf = try OutputFormat.pdf.write(pages: pages, options: pageOptions)
            } catch {
                throw .write(error)
            }
            try AtomicFile.write(pdf, to: path)
        }
        return warnings
    }
}
