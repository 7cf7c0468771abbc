import Foundation

/// The pictures of an HTML page as a browser reads them: each `<img>` with its source and its
/// text alternative (`alt`, or `aria-label`, which pandoc 3 writes for embedded SVGs).
struct HTMLPage {
    struct Image {
        var source: String
        var alt: String?

        /// The SVG of a `data:image/svg+xml` source (base64 or percent-encoded), if it is one.
        var embeddedSVG: String? {
            guard source.hasPrefix("data:image/svg+xml"), let comma = source.firstIndex(of: ",") else { return nil }
            let header = source[..<comma], payload = String(source[source.index(after: comma)...])
            if header.hasSuffix(";base64") {
                return Data(base64Encoded: payload).map { String(decoding: $0, as: UTF8.self) }
            }
            return payload.removingPercentEncoding
        }
    }

    let html: String

    init(path: String) throws { html = try String(contentsOfFile: path, encoding: .utf8) }
    init(html: String) { self.html = html }

    var images: [Image] {
        html.matches(of: /<img\b[^>]*>/).map { match in
            let tag = String(match.output)
            return Image(
                source: Self.attribute("src", in: tag) ?? "", alt: Self.attribute("alt", in: tag) ?? Self.attribute("aria-label", in: tag))
        }
    }

    /// The value of attribute `name` in a start tag, with HTML's character references resolved.
    static func attribute(_ name: String, in tag: String) -> String? {
        for match in tag.matches(of: /\s([\w:-]+)="([^"]*)"/) where match.1 == name {
            return unescape(String(match.2))
        }
        return nil
    }

    static func unescape(_ text: String) -> String {
        var result = text
        for (reference, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">")] {
            result = result.replacingOccurrences(of: reference, with: character)
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }
}
