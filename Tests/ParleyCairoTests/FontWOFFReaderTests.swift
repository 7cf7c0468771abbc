import Foundation
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyCairo

/// Reads WOFF 1.0 back to the sfnt it packs, independently of the encoder: header, table
/// directory, zlib inflate, checksums.
enum WOFFReader {
    struct Failure: Error, CustomStringConvertible { let description: String }

    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 { bytes[at..<(at + 4)].reduce(0) { ($0 << 8) | UInt32($1) } }
    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { bytes[at..<(at + 2)].reduce(0) { ($0 << 8) | UInt16($1) } }

    /// The OpenType checksum: the sum of the table's big-endian 32-bit words, zero-padded.
    static func checksum(_ table: [UInt8]) -> UInt32 {
        var padded = table
        while padded.count % 4 != 0 { padded.append(0) }
        return stride(from: 0, to: padded.count, by: 4).reduce(UInt32(0)) { $0 &+ uint32(padded, $1) }
    }

    /// The sfnt file: tables in the order the WOFF stores them, each 4-byte aligned, after a 12-byte header and
    /// the table records, with every table's checksum checked against the WOFF directory.
    static func sfnt(fromWOFF woff: [UInt8]) throws -> [UInt8] {
        guard woff.count >= 44, uint32(woff, 0) == 0x774F_4646 else { throw Failure(description: "no wOFF signature") }
        guard Int(uint32(woff, 8)) == woff.count else { throw Failure(description: "length field \(uint32(woff, 8)) != \(woff.count)") }
        let count = Int(uint16(woff, 12))
        let totalSfntSize = Int(uint32(woff, 16))
        var directory: [(tag: UInt32, offset: Int, stored: [UInt8], original: Int, checksum: UInt32)] = []
        for index in 0..<count {
            let at = 44 + 20 * index
            let (tag, offset, compressed, original, checksum) = (
                uint32(woff, at), Int(uint32(woff, at + 4)), Int(uint32(woff, at + 8)), Int(uint32(woff, at + 12)), uint32(woff, at + 16)
            )
            guard offset % 4 == 0, offset + compressed <= woff.count, compressed <= original else {
                throw Failure(description: "table \(index) misplaced")
            }
            directory.append((tag, offset, Array(woff[offset..<(offset + compressed)]), original, checksum))
        }
        let compressedTables = directory.filter { $0.stored.count < $0.original }
        var inflated = try inflate(compressedTables.map(\.stored)).makeIterator()
        var entries: [(tag: UInt32, offset: Int, data: [UInt8], checksum: UInt32)] = []
        for (index, entry) in directory.enumerated() {
            let data = entry.stored.count < entry.original ? (inflated.next() ?? []) : entry.stored
            guard data.count == entry.original else {
                throw Failure(description: "table \(index) inflates to \(data.count), not \(entry.original)")
            }
            // head's checksum is taken with checkSumAdjustment (bytes 8..<12) as zero.
            var summed = data
            if entry.tag == 0x6865_6164, summed.count >= 12 { summed.replaceSubrange(8..<12, with: [0, 0, 0, 0]) }
            guard checksum(summed) == entry.checksum else { throw Failure(description: "table \(index) checksum differs") }
            entries.append((entry.tag, entry.offset, data, entry.checksum))
        }
        var sfnt: [UInt8] = []
        func append32(_ value: UInt32) { sfnt += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        func append16(_ value: UInt16) { sfnt += [8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        append32(uint32(woff, 4))
        append16(UInt16(count))
        var power = 1
        var log = 0
        while power * 2 <= count { power *= 2; log += 1 }
        append16(UInt16(power * 16)); append16(UInt16(log)); append16(UInt16(count * 16 - power * 16))
        // Tables go in the order the WOFF stores them, as the sfnt had them.
        let physical = entries.sorted { $0.offset < $1.offset }
        var offsets: [UInt32: Int] = [:]
        var offset = 12 + 16 * count
        for entry in physical {
            offsets[entry.tag] = offset
            offset += (entry.data.count + 3) & ~3
        }
        for entry in entries {
            append32(entry.tag); append32(entry.checksum); append32(UInt32(offsets[entry.tag] ?? 0)); append32(UInt32(entry.data.count))
        }
        for entry in physical {
            sfnt += entry.data
            while sfnt.count % 4 != 0 { sfnt.append(0) }
        }
        guard sfnt.count == totalSfntSize else { throw Failure(description: "sfnt is \(sfnt.count) bytes, header says \(totalSfntSize)") }
        return sfnt
    }

    /// Inflates zlib streams with Python's zlib (Foundation on Linux has no inflate): the
    /// streams go in and come out length-prefixed, so one process serves a whole file.
    private static func inflate(_ streams: [[UInt8]]) throws -> [[UInt8]] {
        let script = """
            import sys, zlib, struct
            data = sys.stdin.buffer.read(); out = bytearray(); at = 0
            while at < len(data):
                (n,) = struct.unpack('>I', data[at:at + 4]); at += 4
                plain = zlib.decompress(data[at:at + n]); at += n
                out += struct.pack('>I', len(plain)) + plain
            sys.stdout.buffer.write(out)
            """
        var input: [UInt8] = []
        for stream in streams { input += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: UInt32(stream.count) >> $0) } + stream }
        let output = try ExternalTool.run("python3", ["-c", script], input: input)
        var result: [[UInt8]] = []
        var at = 0
        while at + 4 <= output.count {
            let length = Int(uint32(output, at))
            result.append(Array(output[(at + 4)..<(at + 4 + length)]))
            at += 4 + length
        }
        guard result.count == streams.count else {
            throw Failure(description: "python3 inflated \(result.count) of \(streams.count) tables")
        }
        return result
    }
}

/// The reader the embedding tests trust: it must refuse what a browser would refuse.
@Suite struct FontWOFFReaderTests {
    private func woff() throws -> [UInt8] {
        TestFonts.pin()
        let face = try #require(try PangoFontEmbedding().embed([Font(size: 12): "Round 2 · Çırağan"]).faces.first)
        #expect(face.format == "woff")
        return face.data
    }

    @Test func aChangedByteInACompressedTableIsCaught() throws {
        var bytes = try woff()
        let firstTable = Int(WOFFReader.uint32(bytes, 44 + 4))
        bytes[firstTable + 5] ^= 0x20
        #expect(throws: (any Error).self) { try WOFFReader.sfnt(fromWOFF: bytes) }
    }

    @Test func aWrongLengthOrSignatureIsCaught() throws {
        let bytes = try woff()
        #expect(throws: (any Error).self) { try WOFFReader.sfnt(fromWOFF: Array(bytes.dropLast(4))) }
        var unsigned = bytes
        unsigned[0] = 0
        #expect(throws: (any Error).self) { try WOFFReader.sfnt(fromWOFF: unsigned) }
        #expect(try WOFFReader.sfnt(fromWOFF: bytes).count == Int(WOFFReader.uint32(bytes, 16)))
    }
}
