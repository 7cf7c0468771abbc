internal import CCairo
import ParleyScene

/// Draws image nodes: PNG through Cairo's decoder, SVG through librsvg, each scaled into its frame.
///
/// A PNG's header is checked against `PictureLimits` before it is decoded, and each picture
/// is decoded once per render: a seating comparison draws the same flag in every round, and
/// one surface drawn many times is also written once into a PDF.
final class ImagePainter {
    /// The storage of an image's bytes, which scene nodes that carry the same flag share.
    private struct Identity: Hashable {
        var address: UnsafeRawPointer?
        var count: Int
    }
    /// Keeps each array alive with its surface, so no other array can take its address.
    private var decoded: [Identity: (data: [UInt8], surface: CairoSurface)] = [:]

    func draw(_ image: Image, on cr: OpaquePointer) throws {
        guard image.frame.width > 0, image.frame.height > 0 else { return }
        switch image.format {
        case .png: try drawPNG(image, on: cr)
        case .svg: try drawSVG(image, on: cr)
        }
    }

    private func surface(for data: [UInt8]) throws -> CairoSurface {
        let identity = data.withUnsafeBytes { Identity(address: UnsafeRawPointer($0.baseAddress), count: $0.count) }
        if let known = decoded[identity] { return known.surface }
        guard let header = PNGHeader(data) else { throw RenderError.badImage(format: "png", message: "not a PNG file") }
        if let problem = header.limitProblem { throw RenderError.badImage(format: "png", message: "the picture \(problem)") }
        let surface = try PNGHeader.decode(data)
        decoded[identity] = (data, surface)
        return surface
    }

    private func drawPNG(_ image: Image, on cr: OpaquePointer) throws {
        let surface = try surface(for: image.data)
        let width = Double(cairo_image_surface_get_width(surface.handle))
        let height = Double(cairo_image_surface_get_height(surface.handle))
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
