/// A font request: family, size in points, weight and style. Sizes are absolute, so a
/// layout never depends on the output format's resolution.
public struct Font: Hashable, Sendable, Codable {
    /// How heavy the strokes are; Pango picks the nearest face the family has.
    public enum Weight: String, Hashable, Sendable, Codable { case regular, medium, bold }
    /// Upright or italic; Pango falls back to oblique when the family has no italic.
    public enum Style: String, Hashable, Sendable, Codable { case normal, italic }

    /// Font family name as fontconfig knows it, e.g. `DejaVu Sans`.
    public var family: String
    /// Size in points (not pixels), so text keeps its size in every format.
    public var size: Double
    /// Stroke weight.
    public var weight: Weight
    /// Upright or italic.
    public var style: Style

    /// The family set-up installs and tests pin; it covers Latin, Cyrillic and Turkish.
    public static let defaultFamily = "DejaVu Sans"

    /// Makes a font request; regular, upright `DejaVu Sans` unless told otherwise.
    public init(family: String = Font.defaultFamily, size: Double, weight: Weight = .regular, style: Style = .normal) {
        self.family = family; self.size = size; self.weight = weight; self.style = style
    }

    /// This font at `size` points.
    public func with(size: Double) -> Font { Font(family: family, size: size, weight: weight, style: style) }
    /// This font with `weight`.
    public func with(weight: Weight) -> Font { Font(family: family, size: size, weight: weight, style: style) }
}
