extension Color {
    /// The grey of the same relative luminance: how a colour prints on a black-and-white page.
    public var greyscale: Color {
        let level = Color.encoded(luminance)
        return Color(red: level, green: level, blue: level, alpha: alpha)
    }
}
