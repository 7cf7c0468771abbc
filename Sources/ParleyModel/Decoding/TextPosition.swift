/// Where libyaml starts a new line, fed one byte at a time: LF, CR (CR LF counts once), NEL
/// (U+0085), and the line and paragraph separators U+2028 and U+2029.
struct LineBreaks {
    enum Step {
        /// This byte ended a line.
        case newLine
        /// This byte stays on the line; `startsCharacter` when it begins a new scalar.
        case sameLine(startsCharacter: Bool)
        /// This byte completes a break that was already counted, or continues a character.
        case none
    }
    private var afterCR = false
    private var pending: [UInt8] = []

    mutating func feed(_ byte: UInt8) -> Step {
        defer { afterCR = byte == 0x0D }
        if byte == 0x0A { return afterCR ? .none : .newLine }
        if byte == 0x0D { return .newLine }
        // Multi-byte sequences: NEL is C2 85; U+2028 and U+2029 are E2 80 A8/A9.
        if byte & 0xC0 == 0x80 {
            pending.append(byte)
            if pending == [0xC2, 0x85] || pending == [0xE2, 0x80, 0xA8] || pending == [0xE2, 0x80, 0xA9] {
                pending = []
                return .newLine
            }
            return .none
        }
        pending = byte >= 0xC0 ? [byte] : []
        return .sameLine(startsCharacter: true)
    }
}

/// A line and column (from 1; columns in Unicode scalars) moved along a UTF-8 text byte by byte,
/// lines ending where libyaml ends them.
struct TextPosition {
    private(set) var line = 1
    private(set) var column = 1
    private var breaks = LineBreaks()

    mutating func advance(over byte: UInt8) {
        switch breaks.feed(byte) {
        case .newLine:
            line += 1
            column = 1
        case .sameLine(let startsCharacter):
            if startsCharacter { column += 1 }
        case .none:
            break
        }
    }
}
