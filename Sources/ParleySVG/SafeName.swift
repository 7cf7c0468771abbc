/// Scene ids and party ids made safe as XML ids and CSS class names: ASCII letters, digits,
/// `-`, `_` and `.` are kept; any other character becomes `_` + its hexadecimal code point + `_`
/// ("Türkiye" → `T_FC_rkiye`), so different names stay different classes. The id prefix, which
/// starts with a letter, always stands in front, so the name need not start with one.
enum SafeName {
    static func make(_ text: String) -> String {
        if text.utf8.allSatisfy(isKept) { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, isKept(UInt8(scalar.value)) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        return out
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E
    }
}
