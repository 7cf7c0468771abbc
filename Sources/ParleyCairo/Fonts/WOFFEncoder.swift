internal import CDeflate

/// Packs an OpenType (sfnt) file as WOFF 1.0 (W3C WOFF File Format 1.0): the same tables,
/// each zlib-compressed when that makes it smaller, 4-byte aligned, with their sfnt checksums.
enum WOFFEncoder {
    /// The WOFF file, or nil when `sfnt` is not a well-formed table directory.
    static func woff(_ sfnt: [UInt8]) -> [UInt8]? {
        guard let tables = SFNTTables(sfnt) else { return nil }
        guard let compressor = libdeflate_alloc_compressor(9) else { return nil }
        defer { libdeflate_free_compressor(compressor) }
        let headerSize = 44
        let directorySize = 20 * tables.records.count
        // The directory stays in tag order; the data keeps the sfnt's own order (the spec's
        // advice), so a decoder rebuilds the very file HarfBuzz wrote.
        var body: [UInt8] = []
        var placed: [UInt32: (offset: Int, stored: Int)] = [:]
        var totalSfntSize = 12 + 16 * tables.records.count
        for record in tables.records.sorted(by: { $0.offset < $1.offset }) {
            let original = Array(sfnt[record.offset..<(record.offset + record.length)])
            totalSfntSize += (record.length + 3) & ~3
            var stored = original
            if !original.isEmpty {
                var compressed = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, original.count))
                let written = original.withUnsafeBytes { source in
                    compressed.withUnsafeMutableBytes { target in
                        libdeflate_zlib_compress(compressor, source.baseAddress, source.count, target.baseAddress, target.count)
                    }
                }
                if written > 0, written < original.count { stored = Array(compressed.prefix(written)) }
            }
            placed[record.tag] = (headerSize + directorySize + body.count, stored.count)
            body += stored
            while body.count % 4 != 0 { body.append(0) }
        }
        var directory: [UInt8] = []
        for record in tables.records {
            let (offset, stored) = placed[record.tag] ?? (0, 0)
            directory.appendBigEndian(record.tag)
            directory.appendBigEndian(UInt32(offset))
            directory.appendBigEndian(UInt32(stored))
            directory.appendBigEndian(UInt32(record.length))
            directory.appendBigEndian(record.checksum)
        }
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(0x774F_4646))  // 'wOFF'
        header.appendBigEndian(tables.flavor)
        header.appendBigEndian(UInt32(headerSize + directorySize + body.count))
        header.appendBigEndian(UInt16(tables.records.count))
        header.appendBigEndian(UInt16(0))
        header.appendBigEndian(UInt32(totalSfntSize))
        header.appendBigEndian(UInt16(1))  // font version 1.0: the WOFF's own version, not the font's
        header.appendBigEndian(UInt16(0))
        for _ in 0..<5 { header.appendBigEndian(UInt32(0)) }  // no metadata, no private data
        return header + directory + body
    }
}

/// The table directory of an sfnt file.
struct SFNTTables {
    struct Record {
        let tag: UInt32
        let checksum: UInt32
        let offset: Int
        let length: Int
    }

    let flavor: UInt32
    let records: [Record]

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 12 else { return nil }
        flavor = bytes.bigEndianUInt32(at: 0)
        let count = Int(bytes.bigEndianUInt16(at: 4))
        guard bytes.count >= 12 + 16 * count else { return nil }
        var records: [Record] = []
        for index in 0..<count {
            let at = 12 + 16 * index
            let record = Record(
                tag: bytes.bigEndianUInt32(at: at), checksum: bytes.bigEndianUInt32(at: at + 4),
                offset: Int(bytes.bigEndianUInt32(at: at + 8)), length: Int(bytes.bigEndianUInt32(at: at + 12)))
            guard record.offset <= bytes.count, record.length <= bytes.count - record.offset else { return nil }
            records.append(record)
        }
        self.records = records
    }
}

extension [UInt8] {
    fileprivate mutating func appendBigEndian<Integer: FixedWidthInteger>(_ value: Integer) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }

    fileprivate func bigEndianUInt32(at index: Int) -> UInt32 {
        self[index..<(index + 4)].reduce(0) { ($0 << 8) | UInt32($1) }
    }

    fileprivate func bigEndianUInt16(at index: Int) -> UInt16 {
        self[index..<(index + 2)].reduce(0) { ($0 << 8) | UInt16($1) }
    }
}
