import ParleyScene

/// Embeds the faces Pango sets each font's text in, subset with HarfBuzz (groundwork: finding
/// and subsetting the faces is being written; today it names the installed families).
public struct PangoFontEmbedding: FontEmbedding {
    /// Makes the source.
    public init() {}

    /// For each font, the faces Pango shapes its characters with, subset to them.
    public func embed(_ texts: [Font: String]) throws(SceneWriterError) -> EmbeddedFonts {
        try InstalledFontsOnly().embed(texts)
    }
}
