internal import CCairo
import ParleyScene

/// Draws scenes to SVG, PNG or PDF bytes with Cairo. Stateless: every Cairo and Pango
/// object lives inside one call, so renders may run on any thread, one scene per thread.
public struct SceneRenderer: Sendable {
    public init() {}

    public func render(_ scene: Scene, as format: RenderFormat, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        // Checked here, not only in the CLI, so that no caller (export, report, server) writes
        // an unchecked prefix into attributes.
        if let problem = RenderOptions.idPrefixProblem(options.svgIDPrefix) { throw RenderError.badIDPrefix(problem) }
        let (width, height) = (scene.size.width, scene.size.height)
        let pixelScale = format == .png ? options.scale : 1
        let pixelsWide = (width * pixelScale).rounded(.up), pixelsHigh = (height * pixelScale).rounded(.up)
        guard width.isFinite, height.isFinite, width > 0, height > 0, pixelScale > 0, pixelScale.isFinite,
            pixelsWide <= Double(RenderLimits.maxPixelsPerSide), pixelsHigh <= Double(RenderLimits.maxPixelsPerSide)
        else { throw RenderError.badCanvas(width: width, height: height, scale: pixelScale) }
        // Sides alone allow 32,767² pixels (4 GiB of surface); the image as a whole must stay in budget.
        guard format != .png || pixelsWide * pixelsHigh <= Double(RenderLimits.maxPixels) else {
            throw RenderError.tooManyPixels(width: width, height: height, scale: pixelScale)
        }

        let sink = ByteSink()
        return try withExtendedLifetime(sink) {
            let surface: CairoSurface
            switch format {
            case .png:
                surface = try CairoSurface(
                    cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pixelsWide), Int32(pixelsHigh)),
                    operation: "cairo_image_surface_create")
                cairo_surface_set_device_scale(surface.handle, pixelScale, pixelScale)
            case .svg:
                surface = try CairoSurface(
                    cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, width, height),
                    operation: "cairo_svg_surface_create_for_stream")
                cairo_svg_surface_set_document_unit(surface.handle, CAIRO_SVG_UNIT_PX)
            case .pdf:
                surface = try CairoSurface(
                    cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, width, height),
                    operation: "cairo_pdf_surface_create_for_stream")
                setMetadata(of: surface, for: scene, options: options)
            }

            try draw(scene, on: surface)

            switch format {
            case .png:
                cairo_surface_flush(surface.handle)
                switch options.pngWriter {
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
                return SVGPostProcessor(prefix: options.svgIDPrefix, title: scene.title, description: scene.description).process(sink.bytes)
            case .pdf:
                try surface.finish()
                return sink.bytes
            }
        }
    }

    /// A multi-page PDF, one scene a page (each page takes its scene's size); metadata from the first.
    public func renderPDF(pages: [Scene], options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        guard let first = pages.first else { throw RenderError.badCanvas(width: 0, height: 0, scale: 1) }
        if let problem = RenderOptions.idPrefixProblem(options.svgIDPrefix) { throw RenderError.badIDPrefix(problem) }
        for page in pages {
            guard page.size.width.isFinite, page.size.height.isFinite, page.size.width > 0, page.size.height > 0 else {
                throw RenderError.badCanvas(width: page.size.width, height: page.size.height, scale: 1)
            }
        }
        let sink = ByteSink()
        return try withExtendedLifetime(sink) {
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
            try surface.finish()
            return sink.bytes
        }
    }

    private func paint(_ scene: Scene, with painter: NodePainter, on context: CairoContext) throws {
        if let background = scene.background {
            painter.setSource(background)
            cairo_paint(context.handle)
        }
        for node in scene.nodes { try painter.draw(node) }
        cairo_show_page(context.handle)
        try context.checkStatus("drawing")
    }

    private func draw(_ scene: Scene, on surface: CairoSurface) throws {
        let context = try CairoContext(surface: surface)
        try paint(scene, with: try NodePainter(context: context), on: context)
    }

    private func encodePNG(_ surface: CairoSurface, pixelsPerPoint: Double) throws -> [UInt8] {
        guard let pixels = cairo_image_surface_get_data(surface.handle) else {
            throw RenderError.pngEncoding("the image surface has no pixel data")
        }
        return try PNGEncoder(pixelsPerPoint: pixelsPerPoint).encode(
            pixels: pixels, width: Int(cairo_image_surface_get_width(surface.handle)),
            height: Int(cairo_image_surface_get_height(surface.handle)), stride: Int(cairo_image_surface_get_stride(surface.handle)))
    }

    /// Cairo refuses a metadata string holding a noncharacter and then fails the whole
    /// surface, so every string goes through `CairoTextEscape` first.
    private func setMetadata(of surface: CairoSurface, for scene: Scene, options: RenderOptions) {
        let entries: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_CREATE_DATE, options.pdfCreationDate), (CAIRO_PDF_METADATA_CREATOR, "Parley"),
            (CAIRO_PDF_METADATA_TITLE, scene.title), (CAIRO_PDF_METADATA_SUBJECT, scene.description),
        ]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface.handle, key, CairoTextEscape.metadata(value))
        }
    }
}
