import Foundation
import ParleyCairo

/// What can be seen of an SVG flag without parsing it, checked before a worker is started, so
/// the commonest hostile pictures end in an error that names the limit. What these checks
/// cannot see (an entity expanded 30,000 times, filters that take seconds) the worker's
/// limits bound instead.
enum SVGFlagCheck {
    /// A `data:` PNG inside an SVG flag may have at most this many pixels (2048×2048): it is
    /// drawn 48 points wide.
    static let maxEmbeddedPixels = 4 << 20

    /// Why `svg` is refused, naming the limit; nil when it may go to the worker.
    static func problem(_ svg: [UInt8]) -> String? {
        if svg.count > PictureLimits.maxSVGBytes {
            return "is \(svg.count) bytes; SVG flags are limited to \(PictureLimits.maxSVGBytes) bytes (1 MiB)"
        }
        var elements = 0
        for index in svg.indices.dropLast() where svg[index] == UInt8(ascii: "<") && isLetter(svg[index + 1]) {
            elements += 1
        }
        if elements > PictureLimits.maxSVGElements {
            return "has \(elements) elements; SVG flags are limited to \(PictureLimits.maxSVGElements)"
        }
        for uri in dataURIs(in: svg) {
            if uri.count > PictureLimits.maxSVGDataURIBytes {
                return
                    "embeds a data: URI of \(uri.count) bytes; embedded pictures in SVG flags are limited to \(PictureLimits.maxSVGDataURIBytes) bytes (64 KiB)"
            }
            if let header = embeddedPNGHeader(uri), header.width * header.height > maxEmbeddedPixels {
                return
                    "embeds a \(header.width)×\(header.height) PNG; embedded pictures in SVG flags are limited to \(maxEmbeddedPixels) pixels (2048×2048)"
            }
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Every `data:` URI, from `data:` to the quote or parenthesis that ends it.
    private static func dataURIs(in svg: [UInt8]) -> [ArraySlice<UInt8>] {
        let marker = Array("data:".utf8)
        var uris: [ArraySlice<UInt8>] = []
        var index = 0
        while index + marker.count <= svg.count {
            guard svg[index] | 0x20 == marker[0], zip(svg[index..<index + marker.count], marker).allSatisfy({ $0 | 0x20 == $1 }) else {
                index += 1
                continue
            }
            var end = index + marker.count
            while end < svg.count, ![UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "<")].contains(svg[end]) {
                end += 1
            }
            uris.append(svg[index..<end])
            index = end
        }
        return uris
    }

    /// The header of a base64 `data:image/png` URI, from its first 44 characters.
    private static func embeddedPNGHeader(_ uri: ArraySlice<UInt8>) -> PNGHeader? {
        let text = String(decoding: uri.prefix(200), as: UTF8.self)
        guard text.lowercased().hasPrefix("data:image/png"), let comma = text.firstIndex(of: ",") else { return nil }
        let encoded = text[text.index(after: comma)...].filter { !$0.isWhitespace }.prefix(44)
        guard let decoded = Data(base64Encoded: String(encoded)) else { return nil }
        return PNGHeader(Array(decoded))
    }
}
