internal import CCairo
import ParleyScene

/// Draws image nodes: PNG through Cairo's decoder, SVG through librsvg, each scaled into its frame.
struct ImagePainter {
    func draw(_ image: Image, on cr: OpaquePointer) throws {
        guard image.frame.width > 0, image.frame.height > 0 else { return }
        switch image.format {
        case .png: try drawPNG(image, on: cr)
        case .svg: try drawSVG(image, on: cr)
        }
    }

    private func drawPNG(_ image: Image, on cr: OpaquePointer) throws {
        let source = ByteSource(image.data)
        let surface = try withExtendedLifetime(source) {
            try CairoSurface(cairo_image_surface_create_from_png_stream(ByteSource.read, source.opaque), operation: "PNG decoding")
        }
        let width = Double(cairo_image_surface_get_width(surface.handle))
        let height = Double(cairo_image_surface_get_height(surface.handle))
        guard width > 0, height > 0 else { throw RenderError.badImage(format: "png", message: "empty image") }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_rectangle(cr, image.frame.x, image.frame.y, image.frame.width, image.frame.height)
        cairo_clip(cr)
        cairo_translate(cr, image.frame.x, image.frame.y)
        cairo_scale(cr, image.frame.width / width, image.frame.height / height)
        cairo_set_source_surface(cr, surface.handle, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
    }

    private func drawSVG(_ image: Image, on cr: OpaquePointer) throws {
        try Librsvg.draw(image.data, into: image.frame, on: cr)
    }
}
