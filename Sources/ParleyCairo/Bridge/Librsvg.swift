internal import CCairo
import Foundation
import ParleyScene

/// librsvg, opened on first use rather than linked: it brings some fifteen libraries (GIO,
/// gdk-pixbuf, libxml2, …) whose loading cost every `parley` process about 4 ms of its ~40,
/// while only models with SVG flag pictures need it.
enum Librsvg {
    private typealias NewFromData =
        @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?) -> OpaquePointer?
    /// `rsvg_handle_render_document(handle, cr, const RsvgRectangle *viewport, GError **)`;
    /// `RsvgRectangle` is four doubles: x, y, width, height.
    private typealias RenderDocument =
        @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<Double>?, UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?) ->
        Int32

    /// The two entry points Parley uses, as addresses (plain integers, so the value is Sendable);
    /// nil when librsvg is not installed.
    private static let entryPoints: (newFromData: Int, renderDocument: Int)? = {
        guard let library = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL),
            let newFromData = dlsym(library, "rsvg_handle_new_from_data"),
            let renderDocument = dlsym(library, "rsvg_handle_render_document")
        else { return nil }
        return (Int(bitPattern: newFromData), Int(bitPattern: renderDocument))
    }()

    /// Why an SVG was not drawn: it does not parse, or it parsed and could not be drawn.
    enum Failure: Error {
        case unreadable(String)
        case notDrawn(String)
        var message: String {
            switch self {
            case .unreadable(let message), .notDrawn(let message): message
            }
        }
    }

    /// Draws SVG `data` into `frame` on `cr`.
    static func draw(_ data: [UInt8], into frame: Rect, on cr: OpaquePointer) throws {
        // Parley draws model flags in a limited child process (`parley flag-worker`); this cap
        // is for SVG images that reach a scene some other way.
        guard data.count <= PictureLimits.maxSVGBytes else {
            throw RenderError.badImage(
                format: "svg", message: "the SVG is \(data.count) bytes; SVG pictures are limited to \(PictureLimits.maxSVGBytes) bytes")
        }
        do {
            try render(data, into: frame, on: cr)
        } catch {
            throw RenderError.badImage(format: "svg", message: error.message)
        }
    }

    static func render(_ data: [UInt8], into frame: Rect, on cr: OpaquePointer) throws(Failure) {
        guard let entryPoints else {
            throw .notDrawn("librsvg (librsvg-2.so.2) is not installed; install librsvg2-2")
        }
        let newFromData = unsafeBitCast(entryPoints.newFromData, to: NewFromData.self)
        let renderDocument = unsafeBitCast(entryPoints.renderDocument, to: RenderDocument.self)
        var error: UnsafeMutablePointer<GError>?
        let handle = data.withUnsafeBufferPointer { newFromData($0.baseAddress, $0.count, &error) }
        guard let handle else { throw .unreadable(message(error, otherwise: "unreadable SVG")) }
        let owner = GObjectRef(UnsafeMutableRawPointer(handle))
        cairo_save(cr)
        defer { cairo_restore(cr) }
        let viewport = [frame.x, frame.y, frame.width, frame.height]
        let drawn = viewport.withUnsafeBufferPointer { renderDocument(handle, cr, $0.baseAddress, &error) }
        withExtendedLifetime(owner) {}
        if drawn == 0 { throw .notDrawn(message(error, otherwise: "librsvg could not draw it")) }
    }

    private static func message(_ error: UnsafeMutablePointer<GError>?, otherwise: String) -> String {
        let message = error.map { String(cString: $0.pointee.message) } ?? otherwise
        if let error { g_error_free(error) }
        return message
    }
}

/// Turns an SVG into a PNG of a given size, fitted as librsvg fits a document into a viewport.
/// `parley flag-worker` runs this on flag pictures in a child process with limited memory and
/// time, so a hostile SVG costs the parent nothing but a fallback.
public enum SVGRasterizer {
    /// Why an SVG gave no PNG, with librsvg's or Cairo's own text.
    public enum Failure: Error, Sendable, Equatable {
        /// The bytes are not an SVG librsvg can parse.
        case unreadable(String)
        /// The SVG parsed but could not be drawn (out of memory, a Cairo error, …).
        case notDrawn(String)
    }

    /// The SVG fitted into a transparent canvas of `width` × `height` pixels, as PNG bytes.
    public static func png(from svg: [UInt8], width: Int, height: Int) throws(Failure) -> [UInt8] {
        do {
            let surface = try CairoSurface(
                cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)), operation: "cairo_image_surface_create")
            let context = try CairoContext(surface: surface)
            try Librsvg.render(svg, into: Rect(x: 0, y: 0, width: Double(width), height: Double(height)), on: context.handle)
            try context.checkStatus("rsvg_handle_render_document")
            cairo_surface_flush(surface.handle)
            guard let pixels = cairo_image_surface_get_data(surface.handle) else { throw Librsvg.Failure.notDrawn("no pixel data") }
            // Parley's own encoder: several times faster than Cairo's at this size.
            return try PNGEncoder(pixelsPerPoint: 1).encode(
                pixels: pixels, width: width, height: height, stride: Int(cairo_image_surface_get_stride(surface.handle)))
        } catch let failure as Librsvg.Failure {
            switch failure {
            case .unreadable(let message): throw .unreadable(message)
            case .notDrawn(let message): throw .notDrawn(message)
            }
        } catch {
            throw .notDrawn("\(error)")
        }
    }
}
