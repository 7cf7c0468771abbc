/// The output formats Cairo draws; they share every drawing call and differ only in the
/// surface made at the start and finished at the end.
public enum RenderFormat: String, CaseIterable, Sendable {
    case svg, png, pdf

    public var fileExtension: String { rawValue }

    public var mediaType: String {
        switch self {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        }
    }
}

/// Choices that change the bytes but not the layout.
public struct RenderOptions: Sendable, Hashable {
    /// Device pixels per point for PNG: 2 keeps the layout and doubles the pixels.
    public var scale: Double
    /// Prefixed to every id in an SVG so several can be inlined in one page; see
    /// `idPrefixProblem(_:)` for what it may hold (the renderer refuses anything else).
    public var svgIDPrefix: String
    /// The PDF creation date; pinned so the same scene gives the same bytes.
    public var pdfCreationDate: String

    /// Which code compresses PNG pixels; `.cairo` is kept for benchmarks and comparisons.
    public var pngWriter: PNGWriter

    public init(
        scale: Double = 1, svgIDPrefix: String = "", pdfCreationDate: String = "2000-01-01T00:00:00Z", pngWriter: PNGWriter = .parley
    ) {
        self.scale = scale; self.svgIDPrefix = svgIDPrefix; self.pdfCreationDate = pdfCreationDate; self.pngWriter = pngWriter
    }
}

/// Who writes PNG bytes from the drawn pixels.
public enum PNGWriter: String, Sendable, Hashable, CaseIterable {
    /// A filter chosen per row and libdeflate: about twice as fast as Cairo's writer, and smaller.
    case parley
    /// `cairo_surface_write_to_png_stream`: libpng at zlib level 6, every filter tried on every row.
    case cairo
}
