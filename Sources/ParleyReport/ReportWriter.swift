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
    /// the A4 page inside its margins (PDF) and the page's 960-pixel column (HTML, and Markdown,
    /// whose SVGs a site shows in a column of about that width).
    public var columnWidth: Double {
        switch self {
        case .html, .md: HTMLReport.columnWidth
        case .pdf: ReportPages.columnWidth
        }
    }
}

/// Writes a meeting's report in any `ReportFormat`, with every reported chart drawn in it.
public enum ReportWriter {
    /// Writes the report of a loaded model to `path`; its flag pictures come from the model's
    /// base folder. See `write(_:modelPath:baseFolder:to:format:request:svgText:)`.
    @discardableResult
    public static func write(
        _ model: LoadedModel, to path: String, format: ReportFormat, request: ChartRequest = ChartRequest(),
        svgText: SVGTextMode = .native
    ) throws(ParleyError) -> [Diagnostic] {
        try write(
            model.meeting, modelPath: model.file, baseFolder: model.baseFolder, to: path, format: format, request: request,
            svgText: svgText)
    }

    /// Writes the report of `meeting` (read from `modelPath`, which names it in errors) to
    /// `path`, or to standard output when it is `-`; relative flag pictures are read from
    /// `baseFolder`, by default the folder of `modelPath`. The HTML report's charts set their
    /// text as `svgText` says (native `<text>` by default, selectable in the page). Markdown
    /// writes its images into a folder beside it (`<name>-files/`), or, to standard output,
    /// into the Markdown as `data:` URIs. Returns the warnings met on the way (a flag drawn as
    /// stripes), each once.
    @discardableResult
    public static func write(
        _ meeting: Meeting, modelPath: String, baseFolder: String? = nil, to path: String, format: ReportFormat,
        request: ChartRequest = ChartRequest(), svgText: SVGTextMode = .native
    ) throws(ParleyError) -> [Diagnostic] {
        // Before anything is laid out or written: a language neither Parley nor the model knows.
        try Parley.checkLanguage(request.layout.language, for: meeting)
        let document = ReportDocument(meeting: meeting, language: request.layout.language, clock: request.layout.clock)
        let charts = try ReportCharts(
            meeting: meeting, modelPath: modelPath, baseFolder: baseFolder, request: request, columnWidth: format.columnWidth)
        switch format {
        case .html:
            let html = try HTMLReport.make(document, theme: request.layout.theme) { chart throws(ParleyError) in
                let drawn = try charts.svg(chart, text: svgText)
                return HTMLReport.Figure(svg: String(decoding: drawn.svg, as: UTF8.self), width: drawn.scene.size.width)
            }
            try AtomicFile.write(Array(html.utf8), to: path)
        case .md:
            // Markdown's images follow the request's SVG text (Cairo's outlines by default), which
            // every Markdown viewer shows the same through an `<img>`.
            let markdown: String
            if path == "-" {
                markdown = try MarkdownReport.make(document) { chart throws(ParleyError) in
                    MarkdownReport.dataURI(of: try charts.svg(chart, text: request.write.svgText).svg)
                }
            } else {
                let url = URL(fileURLWithPath: path)
                let folderName = url.deletingPathExtension().lastPathComponent + "-files"
                let folder = url.deletingLastPathComponent().appendingPathComponent(folderName)
                for chart in document.sections.flatMap(\.charts) {
                    try AtomicFile.writeIfChanged(
                        try charts.svg(chart, text: request.write.svgText).svg, to: folder.appendingPathComponent("\(chart.slug).svg").path)
                }
                markdown = try MarkdownReport.make(document) { chart in MarkdownReport.file(of: chart, in: folderName) }
            }
            try AtomicFile.write(Array(markdown.utf8), to: path)
        case .pdf:
            try AtomicFile.write(try pdf(of: document, charts: charts, modelPath: modelPath, request: request), to: path)
        }
        return charts.warnings
    }

    /// The PDF report: A4 pages with an outline of its sections and charts, live links for
    /// its web sources, and the document's metadata.
    private static func pdf(of document: ReportDocument, charts: ReportCharts, modelPath: String, request: ChartRequest)
        throws(ParleyError) -> [UInt8]
    {
        // The charts are set on the pages as pictures, so they take the background override
        // here; the pages keep their own white paper.
        var scenes: [String: Scene] = [:]
        for chart in document.sections.flatMap(\.charts) { scenes[chart.slug] = request.write.applied(to: try charts.scene(chart)) }
        let pages: [Scene]
        do {
            pages = try ReportPages(measurer: charts.renderer.textMeasurer, fontFamily: request.layout.fontFamily).pages(
                for: document, chartScenes: scenes)
        } catch {
            throw .layout(file: modelPath, error)
        }
        var pageOptions = request.write
        pageOptions.background = nil
        pageOptions.keywords = document.keywords.joined(separator: "; ")
        do throws(SceneWriterError) {
            return try OutputFormat.pdf.write(pages: pages, options: pageOptions)
        } catch {
            throw .write(error)
        }
    }
}
