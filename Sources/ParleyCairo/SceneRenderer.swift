internal import CCairo
import ParleyScene

/// The surface a Cairo writer draws on: all three share every drawing call and differ only in
/// the surface made at the start and finished at the end.
enum CairoSurfaceKind {
    case svg, pdf
    case png(PNGCompressor)
}

/// Draws scenes with Cairo for the writers (`CairoSVGWriter`, `CairoPNGWriter`,
/// `CairoPDFWriter`). Stateless: every Cairo and Pango object lives inside one call, so renders
/// may run on any thread, one scene per thread.
enum SceneRenderer {
    /// The drawing code throws `RenderError` only; the last clause exists because its
    /// functions are untyped, and names the stage rather than pretending to be I/O.
    static func typed<Result>(_ body: () throws -> Result) throws(SceneWriterError) -> Result {
        do {
            return try body()
        } catch let error as SceneWriterError {
            throw error
        } catch {
            throw .cairo(operation: "drawing", message: "\(error)")
        }
    }

    static func render(_ scene: Scene, on kind: CairoSurfaceKind, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        let (width, height) = (scene.size.width, scene.size.height)
        var pixelScale = 1.0
        if case .png = kind { pixelScale = options.scale }
        let pixelsWide = (width * pixelScale).rounded(.up), pixelsHigh = (height * pixelScale).rounded(.up)
        guard width.isFinite, height.isFinite, width > 0, height > 0, pixelScale > 0, pixelScale.isFinite,
            pixelsWide <= Double(RenderLimits.maxPixelsPerSide), pixelsHigh <= Double(RenderLimits.maxPixelsPerSide)
        else { throw .badCanvas(width: width, height: height, scale: pixelScale) }
        // Sides alone allow 32,767² pixels (4 GiB of surface); the image as a whole must stay in budget.
        if case .png = kind, pixelsWide * pixelsHigh > Double(RenderLimits.maxPixels) {
            throw .tooManyPixels(width: width, height: height, scale: pixelScale)
        }

        let sink = ByteSink()
        return try typed {
            try withExtendedLifetime(sink) {
                let surface: CairoSurface
                switch kind {
                case .png:
                    surface = try CairoSurface(
                        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixelsWide), Int32(pixelsHigh)),
                        operation: "cairo_image_surface_create")
                    cairo_surface_set_device_scale(surface.handle, pixelScale, pixelScale)
                case .svg:
                    surface = try CairoSurface(
                        cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, width, height),
                        operation: "cairo_svg_surface_create_for_stream")
                    // One scene unit is one point in every format (docs/sizes.md): the PDF's MediaBox and a 1×
                    // PNG at its 72-dpi pHYs have the same physical width.
                    cairo_svg_surface_set_document_unit(surface.handle, CAIRO_SVG_UNIT_PT)
                case .pdf:
                    surface = try CairoSurface(
                        cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, width, height),
                        operation: "cairo_pdf_surface_create_for_stream")
                    setMetadata(of: surface, for: scene, options: options)
                }

                try draw(scene, on: surface)

                switch kind {
                case .png(let compressor):
                    cairo_surface_flush(surface.handle)
                    switch compressor {
                    case .parley:
                        return try encodePNG(surface, pixelsPerPoint: pixelScale)
                    case .cairo:
                        try check(
                            cairo_surface_write_to_png_stream(surface.handle, ByteSink.write, sink.opaque),
                            "cairo_surface_write_to_png_stream")
                        try surface.finish()
                        return sink.bytes
                    }
                case .svg:
                    try surface.finish()
                    return SVGPostProcessor(
                        prefix: options.svgIDPrefix, title: scene.title, description: scene.description,
                        language: options.language(of: scene)
                    )
                    .process(sink.bytes)
                case .pdf:
                    try surface.finish()
                    return sink.bytes
                }
            }
        }
    }

    /// A multi-page PDF, one scene a page (each page takes its scene's size); metadata from the
    /// first, and an outline from the pages' `section` and `figure` groups (`PDFOutline`).
    static func renderPDF(pages: [Scene], options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        guard let first = pages.first else { throw .badCanvas(width: 0, height: 0, scale: 1) }
        for page in pages {
            guard page.size.width.isFinite, page.size.height.isFinite, page.size.width > 0, page.size.height > 0 else {
                throw .badCanvas(width: page.size.width, height: page.size.height, scale: 1)
            }
        }
        let sink = ByteSink()
        return try typed {
            try withExtendedLifetime(sink) {
                let surface = try CairoSurface(
                    cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, first.size.width, first.size.height),
                    operation: "cairo_pdf_surface_create_for_stream")
                setMetadata(of: surface, for: first, options: options)
                let context = try CairoContext(surface: surface)
                let painter = try NodePainter(context: context)
                for page in pages {
                    cairo_pdf_surface_set_size(surface.handle, page.size.width, page.size.height)
                    try paint(page, with: painter, on: context)
                }
                PDFOutline(pages: pages).add(to: surface)
                try surface.finish()
                return sink.bytes
            }
        }
    }

    private static func paint(_ scene: Scene, with painter: NodePainter, on context: CairoContext) throws {
        if let background = scene.background {
            painter.setSource(background)
            cairo_paint(context.handle)
        }
        for node in scene.nodes { try painter.draw(node) }
        cairo_show_page(context.handle)
        try context.checkStatus("drawing")
    }

    private static func draw(_ scene: Scene, on surface: CairoSurface) throws {
        let context = try CairoContext(surface: surface)
        try paint(scene, with: try NodePainter(context: context), on: context)
    }

    private static func encodePNG(_ surface: CairoSurface, pixelsPerPoint: Double) throws -> [UInt8] {
        guard let pixels = cairo_image_surface_get_data(surface.handle) else {
            throw RenderError.pngEncoding("the image surface has no pixel data")
        }
        return try PNGEncoder(pixelsPerPoint: pixelsPerPoint).encode(
            pixels: pixels, width: Int(cairo_image_surface_get_width(surface.handle)),
            height: Int(cairo_image_surface_get_height(surface.handle)), stride: Int(cairo_image_surface_get_stride(surface.handle)))
    }

    /// Cairo refuses a metadata string holding a noncharacter and then fails the whole
    /// surface, so every string goes through `CairoTextEscape` first.
    private static func setMetadata(of surface: CairoSurface, for scene: Scene, options: WriteOptions) {
        let entries: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_CREATE_DATE, options.creationDate), (CAIRO_PDF_METADATA_CREATOR, options.creator),
            (CAIRO_PDF_METADATA_TITLE, scene.title), (CAIRO_PDF_METADATA_SUBJECT, scene.description),
            (CAIRO_PDF_METADATA_AUTHOR, options.author), (CAIRO_PDF_METADATA_KEYWORDS, options.keywords),
        ]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface.handle, key, CairoTextEscape.metadata(value))
        }
    }
}
