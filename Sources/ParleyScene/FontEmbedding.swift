/// Finds and subsets the font faces a scene's text was measured in, for writers that carry
/// text as text (native SVG). Implemented where the text measurer lives (Pango), so a writer
/// embeds exactly the faces its lines were shaped with, fallback faces included, and the
/// writer itself stays free of any font library.
public protocol FontEmbedding: Sendable {
    /// For each font, the faces that set `texts[font]` (the characters drawn in it), each subset
    /// to the characters it draws, in the order a client should try them.
    func embed(_ texts: [Font: String]) throws(SceneWriterError) -> EmbeddedFonts
}

/// The faces a document embeds and, for each font of the scene, the CSS family names that
/// reach them.
public struct EmbeddedFonts: Hashable, Sendable {
    /// Every face, once, in a deterministic order.
    public var faces: [EmbeddedFace]
    /// For each font, the families to list in `font-family`, embedded first then installed
    /// ones (`DejaVu Sans`) and a generic family last, so a client without web fonts falls
    /// back to the installed font.
    public var families: [Font: [String]]

    /// Makes the set; empty by default.
    public init(faces: [EmbeddedFace] = [], families: [Font: [String]] = [:]) { self.faces = faces; self.families = families }
}

/// One embedded font face: an `@font-face` rule.
public struct EmbeddedFace: Hashable, Sendable {
    /// The CSS family name the rule declares; unique within the document.
    public var family: String
    /// CSS weight (400 regular, 500 medium, 700 bold) the rule declares: the weight the text asks
    /// for, so a browser neither synthesises nor picks another face.
    public var weight: Int
    /// Whether the rule declares `font-style: italic`.
    public var isItalic: Bool
    /// The font file's bytes, subset.
    public var data: [UInt8]
    /// Its media type: `font/woff` or `font/ttf`.
    public var mediaType: String
    /// The CSS `format()` hint: `woff` or `truetype`.
    public var format: String

    /// Makes a face.
    public init(family: String, weight: Int, isItalic: Bool, data: [UInt8], mediaType: String, format: String) {
        self.family = family; self.weight = weight; self.isItalic = isItalic; self.data = data
        self.mediaType = mediaType; self.format = format
    }
}

/// Embeds nothing: the text names the installed family and a generic one. For clients that
/// have the fonts, and for tests of everything but the fonts.
public struct InstalledFontsOnly: FontEmbedding {
    /// Makes the source.
    public init() {}

    /// No faces; each font's own family then `sans-serif`.
    public func embed(_ texts: [Font: String]) throws(SceneWriterError) -> EmbeddedFonts {
        EmbeddedFonts(faces: [], families: texts.keys.reduce(into: [:]) { $0[$1] = [$1.family, "sans-serif"] })
    }
}
