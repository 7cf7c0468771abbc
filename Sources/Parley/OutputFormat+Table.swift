import ParleyCairo
import ParleyScene

/// One row of the format table: what the rest of Parley knows of a format.
public struct FormatRow: Sendable {
    /// The format's name (`svg`): `--format`, manifests, help.
    public var name: String
    /// The extension of its files, without the dot.
    public var fileExtension: String
    /// The IANA media type of its files, e.g. `image/png`.
    public var mediaType: String
    /// One line for `--help`.
    public var summary: String
    /// Whether the pixel scale applies.
    public var isRaster: Bool
    /// Whether the file pictures the chart (the scene dump does not).
    public var isPicture: Bool
    /// What turns a scene into this format's bytes.
    public var writer: any SceneWriter
    /// Set when the format holds pages: the same writer, seen as paged.
    public var pagedWriter: (any PagedSceneWriter)?
    /// Whether its elements carry ids, so `--id-prefix` applies.
    public var hasIDs = false
}

extension OutputFormat {
    /// The format table, the one list of formats (typst's `match config.output_format`): an
    /// exhaustive switch, so a new case does not compile without its row. Adding a format is
    /// its writer's file, its case and its row here.
    public var row: FormatRow {
        switch self {
        case .svg:
            FormatRow(
                name: "svg", fileExtension: "svg", mediaType: "image/svg+xml",
                summary: "SVG: text as outlines drawn by Cairo, or as real text (--svg-text native)",
                isRaster: false, isPicture: true, writer: SVGTextWriter(), hasIDs: true)
        case .png:
            FormatRow(
                name: "png", fileExtension: "png", mediaType: "image/png", summary: "PNG at --scale pixels a point",
                isRaster: true, isPicture: true, writer: CairoPNGWriter())
        case .pdf:
            FormatRow(
                name: "pdf", fileExtension: "pdf", mediaType: "application/pdf", summary: "vector PDF, one page a chart",
                isRaster: false, isPicture: true, writer: CairoPDFWriter(), pagedWriter: CairoPDFWriter())
        case .json:
            FormatRow(
                name: "json", fileExtension: "json", mediaType: "application/json", summary: "the laid-out scene as JSON",
                isRaster: false, isPicture: false, writer: SceneJSONWriter())
        }
    }
}
