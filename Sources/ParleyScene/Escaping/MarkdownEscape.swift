/// The one escape for Markdown (the Markdown report, read by CommonMark, GFM and pandoc):
/// model text arrives as text. Every ASCII punctuation character that any of those readers
/// gives a meaning (emphasis, links, images, raw HTML and TeX, entities, headings, lists,
/// tables, footnotes, citations, math, smart quotes and dashes, autolinks) is backslash-escaped;
/// whitespace, line breaks included, is folded into single spaces, so text can neither start a
/// block nor end the one it stands in; characters HTML cannot carry become U+FFFD.
public enum MarkdownEscape {
    /// Inline text: a heading, a list item, a footnote, alt text or link text.
    public static func text(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isFoldedSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if escaped.contains(scalar) {
                out.append("\\")
                out.append(scalar)
            } else if scalar == "\u{338}", let composed = composedWithSolidus(out) {
                // Readers normalise to NFC, which would fold "<" and U+0338 into "≮" and leave
                // the backslash before it standing as text: write the composed sign instead.
                out.removeLast(2)
                out.append(composed)
            } else if !XMLEscape.isAllowed(scalar) {
                out.append(XMLEscape.replacement)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A link or image destination: a `WebLink`'s `href` or a path of `WebLink.pathSegment`s,
    /// which hold only URL characters. Of those, Markdown still reads `\\` (escapes) and `&…;`
    /// (entities, decoded in destinations too), so a backslash and `;` are percent-encoded.
    public static func destination(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "\\": out += "%5C"
            case ";": out += "%3B"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Everything but `,`, `;`, `?` and `/`, which mean nothing in any of the readers.
    private static let escaped = Set("\\`*_{}[]()<>#+-.!|~^$@&:=\"'%".unicodeScalars)

    /// "≮", "≠" or "≯" when `out` ends with an escaped "<", "=" or ">".
    private static func composedWithSolidus(_ out: String.UnicodeScalarView) -> Unicode.Scalar? {
        // Two steps back from the end, not `count`, which walks the whole text each time.
        guard let last = out.last, let before = out.index(out.endIndex, offsetBy: -2, limitedBy: out.startIndex),
            out[before] == "\\"
        else { return nil }
        switch last {
        case "<": return "\u{226E}"
        case "=": return "\u{2260}"
        case ">": return "\u{226F}"
        default: return nil
        }
    }

    /// Spaces, tabs and line breaks of any kind: in HTML they all read as one space.
    private static func isFoldedSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
            || scalar == "\u{85}" || scalar.isLineSeparator
    }
}
