internal import CDeflate
import ParleyJSON

/// The model in a Kroki GET URL: zlib-deflated (RFC 1950), then base64 in the URL-safe alphabet
/// (RFC 4648 §5), padded or not, as Kroki's clients write it.
public enum KrokiEncoding {
    /// Why the text is not a model.
    public enum Failure: Error, Sendable, Equatable {
        /// Not base64url (the character and its position are said).
        case notBase64(String)
        /// Base64 of something that is not zlib data.
        case notDeflated(String)
        /// Inflates past the limit.
        case tooLarge(limit: Int)
    }

    /// The URL text of `model`: what a client puts after `/parley/svg/`.
    public static func encode(_ model: [UInt8]) -> String {
        guard let compressor = libdeflate_alloc_compressor(9) else { return "" }
        defer { libdeflate_free_compressor(compressor) }
        var output = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, model.count))
        let written = model.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { libdeflate_zlib_compress(compressor, input.baseAddress, input.count, $0.baseAddress, $0.count) }
        }
        let base64 = Base64.encode(Array(output[..<written]))
        return String(base64.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
    }

    /// The model `text` encodes, at most `limit` bytes.
    public static func decode(_ text: Substring, limit: Int) throws(Failure) -> [UInt8] {
        // Byte by byte: a model's URL text is several kilobytes, and walking it as Characters
        // cost a tenth of a millisecond a kilobyte.
        var standard: [UInt8] = []
        standard.reserveCapacity(text.utf8.count + 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): standard.append(UInt8(ascii: "+"))
            case UInt8(ascii: "_"): standard.append(UInt8(ascii: "/"))
            case UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                standard.append(byte)
            default: throw notBase64(text)
            }
        }
        while standard.count % 4 != 0 { standard.append(UInt8(ascii: "=")) }
        guard let deflated = Base64.decode(String(decoding: standard, as: UTF8.self)) else {
            throw .notBase64("its length (\(text.utf8.count) characters) or padding is not base64url's")
        }
        return try inflate(deflated, limit: limit)
    }

    /// The failure that names the first character base64url does not take, and its position.
    private static func notBase64(_ text: Substring) -> Failure {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=")
        let (offset, character) = text.enumerated().first { !allowed.contains($0.element) } ?? (0, "?")
        let shown = character.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }
        return .notBase64(
            "character \(offset + 1) is '\(shown.joined())'; base64url takes A–Z, a–z, 0–9, '-' and '_'")
    }

    /// Inflates zlib data into at most `limit` bytes, growing the buffer as needed: a small
    /// model costs a small buffer, and a bomb stops at the limit.
    static func inflate(_ data: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        guard let decompressor = libdeflate_alloc_decompressor() else { throw .notDeflated("no memory to inflate it") }
        defer { libdeflate_free_decompressor(decompressor) }
        var capacity = min(limit, max(4096, data.count * 8))
        while true {
            var output = [UInt8](repeating: 0, count: capacity + 1)
            var written = 0
            let result = data.withUnsafeBytes { input in
                output.withUnsafeMutableBytes {
                    libdeflate_zlib_decompress(decompressor, input.baseAddress, input.count, $0.baseAddress, $0.count, &written)
                }
            }
            switch result {
            case LIBDEFLATE_SUCCESS:
                guard written <= limit else { throw .tooLarge(limit: limit) }
                output.removeSubrange(written...)
                return output
            case LIBDEFLATE_INSUFFICIENT_SPACE:
                guard capacity < limit else { throw .tooLarge(limit: limit) }
                capacity = min(limit, capacity * 4)
            default:
                throw .notDeflated("it is not zlib-deflated data (Kroki's encoding is zlib deflate, then base64url)")
            }
        }
    }
}
