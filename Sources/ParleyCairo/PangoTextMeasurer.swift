internal import CCairo
import ParleyScene

/// Measures text with Pango and reads back the lines Pango broke and cut it into, which
/// `SceneRenderer` then draws as they are. One per thread: Pango's
/// objects must stay on the thread that made them, so this type is deliberately not Sendable.
public final class PangoTextMeasurer: TextMeasuring {
    private let surface: CairoSurface
    private let context: CairoContext
    private let layout: OpaquePointer
    private let layoutRef: GObjectRef

    /// Makes a measurer with its own Pango layout; throws when Cairo or Pango cannot make one.
    public init() throws {
        surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), operation: "cairo_image_surface_create")
        context = try CairoContext(surface: surface)
        guard let layout = pango_cairo_create_layout(context.handle) else {
            throw RenderError.cairo(operation: "pango_cairo_create_layout", message: "no layout")
        }
        self.layout = layout
        layoutRef = GObjectRef(UnsafeMutableRawPointer(layout))
        TextSetup.configure(pango_layout_get_context(layout))
        pango_layout_context_changed(layout)
    }

    /// Sets `text` with Pango as the renderer will and reads back its size and lines.
    public func measure(
        _ text: String, font: Font, maxWidth: Double?, overflow: TextOverflow, alignment: TextAlignment
    ) -> TextMetrics {
        TextSetup.apply(text, font: font, maxWidth: maxWidth, overflow: overflow, alignment: alignment, to: layout)
        return TextSetup.metrics(of: layout, text: text)
    }
}
