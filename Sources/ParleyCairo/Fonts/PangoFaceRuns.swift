internal import CCairo
internal import CHarfBuzz
import ParleyScene

/// One face Pango set part of a font's text in, with the characters it drew there.
struct FaceRun {
    /// The face, referenced for as long as this value lives.
    let face: HarfBuzzFace
    /// Characters the face drew (those it has a glyph for), in the order first drawn.
    var scalars: [UInt32]
}

/// Sets each font's text with Pango exactly as `PangoTextMeasurer` does and reads back, run by
/// run, the face Pango used (fallback faces included) and the characters it drew with it.
/// Made and used on one thread: Pango's font map is per thread.
final class PangoFaceRuns {
    private let surface: CairoSurface
    private let context: CairoContext
    private let layout: OpaquePointer
    private let layoutRef: GObjectRef

    /// A layout on the thread's default font map, the one every measurer and surface uses;
    /// or, for tests, on a font map of its own reading `fontConfigurationFile`.
    init(fontConfigurationFile: String? = nil) throws(SceneWriterError) {
        do {
            surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), operation: "cairo_image_surface_create")
            context = try CairoContext(surface: surface)
        } catch {
            throw SceneWriterError.fontEmbedding(
                family: Font.defaultFamily, message: "Cairo could not make a surface to set text on (\(error))")
        }
        let made: OpaquePointer?
        if let fontConfigurationFile {
            made = Self.layout(readingFontConfiguration: fontConfigurationFile)
        } else {
            made = pango_cairo_create_layout(context.handle)
        }
        guard let made else {
            throw SceneWriterError.fontEmbedding(
                family: Font.defaultFamily, message: "Pango could not make a layout; check that fontconfig finds fonts (fc-list)")
        }
        layout = made
        layoutRef = GObjectRef(UnsafeMutableRawPointer(made))
        TextSetup.configure(pango_layout_get_context(layout))
        pango_layout_context_changed(layout)
    }

    private static func layout(readingFontConfiguration path: String) -> OpaquePointer? {
        guard let config = FcConfigCreate() else { return nil }
        defer { FcConfigDestroy(config) }
        guard FcConfigParseAndLoad(config, path, 1) != 0, FcConfigBuildFonts(config) != 0,
            let fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(fontMap)) }
        pango_fc_font_map_set_config(UnsafeMutableRawPointer(fontMap), config)
        guard let context = pango_font_map_create_context(fontMap) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        return pango_layout_new(context)
    }

    /// The faces that set `text` in `font`, in the order Pango first used them, each with the
    /// characters it drew.
    func runs(of text: String, in font: Font) -> [FaceRun] {
        TextSetup.apply(text, font: font, maxWidth: nil, overflow: .ellipsis, alignment: .left, to: layout)
        guard let layoutText = pango_layout_get_text(layout), let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(layoutText).assumingMemoryBound(to: UInt8.self), count: strlen(layoutText))
        var runs: [FaceRun] = []
        var seen: [Set<UInt32>] = []
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator), let item = run.pointee.item,
                let pangoFont = item.pointee.analysis.font, let hbFont = pango_font_get_hb_font(pangoFont),
                let face = hb_font_get_face(hbFont)
            else { continue }
            let start = Int(item.pointee.offset)
            let end = min(bytes.count, start + Int(item.pointee.length))
            guard start < end else { continue }
            let index: Int
            if let found = runs.firstIndex(where: { $0.face.handle == face }) {
                index = found
            } else {
                runs.append(FaceRun(face: HarfBuzzFace(referencing: face), scalars: []))
                seen.append([])
                index = runs.count - 1
            }
            for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
                var glyph: hb_codepoint_t = 0
                // Characters the face has no glyph for are drawn as boxes, not from the face.
                guard hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0, !seen[index].contains(scalar.value) else { continue }
                seen[index].insert(scalar.value)
                runs[index].scalars.append(scalar.value)
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return runs.filter { !$0.scalars.isEmpty }
    }

    /// The width Pango gives `text` in `font` on this layout's font map, for tests that compare
    /// clients' widths with Pango's.
    func width(of text: String, in font: Font) -> Double {
        TextSetup.apply(text, font: font, maxWidth: nil, overflow: .ellipsis, alignment: .left, to: layout)
        return TextSetup.metrics(of: layout, text: text).width
    }
}
