import Foundation
import ParleyTestSupport

/// Flag pictures that are small files and enormous work, made in the test rather than checked in.
enum HostilePictures {
    /// A black-and-white PNG of `width`×`height` pixels, all zero: a few hundred KB that
    /// inflate to width×height/8 bytes (20,000² → 50 MB; Cairo's surface for it is 1.6 GB).
    static func png(width: Int, height: Int) -> [UInt8] {
        let rowBytes = 1 + (width + 7) / 8  // a filter byte, then one bit a pixel
        let raw = rowBytes * height
        var zlib: [UInt8] = [0x78, 0x01] + zeros(raw)
        let adler = UInt32(1) | UInt32(raw % 65521) << 16  // Adler-32 of `raw` zero bytes
        zlib += bigEndian(adler)
        var ihdr = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        ihdr += [1, 0, 0, 0, 0]  // bit depth 1, greyscale, deflate, no filter type, no interlace
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// A PNG that declares `width`×`height` and carries no pixel data: enough for a header check.
    static func pngHeaderOnly(width: Int, height: Int) -> [UInt8] {
        var ihdr = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        ihdr += [8, 6, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IEND", [])
    }

    /// A 2×2 opaque PNG of one colour, stored without compression.
    static func solidPNG(red: UInt8, green: UInt8, blue: UInt8) -> [UInt8] {
        let row: [UInt8] = [0, red, green, blue, red, green, blue]
        let raw = row + row
        var zlib: [UInt8] = [0x78, 0x01, 0x01] + bigEndian16LE(UInt16(raw.count)) + bigEndian16LE(~UInt16(raw.count)) + raw
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        zlib += bigEndian(b << 16 | a)
        var ihdr = bigEndian(UInt32(2)) + bigEndian(UInt32(2))
        ihdr += [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// A `width`×`height` RGB PNG of seeded noise, stored without compression: about
    /// 3×width×height bytes that no writer can shrink.
    static func noisePNG(width: Int, height: Int) -> [UInt8] {
        var random = SeededGenerator(seed: 18)
        var raw: [UInt8] = []
        raw.reserveCapacity((1 + 3 * width) * height)
        for _ in 0..<height {
            raw.append(0)
            for _ in 0..<(3 * width) { raw.append(UInt8.random(in: 0...255, using: &random)) }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65535, raw.count - offset)
            zlib.append(offset + count == raw.count ? 1 : 0)
            zlib += bigEndian16LE(UInt16(count)) + bigEndian16LE(~UInt16(count))
            zlib += raw[offset..<offset + count]
            offset += count
        } while offset < raw.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in raw {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        zlib += bigEndian(b << 16 | a)
        var ihdr = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        ihdr += [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    static let svgOpen = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="48" height="32">"#

    /// An SVG whose one image is a `width`×`height` PNG in a data: URI.
    static func svgWithEmbeddedPNG(_ png: [UInt8]) -> [UInt8] {
        let uri = "data:image/png;base64," + Data(png).base64EncodedString()
        return Array((svgOpen + #"<image width="48" height="32" xlink:href="\#(uri)"/></svg>"#).utf8)
    }

    /// An internal entity of 1,000 rectangles referenced `references` times (30,000 → 30 million elements).
    static func svgEntityExpansion(references: Int) -> [UInt8] {
        let entity = String(repeating: "<rect width='1' height='1'/>", count: 1000)
        let body = String(repeating: "&a;", count: references)
        return Array(
            (#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a ""# + entity + #"">]>"# + svgOpen + body + "</svg>").utf8)
    }

    /// One text of `characters` characters.
    static func svgText(characters: Int) -> [UInt8] {
        Array((svgOpen + #"<text x="0" y="20">"# + String(repeating: "W", count: characters) + "</text></svg>").utf8)
    }

    /// `count` rectangles, each through a blur and turbulence filter.
    static func svgFilteredRects(_ count: Int) -> [UInt8] {
        let filter =
            #"<defs><filter id="f"><feGaussianBlur stdDeviation="5"/><feTurbulence baseFrequency="0.05" numOctaves="8"/></filter></defs>"#
        let rects = (0..<count).map { #"<rect x="\#($0 % 40)" y="\#($0 % 30)" width="40" height="30" filter="url(#f)"/>"# }
        return Array((svgOpen + filter + rects.joined() + "</svg>").utf8)
    }

    /// A plain SVG flag: three horizontal stripes.
    static let tricolourSVG = Array(
        (svgOpen + ##"<rect width="48" height="11" fill="#ffffff"/><rect y="11" width="48" height="11" fill="#0039a6"/>"##
            + ##"<rect y="22" width="48" height="10" fill="#d52b1e"/></svg>"##).utf8)

    // MARK: - Bytes

    /// A DEFLATE stream (fixed Huffman codes) of `count` zero bytes: one literal, then as many
    /// 258-byte copies of the byte before as fit, then literals; 13 bits per 258 bytes.
    private static func zeros(_ count: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // the final block
        bits.write(1, count: 2)  // fixed Huffman codes
        let literalZero = 0b0011_0000, length258 = 0b1100_0101
        bits.writeCode(literalZero, length: 8)
        var left = count - 1
        while left >= 258 {
            bits.writeCode(length258, length: 8)
            bits.writeCode(0, length: 5)  // distance 1
            left -= 258
        }
        for _ in 0..<left { bits.writeCode(literalZero, length: 8) }
        bits.writeCode(0, length: 7)  // end of block
        return bits.bytes
    }

    private struct BitWriter {
        var bytes: [UInt8] = []
        private var used = 8
        /// Writes `count` bits of `value`, least significant first (header fields).
        mutating func write(_ value: Int, count: Int) {
            for bit in 0..<count { push((value >> bit) & 1) }
        }
        /// Writes a Huffman code, most significant bit first.
        mutating func writeCode(_ code: Int, length: Int) {
            for bit in stride(from: length - 1, through: 0, by: -1) { push((code >> bit) & 1) }
        }
        private mutating func push(_ bit: Int) {
            if used == 8 {
                bytes.append(0)
                used = 0
            }
            bytes[bytes.count - 1] |= UInt8(bit) << used
            used += 1
        }
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
    private static func bigEndian16LE(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
