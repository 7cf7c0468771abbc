import ParleyColor

/// A colour as the light and the dark palette paint it; nil is no paint. A one-palette
/// document has the same colour on both sides.
struct ColorPair: Hashable {
    var light: Color?
    var dark: Color?

    /// The same colour in both palettes.
    init(_ color: Color?) { light = color; dark = color }

    init(light: Color?, dark: Color?) { self.light = light; self.dark = dark }

    /// Neither palette paints.
    var isNone: Bool { light == nil && dark == nil }
}
