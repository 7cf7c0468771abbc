extension WriteOptions {
    /// The longest id prefix: it is repeated in every id and reference of an SVG, thousands of
    /// times in a large chart, so it is kept short enough to cost no more than the ids themselves.
    public static let maxIDPrefixLength = 256

    /// What the id prefix may hold, for messages.
    public static let idPrefixRule =
        "an id prefix may hold ASCII letters, digits, '-', '_' and '.', must start with a letter or '_', and may be at most \(maxIDPrefixLength) characters"

    /// Why `prefix` cannot start SVG ids, or nil when it can. It is written into attributes and
    /// must make every id an XML name (an NCName: no ':' either), so it is held to a plain
    /// ASCII subset of one: letters, digits, `-`, `_`, `.`, starting with a letter or `_`.
    public static func idPrefixProblem(_ prefix: String) -> String? {
        guard !prefix.isEmpty else { return nil }
        if prefix.unicodeScalars.count > maxIDPrefixLength {
            return "the id prefix is \(prefix.unicodeScalars.count) characters long; \(idPrefixRule)"
        }
        if let first = prefix.unicodeScalars.first, !isIDStart(first) {
            return "the id prefix starts with '\(Self.shown(first))'; \(idPrefixRule)"
        }
        if let bad = prefix.unicodeScalars.first(where: { !isIDStart($0) && !("0"..."9").contains($0) && $0 != "-" && $0 != "." }) {
            return "the id prefix holds '\(Self.shown(bad))'; \(idPrefixRule)"
        }
        return nil
    }

    /// A valid id prefix made from any text (a path, a slug): other characters become `-`, and
    /// `_` goes in front when the text does not start with a letter. Text that is already valid
    /// comes back unchanged.
    public static func idPrefix(from text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(maxIDPrefixLength - 1) {
            let allowed = isIDStart(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
            out.append(allowed ? scalar : "-")
        }
        if let first = out.first, !isIDStart(first) { out.insert("_", at: out.startIndex) }
        return String(out)
    }

    private static func isIDStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    /// A character as it may be quoted in a one-line message: printable ones as they are.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII, scalar.value >= 0x21, scalar.value < 0x7F { return String(scalar) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
