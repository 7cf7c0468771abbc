/// A font request: family, size in points, weight and style. Sizes are absolute, so a
/// layout never depends on the output format's resolution.
public struct Font: Hashable, Sendable, Codable {
    public enum Weight: String, Hashable, Sendable, Codable { case regular, medium, bold }
    public enum Style: String, Hashable, Sendable, Codable { case normal, italic }

    public var family: String
    public var size: Double
    public var weight: Weight
    public var style: Style

    /// The family set-up installs and tests pin; it covers Latin, Cyrillic and Turkish.
    public static let defaultFamily = "DejaVu Sans"

    public init(family: String = Font.defaultFamily, size: Double, weight: Weight = .regular, style: Style = .normal) {
        self.family = family; self.size = size; self.weight = weight; self.style = style
    }

    public func with(size: Double) -> Font { Font(family: family, size: size, weight: weight, style: style) }
    public func with(weight: Weight) -> Font { Font(family: family, size: size, weight: weight, style: style) }
}
