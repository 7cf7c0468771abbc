import ParleyScene

/// The one escape for text handed to Cairo: its UTF-8 check refuses the noncharacters
/// (U+FDD0–U+FDEF, U+FFFE, U+FFFF, …) that Swift strings and the YAML and JSON readers take,
/// and a refused string fails the whole surface ("input string not valid UTF-8"). The PDF
/// writer passes the laid-out text to Cairo (for copy and search) and the metadata too.
enum CairoTextEscape {
    /// Text to draw: noncharacters as U+FFFD; the same for every surface and for measuring,
    /// so a label measures as it is drawn.
    static func drawn(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isNoncharacter) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isNoncharacter ? XMLEscape.replacement : $0 }))
    }

    /// A PDF title or subject: one line (viewers show it in a title bar), so line breaks and
    /// tabs become spaces; other controls and noncharacters become U+FFFD.
    static func metadata(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar.isLineSeparator {
                out.append(" ")
            } else if scalar.isControlCode || scalar.isNoncharacter {
                out.append(XMLEscape.replacement)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
