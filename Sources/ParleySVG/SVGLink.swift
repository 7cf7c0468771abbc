import ParleyScene

/// The `href` a group's link may become: an `http`/`https` URL through `WebLink`, or a
/// `mailto:` address percent-encoded the same way; anything else (`javascript:`, `data:`,
/// a relative path) is dropped, so a model cannot put script in a chart.
enum SVGLink {
    static func href(for text: String) -> String? {
        if let link = WebLink(text) { return link.href }
        guard text.lowercased().hasPrefix("mailto:") else { return nil }
        let address = text.utf8.dropFirst("mailto:".count)
        guard address.contains(UInt8(ascii: "@")) else { return nil }
        var href = "mailto:"
        for byte in address {
            if isKept(byte) {
                href.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                href.unicodeScalars.append("%")
                href.unicodeScalars.append(digits[Int(byte >> 4)])
                href.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return href
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
            || Array("-._~@+?=&,".utf8).contains(byte)
    }
}
