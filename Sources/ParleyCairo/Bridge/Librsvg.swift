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

    /// Draws SVG `data` into `frame` on `cr`.
    static func draw(_ data: [UInt8], into frame: Rect, on cr: OpaquePointer) throws {
        guard let entryPoints else {
            throw RenderError.badImage(format: "svg", message: "librsvg (librsvg-2.so.2) is not installed; install librsvg2-2")
        }
        let newFromData = unsafeBitCast(entryPoints.newFromData, to: NewFromData.self)
        let renderDocument = unsafeBitCast(entryPoints.renderDocument, to: RenderDocument.self)
        var error: UnsafeMutablePointer<GError>?
        let handle = data.withUnsafeBufferPointer { newFromData($0.baseAddress, $0.count, &error) }
        guard let handle else { throw failure(error, otherwise: "unreadable SVG") }
        let owner = GObjectRef(UnsafeMutableRawPointer(handle))
        cairo_save(cr)
        defer { cairo_restore(cr) }
        let viewport = [frame.x, frame.y, frame.width, frame.height]
        let drawn = viewport.withUnsafeBufferPointer { renderDocument(handle, cr, $0.baseAddress, &error) }
        withExtendedLifetime(owner) {}
        if drawn == 0 { throw failure(error, otherwise: "librsvg could not draw it") }
    }

    private static func failure(_ error: UnsafeMutablePointer<GError>?, otherwise: String) -> RenderError {
        let message = error.map { String(cString: $0.pointee.message) } ?? otherwise
        if let error { g_error_free(error) }
        return .badImage(format: "svg", message: message)
    }
}
