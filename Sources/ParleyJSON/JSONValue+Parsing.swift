extension JSONValue {
    /// How deep arrays and objects may nest: far beyond any Parley document, and shallow
    /// enough that the recursive reader never exhausts the stack.
    public static let maximumDepth = 512

    /// Reads one JSON text (RFC 8259, strictly): UTF-8 without a byte order mark, no trailing
    /// commas, comments or single quotes, escapes only as the RFC spells them, surrogates only
    /// in pairs, no key twice in one object, nothing but white space after the value.
    public init(parsing bytes: [UInt8]) throws(JSONParseError) {
        var reader = JSONReader(bytes: bytes)
        reader.skipSpace()
        let value = try reader.readValue(depth: 0)
        reader.skipSpace()
        guard reader.atEnd else { throw reader.error("expected the end of the document after the value") }
        self = value
    }
}

/// The reader behind `JSONValue(parsing:)`: a cursor over the bytes that knows its line and column.
struct JSONReader {
    let bytes: [UInt8]
    var offset = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset >= bytes.count }
    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// An error at the current byte; its column counts characters (UTF-8 lead bytes) from 1.
    func error(_ message: String, at position: Int? = nil) -> JSONParseError {
        let end = min(position ?? offset, bytes.count)
        let column = bytes[lineStart..<max(lineStart, end)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return JSONParseError(line: line, column: column, message: message)
    }

    private var found: String {
        guard let byte = current else { return "the end of the document" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func skipSpace() {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
            default: return
            }
        }
    }

    mutating func readValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard let byte = current else {
            throw error("expected a value (an object, array, string, number, true, false or null), found \(found)")
        }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw error("expected a value (an object, array, string, number, true, false or null), found \(found)")
        }
    }

    private mutating func readLiteral(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let text = Array(word.utf8)
        guard bytes.count - offset >= text.count, Array(bytes[offset..<offset + text.count]) == text else {
            throw error("expected a value; '\(word.prefix(1))' starts only '\(word)'")
        }
        offset += text.count
        return value
    }

    private mutating func enter(_ depth: Int) throws(JSONParseError) {
        guard depth <= JSONValue.maximumDepth else {
            throw error("arrays and objects nest deeper than \(JSONValue.maximumDepth) levels")
        }
        offset += 1
        skipSpace()
    }

    private mutating func readArray(depth: Int) throws(JSONParseError) -> JSONValue {
        try enter(depth)
        var items: [JSONValue] = []
        if current == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            items.append(try readValue(depth: depth))
            skipSpace()
            switch current {
            case UInt8(ascii: ","):
                offset += 1
                skipSpace()
                if current == UInt8(ascii: "]") { throw error("expected a value after ','; JSON has no trailing commas") }
            case UInt8(ascii: "]"):
                offset += 1
                return .array(items)
            default: throw error("expected ',' or ']' after an array item, found \(found)")
            }
        }
    }

    private mutating func readObject(depth: Int) throws(JSONParseError) -> JSONValue {
        try enter(depth)
        var members: [(String, JSONValue)] = []
        var keys: Set<String> = []
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            guard current == UInt8(ascii: "\"") else {
                throw error(
                    members.isEmpty
                        ? "expected a key in double quotes or '}', found \(found)"
                        : "expected a key in double quotes after ',', found \(found); JSON has no trailing commas")
            }
            let keyStart = offset
            let key = try readString()
            guard keys.insert(key).inserted else { throw error("the key \"\(key)\" appears twice in one object", at: keyStart) }
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\", found \(found)") }
            offset += 1
            skipSpace()
            members.append((key, try readValue(depth: depth)))
            skipSpace()
            switch current {
            case UInt8(ascii: ","):
                offset += 1
                skipSpace()
            case UInt8(ascii: "}"):
                offset += 1
                return .object(members)
            default: throw error("expected ',' or '}' after the member \"\(key)\", found \(found)")
            }
        }
    }

    private mutating func readNumber() throws(JSONParseError) -> Double {
        let start = offset
        func digits(_ reader: inout JSONReader) -> Int {
            let first = reader.offset
            while let byte = reader.current, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { reader.offset += 1 }
            return reader.offset - first
        }
        if current == UInt8(ascii: "-") { offset += 1 }
        let integerStart = offset
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw error("expected a digit after '-', found \(found)") }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            throw error("a number may not start with 0 unless it is 0 (write it without leading zeros)", at: integerStart)
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard digits(&self) > 0 else { throw error("expected a digit after the decimal point, found \(found)") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard digits(&self) > 0 else { throw error("expected a digit in the exponent, found \(found)") }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw error("the number \(text) is beyond what a Double holds", at: start)
        }
        return value
    }

    private mutating func readString() throws(JSONParseError) -> String {
        offset += 1
        var scalars = String.UnicodeScalarView()
        while true {
            guard let byte = current else { throw error("expected '\"' to close the string, found the end of the document") }
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(try readEscape())
            case 0x00..<0x20:
                throw error("a control character (U+\(hex4(UInt32(byte)))) must be escaped in a string, e.g. as \\u\(hex4(UInt32(byte)))")
            case 0x00..<0x80:
                scalars.append(Unicode.Scalar(byte))
                offset += 1
            default:
                scalars.append(try readUTF8Scalar())
            }
        }
    }

    private func hex4(_ value: UInt32) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    private mutating func readEscape() throws(JSONParseError) -> Unicode.Scalar {
        let start = offset
        offset += 1
        guard let letter = current else { throw error("expected an escape after '\\', found the end of the document") }
        offset += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try readHexUnit()
            switch unit {
            case 0xD800..<0xDC00:
                guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw error("the high surrogate \\u\(hex4(unit)) must be followed by a low surrogate \\uDC00…\\uDFFF", at: start)
                }
                offset += 2
                let low = try readHexUnit()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw error("the high surrogate \\u\(hex4(unit)) must be followed by a low surrogate \\uDC00…\\uDFFF", at: start)
                }
                // Always a valid scalar: U+10000…U+10FFFF.
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            case 0xDC00..<0xE000:
                throw error("the low surrogate \\u\(hex4(unit)) has no high surrogate before it", at: start)
            default:
                return Unicode.Scalar(unit) ?? "\u{FFFD}"
            }
        default:
            offset -= 1
            throw error("expected an escape (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX) after '\\', found \(found)", at: start)
        }
    }

    private mutating func readHexUnit() throws(JSONParseError) -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw error("expected four hexadecimal digits after \\u, found \(found)")
            }
            unit = unit << 4 | UInt32(digit)
            offset += 1
        }
        return unit
    }

    /// One scalar of well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    private mutating func readUTF8Scalar() throws(JSONParseError) -> Unicode.Scalar {
        let lead = bytes[offset]
        let (length, minimum): (Int, UInt32)
        switch lead {
        case 0xC2...0xDF: (length, minimum) = (2, 0x80)
        case 0xE0...0xEF: (length, minimum) = (3, 0x800)
        case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
        default: throw error("the byte 0x\(String(lead, radix: 16, uppercase: true)) does not start a UTF-8 character")
        }
        guard offset + length <= bytes.count else { throw error("a UTF-8 character is cut short by the end of the document") }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for index in 1..<length {
            let next = bytes[offset + index]
            guard next & 0xC0 == 0x80 else {
                throw error("a UTF-8 character is cut short by byte 0x\(String(next, radix: 16, uppercase: true))")
            }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else {
            throw error("the bytes at this place are not well-formed UTF-8 (an overlong form or a surrogate)")
        }
        offset += length
        return scalar
    }
}
