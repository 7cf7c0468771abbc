internal import CCairo

/// Owns a `cairo_surface_t`.
final class CairoSurface {
    let handle: OpaquePointer

    init(_ handle: OpaquePointer?, operation: String) throws {
        guard let handle else { throw RenderError.cairo(operation: operation, message: "no surface") }
        self.handle = handle
        try check(cairo_surface_status(handle), operation)
    }

    deinit { cairo_surface_destroy(handle) }

    func finish() throws {
        cairo_surface_finish(handle)
        try check(cairo_surface_status(handle), "cairo_surface_finish")
    }
}

/// Owns a `cairo_t`.
final class CairoContext {
    let handle: OpaquePointer

    init(surface: CairoSurface) throws {
        guard let handle = cairo_create(surface.handle) else {
            throw RenderError.cairo(operation: "cairo_create", message: "no context")
        }
        self.handle = handle
        try check(cairo_status(handle), "cairo_create")
    }

    deinit { cairo_destroy(handle) }

    func checkStatus(_ operation: String) throws { try check(cairo_status(handle), operation) }
}

/// Owns a GObject reference (Pango layouts and contexts, rsvg handles).
final class GObjectRef {
    let raw: UnsafeMutableRawPointer
    init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }
    deinit { g_object_unref(raw) }
}

func check(_ status: cairo_status_t, _ operation: String) throws {
    guard status == CAIRO_STATUS_SUCCESS else {
        throw RenderError.cairo(operation: operation, message: String(cString: cairo_status_to_string(status)))
    }
}
