extension Color {
    /// The grey of the same relative luminance, to the nearest 8-bit level: how a colour prints
    /// on a black-and-white page (and a scene writes it as `#rrggbb`).
    public var greyscale: Color {
        let level = (Color.encoded(luminance) * 255).rounded() / 255
        return Color(red: level, green: level, blue: level, alpha: alpha)
    }
}
