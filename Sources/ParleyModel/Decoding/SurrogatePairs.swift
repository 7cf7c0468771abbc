/// JSON writes a character outside the Basic Multilingual Plane as two escapes, a UTF-16
/// surrogate pair (`"\uD83D\uDE00"` for 😀); YAML has `\U0001F600` for it and libyaml refuses
/// each half. This rewrites such pairs inside double-quoted strings before libyaml reads the
/// text, and maps libyaml's locations back to the columns of the text as written.
///
/// Only a text in flow style (it starts with `{` or `[`, as every JSON file does) is rewritten:
/// there every `"` after `:`, `,`, `[`, `{` or a line start opens a double-quoted string, while
/// in block style a quote can stand inside a plain or block scalar, whose text must stay as
/// written. Single-quoted strings (with `''` inside) and comments are skipped. Lines are
/// counted as libyaml counts them (LF, CR, CR LF, NEL, U+2028, U+2029). A lone surrogate stays
/// as it is, for libyaml to refuse.
struct SurrogatePairs {
    private(set) var bytes: [UInt8]
    /// For each line (from 1) that had pairs rewritten: the columns in the rewritten text at
    /// which a rewrite ended; each rewrite made the line two columns shorter.
    private var rewrites: [Int: [Int]] = [:]

    init(combining input: [UInt8]) {
        bytes = input
        // Nearly every model has no surrogate escape at all: leave those untouched.
        guard SurrogatePairs.mayContainPair(input), SurrogatePairs.isFlowStyle(input) else { return }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var state = State.plain
        var lastSignificant: UInt8? = nil
        var index = 0
        var position = TextPosition()
        func emit(_ byte: UInt8) {
            output.append(byte)
            position.advance(over: byte)
        }
        while index < input.count {
            let byte = input[index]
            switch state {
            case .comment:
                if byte == 0x0A { state = .plain }
            case .single:
                if byte == UInt8(ascii: "'") {
                    // `''` is a quote inside the string, not its end.
                    if index + 1 < input.count, input[index + 1] == UInt8(ascii: "'") {
                        emit(byte)
                        emit(input[index + 1])
                        index += 2
                        continue
                    }
                    state = .plain
                }
            case .double:
                if byte == UInt8(ascii: "\"") {
                    state = .plain
                } else if byte == UInt8(ascii: "\\"), index + 1 < input.count {
                    if let scalar = SurrogatePairs.pair(in: input, at: index) {
                        for escaped in Array("\\U\(SurrogatePairs.hex8(scalar))".utf8) { emit(escaped) }
                        rewrites[position.line, default: []].append(position.column)
                        index += 12
                        continue
                    }
                    emit(byte)
                    index += 1
                    emit(input[index])
                    index += 1
                    continue
                }
            case .plain:
                if byte == UInt8(ascii: "#"), lastSignificant == nil || output.last == 0x20 || output.last == 0x09 {
                    state = .comment
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"), SurrogatePairs.opensString(after: lastSignificant) {
                    state = byte == UInt8(ascii: "\"") ? .double : .single
                }
            }
            if byte == 0x0A {
                lastSignificant = nil
            } else if byte != 0x20, byte != 0x09 {
                lastSignificant = byte
            }
            emit(byte)
            index += 1
        }
        bytes = output
    }

    /// The location in the text as written of `mark`, a location in the rewritten text.
    func original(_ mark: Node.Mark) -> Node.Mark {
        guard let ends = rewrites[mark.line] else { return mark }
        let before = ends.filter { $0 <= mark.column }.count
        return Node.Mark(line: mark.line, column: mark.column + 2 * before)
    }

    private enum State { case plain, double, single, comment }

    private static func opensString(after previous: UInt8?) -> Bool {
        guard let previous else { return true }
        return [":", "-", "?", ",", "[", "{"].contains(Character(Unicode.Scalar(previous)))
    }

    /// The first byte that is not white space or a comment line is `{` or `[`.
    private static func isFlowStyle(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            case UInt8(ascii: "#"): while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    private static func mayContainPair(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] | 0x20 == UInt8(ascii: "d") {
                return true
            }
            index += 1
        }
        return false
    }

    /// The scalar of `\uD8xx\uDCxx` starting at `index`, if a valid pair stands there.
    private static func pair(in bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 12 <= bytes.count, bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 6] == UInt8(ascii: "\\"),
            bytes[index + 7] == UInt8(ascii: "u"), let high = hex4(bytes, index + 2), let low = hex4(bytes, index + 8),
            (0xD800...0xDBFF).contains(high), (0xDC00...0xDFFF).contains(low)
        else { return nil }
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }

    private static func hex4(_ bytes: [UInt8], _ start: Int) -> UInt32? {
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    private static func hex8(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
