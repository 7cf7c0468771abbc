/// How an SVG carries its text (`--svg-text`).
public enum SVGTextMode: String, Hashable, Sendable, CaseIterable, Codable {
    /// Every line a `<text>` element in an embedded subset of the font it was measured in:
    /// selectable, searchable, translatable, and a fraction of the size.
    case native
    /// Every glyph an outlined path, as Cairo draws it: the same in every client, text not selectable.
    case outline
}
