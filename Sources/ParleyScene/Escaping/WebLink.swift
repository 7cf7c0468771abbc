/// A link target taken from model text (a source): only an `http` or `https` URL with a host
/// becomes a link, percent-encoded so that it holds nothing but URL characters and can stand
/// in an HTML attribute or a Markdown destination without ending it. Anything else (a
/// `javascript:` or `data:` URL, a relative path, prose) is not a link and is shown as text.
public struct WebLink: Hashable, Sendable {
    /// The encoded URL: printable ASCII only, no space, quote, `<`, `>`, `\`, `;`, backtick or
    /// parenthesis.
    public let href: String

    /// The link `text` makes, or `nil` when it is not an `http`/`https` URL with a host.
    public init?(_ text: String) {
        let lowered = text.lowercased()
        guard let scheme = ["http://", "https://"].first(where: { lowered.hasPrefix($0) }) else { return nil }
        let rest = text.unicodeScalars.dropFirst(scheme.count)
        guard let hostStart = rest.first, !["/", "?", "#", "\\"].contains(hostStart), !hostStart.properties.isWhitespace else {
            return nil
        }
        // Brackets are kept only in the host, where they mark an IPv6 address.
        let authority = rest.prefix { !["/", "?", "#"].contains($0) }
        href =
            String(scheme) + Self.percentEncoded(String(authority), keeping: Self.hostCharacters, keepingEscapes: true)
            + Self.percentEncoded(String(rest.dropFirst(authority.count)), keeping: Self.urlCharacters, keepingEscapes: true)
    }

    /// One segment of a relative path (a file or folder name) as it may stand in a URL: all but
    /// letters, digits, `-`, `.`, `_` and `~` percent-encoded, `/` included.
    public static func pathSegment(_ name: String) -> String { percentEncoded(name, keeping: unreserved, keepingEscapes: false) }

    /// Characters RFC 3986 allows unencoded, less those that end a Markdown destination or an
    /// HTML attribute (`(`, `)`, `'`), `;` (without it `&lt;` cannot be read as an entity, which
    /// Markdown decodes in destinations) and brackets, which readers encode again themselves;
    /// `%` is kept only where it already starts an escape.
    private static let urlCharacters = unreserved.union(":/?#@!$&*+,=".utf8)
    private static let hostCharacters = urlCharacters.union("[]".utf8)
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    private static func percentEncoded(_ text: String, keeping kept: Set<UInt8>, keepingEscapes: Bool) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        for (index, byte) in bytes.enumerated() {
            if kept.contains(byte) || (keepingEscapes && byte == UInt8(ascii: "%") && isEscape(bytes, at: index)) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    private static func isEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        func isHex(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        }
        return index + 2 < bytes.count && isHex(bytes[index + 1]) && isHex(bytes[index + 2])
    }
}
