/// One local time type of a zone: its offset from UTC, whether it is daylight saving time, and
/// its abbreviation as tzdata writes it ("CEST", "+03").
struct LocalTimeType: Sendable, Hashable {
    var offset: Int
    var isDaylightSaving: Bool
    var abbreviation: String
}

/// The contents of a compiled tzdata file (TZif, RFC 8536, versions 1–4) that Parley needs:
/// the transition table, the local time types, and the POSIX TZ footer for later instants.
struct TZifData: Sendable, Hashable {
    /// Instants of the transitions, seconds since 1970 UTC, in increasing order.
    var transitions: [Int]
    /// For each transition, the index into `types` in force from it on.
    var typeIndices: [Int]
    var types: [LocalTimeType]
    /// The footer, e.g. `CET-1CEST,M3.5.0,M10.5.0/3`; nil in version 1 files or when empty.
    var footer: String?
}

/// Reads TZif bytes, checking every read against the bytes' length: a truncated or garbled
/// file gives nil (and the caller falls back), never a trap.
enum TZifReader {
    /// The parsed file, or nil when the bytes are not a well-formed TZif file.
    static func parse(_ bytes: [UInt8]) -> TZifData? {
        var cursor = ByteCursor(bytes: bytes)
        guard let first = cursor.header() else { return nil }
        guard first.version >= 2 else { return cursor.block(first, timeSize: 4) }
        // Version 2 and later repeat the data with 64-bit times after the version 1 block:
        // only the second block and the footer are read.
        guard cursor.skip(first.dataLength(timeSize: 4)), let second = cursor.header(), var data = cursor.block(second, timeSize: 8)
        else { return nil }
        data.footer = cursor.footer()
        return data
    }
}

/// The counts of a TZif header.
private struct TZifHeader {
    var version: Int
    var utIndicators: Int, standardIndicators: Int, leapSeconds: Int, transitions: Int, types: Int, characters: Int

    func dataLength(timeSize: Int) -> Int {
        transitions * (timeSize + 1) + types * 6 + characters + leapSeconds * (timeSize + 4) + standardIndicators + utIndicators
    }
}

/// Big-endian reads that say nil past the end instead of reading there.
private struct ByteCursor {
    let bytes: [UInt8]
    var position = 0

    /// Limits far above any real zone (a few hundred transitions, a dozen types) that keep a
    /// garbled count from asking for gigabytes.
    static let maxTransitions = 1 << 16, maxTypes = 256, maxCharacters = 1 << 12, maxLeapSeconds = 1 << 12

    mutating func skip(_ count: Int) -> Bool {
        guard count >= 0, count <= bytes.count - position else { return false }
        position += count
        return true
    }

    mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func integer(size: Int) -> Int? {
        guard size <= bytes.count - position else { return nil }
        var value: UInt64 = 0
        for index in position..<(position + size) { value = value << 8 | UInt64(bytes[index]) }
        position += size
        // Sign-extend: TZif times and offsets are two's complement.
        return size == 8 ? Int(Int64(bitPattern: value)) : Int(Int32(bitPattern: UInt32(truncatingIfNeeded: value)))
    }

    mutating func header() -> TZifHeader? {
        guard bytes.count - position >= 44, bytes[position..<(position + 4)].elementsEqual("TZif".utf8) else { return nil }
        let versionByte = bytes[position + 4]
        let version: Int
        switch versionByte {
        case 0: version = 1
        case UInt8(ascii: "2")...UInt8(ascii: "9"): version = Int(versionByte - UInt8(ascii: "0"))
        default: return nil
        }
        position += 20
        var counts: [Int] = []
        for _ in 0..<6 {
            guard let count = integer(size: 4), count >= 0 else { return nil }
            counts.append(count)
        }
        let header = TZifHeader(
            version: version, utIndicators: counts[0], standardIndicators: counts[1], leapSeconds: counts[2], transitions: counts[3],
            types: counts[4], characters: counts[5])
        guard header.transitions <= ByteCursor.maxTransitions, (1...ByteCursor.maxTypes).contains(header.types),
            (1...ByteCursor.maxCharacters).contains(header.characters), header.leapSeconds <= ByteCursor.maxLeapSeconds,
            header.utIndicators == 0 || header.utIndicators == header.types,
            header.standardIndicators == 0 || header.standardIndicators == header.types
        else { return nil }
        return header
    }

    mutating func block(_ header: TZifHeader, timeSize: Int) -> TZifData? {
        guard header.dataLength(timeSize: timeSize) <= bytes.count - position else { return nil }
        var transitions: [Int] = []
        transitions.reserveCapacity(header.transitions)
        for _ in 0..<header.transitions {
            guard let instant = integer(size: timeSize) else { return nil }
            // Transitions must increase; equal or decreasing ones mean the file is garbled.
            if let last = transitions.last, instant <= last { return nil }
            transitions.append(instant)
        }
        var typeIndices: [Int] = []
        typeIndices.reserveCapacity(header.transitions)
        for _ in 0..<header.transitions {
            guard let index = byte(), Int(index) < header.types else { return nil }
            typeIndices.append(Int(index))
        }
        var rawTypes: [(offset: Int, isDaylightSaving: Bool, abbreviationIndex: Int)] = []
        for _ in 0..<header.types {
            guard let offset = integer(size: 4), let dst = byte(), let index = byte(), dst <= 1, Int(index) < header.characters,
                // RFC 8536: offsets lie strictly between −25 and +26 hours.
                offset > -89400, offset < 93600
            else { return nil }
            rawTypes.append((offset, dst == 1, Int(index)))
        }
        let characters = Array(bytes[position..<(position + header.characters)])
        position += header.characters
        var types: [LocalTimeType] = []
        for raw in rawTypes {
            let tail = characters[raw.abbreviationIndex...]
            guard let end = tail.firstIndex(of: 0) else { return nil }
            let abbreviation = String(decoding: characters[raw.abbreviationIndex..<end], as: UTF8.self)
            types.append(LocalTimeType(offset: raw.offset, isDaylightSaving: raw.isDaylightSaving, abbreviation: abbreviation))
        }
        guard skip(header.leapSeconds * (timeSize + 4) + header.standardIndicators + header.utIndicators) else { return nil }
        return TZifData(transitions: transitions, typeIndices: typeIndices, types: types, footer: nil)
    }

    /// `\n<TZ string>\n` after the version 2 block; nil when absent, empty or not closed.
    mutating func footer() -> String? {
        guard byte() == UInt8(ascii: "\n") else { return nil }
        let start = position
        guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")), end > start, end - start <= 256 else { return nil }
        position = end + 1
        let text = bytes[start..<end]
        guard text.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }
}
