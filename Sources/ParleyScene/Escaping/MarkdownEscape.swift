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
            } else if !XMLEscape.isAllowed(scalar) {
                out.append(XMLEscape.replacement)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A link or image destination: a `WebLink`'s `href` or a relative path already made of
    /// URL characters. `&` is escaped because entities are decoded in destinations too.
    public static func destination(_ url: String) -> String {
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "\\": out += "%5C"
            case "&": out += "\\&"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Everything but `,`, `;`, `?` and `/`, which mean nothing in any of the readers.
    private static let escaped = Set("\\`*_{}[]()<>#+-.!|~^$@&:=\"'%".unicodeScalars)

    /// Spaces, tabs and line breaks of any kind: in HTML they all read as one space.
    private static func isFoldedSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
            || scalar == "\u{85}" || scalar.isLineSeparator
    }
}
