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
        var standard = ""
        standard.reserveCapacity(text.utf8.count + 3)
        for (offset, character) in text.enumerated() {
            switch character {
            case "-": standard.append("+")
            case "_": standard.append("/")
            case "+", "/", "=": standard.append(character)
            case "A"..."Z", "a"..."z", "0"..."9": standard.append(character)
            default:
                throw .notBase64(
                    "character \(offset + 1) is '\(character.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined())'; base64url takes A–Z, a–z, 0–9, '-' and '_'"
                )
            }
        }
        while standard.utf8.count % 4 != 0 { standard.append("=") }
        guard let deflated = Base64.decode(standard) else {
            throw .notBase64("its length (\(text.utf8.count) characters) or padding is not base64url's")
        }
        return try inflate(deflated, limit: limit)
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
