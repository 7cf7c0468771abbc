import ParleyJSON
import ParleyModel

/// The forms a reply's problems and warnings take on the wire: text lines as `parley render`
/// prints them, a JSON document when the client asks for JSON, and header-safe text for
/// `Parley-Warning`.
enum ReplyBody {
    /// `{"status": 400, "errors": [{"line": 3, "column": 5, "severity": "error", "message": "…"}]}`:
    /// every diagnostic, warnings among them (`severity` tells which); `line` and `column` are
    /// null for a problem with no place in the model.
    static func json(status: Int, diagnostics: [Diagnostic]) -> [UInt8] {
        let errors = diagnostics.map { diagnostic -> JSONValue in
            .object([
                ("line", diagnostic.location.map { .number(Double($0.line)) } ?? .null),
                ("column", diagnostic.location.map { .number(Double($0.column)) } ?? .null),
                ("severity", .string(diagnostic.severity.rawValue)),
                ("message", .string(diagnostic.text)),
            ])
        }
        return Array(JSONValue.object([("status", .number(Double(status))), ("errors", .array(errors))]).serialized().utf8)
    }

    /// Whether the client's `Accept` asks for JSON (`application/json` with a quality above 0).
    static func wantsJSON(_ accept: String?) -> Bool { AcceptHeader.accepts(accept, "application/json") }

    /// A warning as one header value: the diagnostic's line, with every byte outside printable
    /// ASCII, and `%`, written as `%XX` (percent-encoded UTF-8, as RFC 8187 does), and cut at
    /// `maxBytes` so no header grows without bound.
    static func headerValue(_ diagnostic: Diagnostic, maxBytes: Int = 1000) -> String {
        var out = ""
        for byte in diagnostic.description.utf8 {
            let piece =
                byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "%")
                ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            guard out.utf8.count + piece.utf8.count <= maxBytes else { return out + "..." }
            out += piece
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
