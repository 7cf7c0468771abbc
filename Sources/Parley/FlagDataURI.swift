import ParleyJSON

/// A flag picture written into the model itself as a `data:` URI (RFC 2397), so a model can
/// carry its flags without files: `data:image/png;base64,…`, `data:image/svg+xml;base64,…`,
/// or `data:image/svg+xml,…` with the SVG percent-encoded. The render server reads flags only
/// this way; the command line takes them as well as files.
enum FlagDataURI {
    /// The picture a URI holds.
    struct Picture: Equatable {
        /// `png` or `svg`, as a file's extension would say.
        var kind: String
        var bytes: [UInt8]
    }

    /// Why a `data:` URI gives no picture; `message` follows "the flag of party 'x' (…)".
    struct Problem: Error, Equatable {
        var message: String
    }

    /// Whether `text` is a `data:` URI rather than a path (the scheme is case-insensitive).
    static func isDataURI(_ text: String) -> Bool { text.utf8.prefix(5).map { $0 | 0x20 } == Array("data:".utf8) }

    /// How the URI is named in a message: its head, not the whole picture.
    static func shortName(_ text: String) -> String {
        let head = text.prefix { $0 != "," }
        return "\(head.prefix(40)),… (\(text.utf8.count) characters)"
    }

    /// The picture `text` holds, at most `maxBytes` bytes once decoded.
    static func decode(_ text: String, maxBytes: Int) throws(Problem) -> Picture {
        guard isDataURI(text), let comma = text.firstIndex(of: ",") else {
            throw Problem(message: "is not a data: URI; write data:image/png;base64,… or data:image/svg+xml;base64,…")
        }
        let header = text[text.index(text.startIndex, offsetBy: 5)..<comma].lowercased()
        let parameters = header.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        let mediaType = parameters.first ?? ""
        let isBase64 = parameters.dropFirst().contains("base64")
        let kind: String
        switch mediaType {
        case "image/png": kind = "png"
        case "image/svg+xml": kind = "svg"
        default:
            throw Problem(
                message:
                    "is a data: URI of '\(mediaType.isEmpty ? "text/plain" : String(mediaType.prefix(40)))'; flag pictures are image/png or image/svg+xml"
            )
        }
        let payload = text[text.index(after: comma)...]
        // No encoding takes more than three characters a byte: longer text is refused unread.
        guard payload.utf8.count / 3 <= maxBytes else { throw tooLarge(maxBytes) }
        let bytes: [UInt8]
        if isBase64 {
            // YAML folds a long string across lines: the spaces it leaves are not part of the data.
            var compact = String(payload.unicodeScalars.filter { !" \t\r\n".unicodeScalars.contains($0) })
            compact = String(compact.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
            while compact.utf8.count % 4 != 0 { compact.append("=") }
            guard let decoded = Base64.decode(compact) else {
                throw Problem(message: "is a data: URI whose base64 cannot be read; it takes A–Z, a–z, 0–9, '+', '/' and '=' padding")
            }
            bytes = decoded
        } else {
            guard kind == "svg" else {
                throw Problem(message: "is a PNG data: URI without ';base64'; write data:image/png;base64,…")
            }
            bytes = try percentDecoded(payload)
        }
        guard bytes.count <= maxBytes else { throw tooLarge(maxBytes) }
        guard !bytes.isEmpty else { throw Problem(message: "is a data: URI with no picture after the comma") }
        return Picture(kind: kind, bytes: bytes)
    }

    private static func tooLarge(_ maxBytes: Int) -> Problem {
        Problem(message: "holds more than \(maxBytes) bytes; flag pictures are limited to \(maxBytes) bytes (4 MiB)")
    }

    private static func percentDecoded(_ text: Substring) throws(Problem) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        var offset = 0
        while let byte = iterator.next() {
            offset += 1
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw Problem(message: "is a data: URI with a '%' at byte \(offset) of its data that two hex digits do not follow")
            }
            offset += 2
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
