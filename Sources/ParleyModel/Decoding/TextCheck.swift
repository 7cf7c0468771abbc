/// What a text holds that no output can carry, and how long it is, found in one pass.
///
/// Refused: every control character but tab and newline (C0, DEL and C1, so no text can move a
/// terminal's cursor or set its title), and the noncharacters (U+FDD0–U+FDEF and the last two
/// code points of every plane, among them U+FFFE and U+FFFF, which XML 1.0 forbids). Swift
/// strings cannot hold lone surrogates, so those never get this far.
struct TextCheck: Sendable {
    /// Length in Unicode scalars.
    var length: Int
    /// The first refused character and its position (counting from 1, in scalars).
    var forbidden: (scalar: Unicode.Scalar, position: Int)?

    init(_ text: String) {
        var length = 0
        var forbidden: (Unicode.Scalar, Int)?
        for scalar in text.unicodeScalars {
            length += 1
            if forbidden == nil, TextCheck.isForbidden(scalar) { forbidden = (scalar, length) }
        }
        self.length = length
        self.forbidden = forbidden
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }

    /// "U+001B (a control character)" — how a message names a refused character.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let kind: String
        switch scalar.value {
        case 0x0D: kind = "a carriage return"
        case 0x00...0x1F, 0x7F: kind = "a control character"
        case 0x80...0x9F: kind = "a C1 control character"
        default: kind = "a noncharacter"
        }
        return "\(code) (\(kind))"
    }
}
