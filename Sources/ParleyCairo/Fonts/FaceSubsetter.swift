internal import CHarfBuzz
import ParleyScene

/// Cuts a face down to some characters with hb-subset, as a standalone OpenType file.
enum FaceSubsetter {
    /// The face reduced to `scalars` and every glyph its layout features reach from them
    /// (ligatures, Arabic joining forms, marks), without hinting (Parley sets text unhinted) or
    /// glyph names; kerning and mark positioning stay so a browser shapes as Pango did.
    static func subset(_ face: HarfBuzzFace, to scalars: [UInt32]) throws(SceneWriterError) -> [UInt8] {
        let name = face.postScriptName
        guard face.tableCount > 0 else {
            throw SceneWriterError.fontEmbedding(
                family: name,
                message: "it is not an OpenType or TrueType font, so it cannot be subset; install an OpenType version of it, "
                    + "pick another font, or write the SVG with --svg-text outline")
        }
        guard let input = hb_subset_input_create_or_fail() else {
            throw SceneWriterError.fontEmbedding(family: name, message: "HarfBuzz is out of memory")
        }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for scalar in scalars { hb_set_add(unicodes, scalar) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let subset = hb_subset_or_fail(face.handle, input) else {
            throw SceneWriterError.fontEmbedding(
                family: name,
                message: "HarfBuzz could not subset it (a table it cannot read); pick another font or write the SVG with --svg-text outline"
            )
        }
        let subsetFace = HarfBuzzFace(adopting: subset)
        let blob = hb_face_reference_blob(subsetFace.handle)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 12 else {
            throw SceneWriterError.fontEmbedding(
                family: name, message: "HarfBuzz made an empty subset of it; pick another font or write the SVG with --svg-text outline")
        }
        return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }
}
