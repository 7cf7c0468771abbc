internal import CHarfBuzz

/// A HarfBuzz face reference and what identifies the font file behind it, whichever font
/// map or thread it came from.
final class HarfBuzzFace {
    let handle: OpaquePointer

    /// Takes a reference on `face`, released when this value dies.
    init(referencing face: OpaquePointer) {
        handle = hb_face_reference(face)
    }

    /// Takes over a reference the caller owns (a face HarfBuzz just made).
    init(adopting face: OpaquePointer) {
        handle = face
    }

    deinit { hb_face_destroy(handle) }

    /// The PostScript name (`DejaVuSans-Bold`), else the family and style names, else "font".
    var postScriptName: String {
        for nameID in [HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_OT_NAME_ID_FULL_NAME, HB_OT_NAME_ID_FONT_FAMILY].map(hb_ot_name_id_t.init) {
            let name = Self.name(nameID, of: handle)
            if !name.isEmpty { return name }
        }
        return "font"
    }

    /// Stable across font maps and threads: the names, the face's index in its file, its
    /// glyph count and the size of the file.
    var identity: String {
        let blob = hb_face_reference_blob(handle)
        defer { hb_blob_destroy(blob) }
        return "\(postScriptName)|\(Self.name(hb_ot_name_id_t(HB_OT_NAME_ID_VERSION_STRING), of: handle))|\(hb_face_get_index(handle))"
            + "|\(hb_face_get_glyph_count(handle))|\(hb_blob_get_length(blob))"
    }

    /// Tables the face has; none for a file that is not OpenType (a Type 1 or bitmap font).
    var tableCount: Int { Int(hb_face_get_table_tags(handle, 0, nil, nil)) }

    /// The characters the face maps to glyphs.
    var unicodes: Set<UInt32> {
        guard let set = hb_set_create() else { return [] }
        defer { hb_set_destroy(set) }
        hb_face_collect_unicodes(handle, set)
        var result: Set<UInt32> = []
        var codepoint = hb_codepoint_t.max  // HB_SET_VALUE_INVALID: start before the first
        while hb_set_next(set, &codepoint) != 0 { result.insert(codepoint) }
        return result
    }

    /// Whether the face has a table tagged `tag` (four ASCII characters).
    func hasTable(_ tag: String) -> Bool {
        let blob = hb_face_reference_table(handle, Self.tag(tag))
        defer { hb_blob_destroy(blob) }
        return hb_blob_get_length(blob) > 0
    }

    static func tag(_ text: String) -> hb_tag_t {
        text.utf8.prefix(4).reduce(0) { ($0 << 8) | hb_tag_t($1) }
    }

    private static func name(_ nameID: hb_ot_name_id_t, of face: OpaquePointer) -> String {
        var length: UInt32 = 0
        let needed = hb_ot_name_get_utf8(face, nameID, nil, &length, nil)
        guard needed > 0 else { return "" }
        var buffer = [CChar](repeating: 0, count: Int(needed) + 1)
        length = UInt32(buffer.count)
        _ = buffer.withUnsafeMutableBufferPointer { hb_ot_name_get_utf8(face, nameID, nil, &length, $0.baseAddress) }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension HarfBuzzFace {
    /// The face of an OpenType file in memory (the first of a collection); for tests that read
    /// a subset back.
    convenience init(fontFile bytes: [UInt8]) {
        let blob = bytes.withUnsafeBytes { buffer in
            hb_blob_create(
                buffer.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
        }
        defer { hb_blob_destroy(blob) }
        self.init(adopting: hb_face_create(blob, 0))
    }
}
