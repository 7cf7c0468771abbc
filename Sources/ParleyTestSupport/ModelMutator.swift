/// Breaks valid models the ways hand-typed files break, and the ways hostile ones do: cut
/// short, lines lost or doubled, indentation off, bytes flipped, values swapped for wrong
/// types, huge numbers, deep nesting, aliases, control characters, emoji and right-to-left
/// text. Seeded, so a failing case can be replayed from its seed.
public struct ModelMutator {
    public var generator: SeededGenerator

    public init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    /// Values dropped in where a scalar was.
    static let hostileValues = [
        "", "~", "null", "-1", "0", "1e309", "-1e309", "99999999999999999999999", ".nan", ".inf", "0x1F", "25:61", "2025-02-30",
        "24:00", "~13:35", "2025-06-02T14:43+03:00", "[]", "{}", "[a, [b, [c]]]", "&anchor [*anchor]", "*nowhere", "!!binary AAAA",
        "\"\\0\"", "\"\\t\\u202E\"", "\"🇺🇦🤝🇷🇺\"", "\"مفاوضات السلام في إسطنبول\"", "\"שלום\"", "\"e\\u0301\\u0301\\u0301\"",
        "\"\(String(repeating: "Ж", count: 10_000))\"", "\"\(String(repeating: "x", count: 10_001))\"", "u", "rectangle", "round",
        "mediator", "\"#GGG\"", "transparent", "Europe/Nowhere", "+99:00", "[ru, ru, ru, ru, ru, ru, ru, ru, ru, ru, ru, ru]",
        "{party: ru, count: 1000000}", "{party: ru, count: 500}", "{vertical: [red, white]}", "{image: ../../etc/passwd}",
    ]

    /// Texts for labels, titles and names: legal, but hard to lay out.
    static let hostileTexts = [
        "\"\"", "\"🇺🇦🤝🇷🇺 👩🏽‍💼 🕊️\"", "\"محادثات السلام في إسطنبول\"", "\"שלום עכשיו — peace now\"",
        "\"\\u202Eevil\\u202C text\"", "\"e\\u0301\\u0301\\u0301\\u0301\\u0301\\u0301\"", "\"\\t tab \\u200B zero\\u200Dwidth\"",
        "\"\(String(repeating: "Ж", count: 10_000))\"", "\"\(String(repeating: "word ", count: 1_999))end\"",
        "\"Çırağan Sarayı'nda açılış konuşması ve Умєров і Мединський\"", "\"\(String(repeating: "W", count: 300))\"",
    ]
    static let textKeys = ["label:", "title:", "name:", "venue:", "text:", "note:", "native:", "role:"]

    public mutating func mutate(_ text: String, times: Int) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<times { bytes = mutateOnce(bytes) }
        return bytes
    }

    private mutating func mutateOnce(_ bytes: [UInt8]) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return bytes }
        let line = Int.random(in: 0..<lines.count, using: &generator)
        switch Int.random(in: 0..<16, using: &generator) {
        case 0:  // cut short anywhere, even inside a UTF-8 sequence
            return Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &generator)))
        case 1:
            lines.remove(at: line)
        case 2:
            lines.insert(lines[line], at: line)
        case 3:
            let other = Int.random(in: 0..<lines.count, using: &generator)
            lines.swapAt(line, other)
        case 4:  // indentation off by one or two
            if Bool.random(using: &generator) {
                lines[line].insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: Int.random(in: 1...2, using: &generator)), at: 0)
            } else if lines[line].first == UInt8(ascii: " ") {
                lines[line].removeFirst()
            }
        case 5:  // a flipped byte
            guard !bytes.isEmpty else { return bytes }
            var flipped = bytes
            flipped[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
            return flipped
        case 6:  // deep nesting
            let depth = Int.random(in: 10...2000, using: &generator)
            lines.insert(Array(("title: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8), at: line)
        case 7...12:  // a text value swapped for one that is legal but hard to lay out
            let candidates = lines.indices.filter { index in
                let text = String(decoding: lines[index], as: UTF8.self)
                return Self.textKeys.contains { text.contains($0) }
            }
            guard let target = candidates.randomElement(using: &generator) else { return bytes }
            var text = String(decoding: lines[target], as: UTF8.self)
            guard let key = Self.textKeys.first(where: { text.contains($0) }), let range = text.range(of: key) else { return bytes }
            // Only plain block-style lines: a value inside a flow mapping would swallow its siblings.
            guard !text.contains("{") else { return bytes }
            text = String(text[..<range.upperBound]) + " " + (Self.hostileTexts.randomElement(using: &generator) ?? "")
            lines[target] = Array(text.utf8)
        default:  // a scalar value swapped for a hostile one
            let text = String(decoding: lines[line], as: UTF8.self)
            guard let colon = text.lastIndex(of: ":") else { return bytes }
            let value = Self.hostileValues.randomElement(using: &generator) ?? ""
            lines[line] = Array((String(text[...colon]) + " " + value).utf8)
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}
