import ParleyScene

/// pandoc's attribute syntax (`{alt="…"}`): in a quoted value a backslash escapes any
/// punctuation and `&…;` is read as an entity, so the backslash, the quote and `&` are
/// escaped; line breaks fold into spaces (a value on one line), characters HTML cannot carry
/// become U+FFFD. Model text so quoted arrives in pandoc's output exactly as written.
enum PandocAttribute {
    /// `text` as a double-quoted attribute value, quotes included.
    static func quoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"", "&":
                out.append("\\")
                out.append(scalar)
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                out.append(" ")
            default:
                out.append(XMLEscape.isAllowed(scalar) ? scalar : XMLEscape.replacement)
            }
        }
        out.append("\"")
        return String(out)
    }
}
