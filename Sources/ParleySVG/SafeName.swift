/// Scene ids and party ids made safe as XML ids and CSS class names: ASCII letters, digits,
/// `-`, `_` and `.` are kept, anything else becomes `_`. The id prefix, which starts with a
/// letter, always stands in front, so the name need not start with one.
enum SafeName {
    static func make(_ text: String) -> String {
        var plain = true
        for byte in text.utf8 where !isKept(byte) {
            plain = false
            break
        }
        if plain { return text }
        return String(decoding: text.utf8.map { isKept($0) ? $0 : UInt8(ascii: "_") }, as: UTF8.self)
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E
    }
}
