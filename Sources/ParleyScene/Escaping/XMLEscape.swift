/// The one escape for XML and HTML (SVG `<title>`/`<desc>`, the HTML report): text comes out as
/// text, in element content and in quoted attribute values alike, and the output never holds a
/// character XML 1.0 forbids, whatever the input.
public enum XMLEscape {
    /// Stands in for a character that may not appear at all (not even as `&#…;`).
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Element content: `&`, `<`, `>` and both quotes as entities, so the result is also safe
    /// inside either kind of quoted attribute.
    public static func text(_ text: String) -> String { escape(text, keepingWhitespace: true) }

    /// A quoted attribute value: as `text`, and tab, newline and carriage return as character
    /// references, which attribute-value normalisation would otherwise turn into spaces.
    public static func attribute(_ text: String) -> String { escape(text, keepingWhitespace: false) }

    /// Whether XML 1.0 allows `scalar` in a document (and HTML takes it without a parse error):
    /// tab, newline and carriage return but no other control; no noncharacter.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar == "\n" || scalar == "\r" { return true }
        return !scalar.isControlCode && !scalar.isNoncharacter
    }

    // By scalar, not by Character: "<" followed by a combining mark is one Character that is
    // not equal to "<", and would slip through a Character-wise switch.
    private static func escape(_ text: String, keepingWhitespace: Bool) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\t" where !keepingWhitespace: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n" where !keepingWhitespace: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)  // a raw CR would be read as a line end
            case _ where !isAllowed(scalar): out.append(replacement)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
