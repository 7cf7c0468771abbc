/// What a model says of the offset its author meant, apart from the zone's name: the facts a
/// suggestion for a misspelt zone must keep (a suggestion that shifts every time by an hour
/// is worse than none).
struct ZoneIntent {
    /// The day the offsets are compared on: the round's date, or the first round's.
    var date: LocalDate?
    /// Offsets the author meant, from a stated `timezoneLabel` ("CEST", "UTC+03:00") and from
    /// times written with an offset; nil when the model says nothing of them.
    var offsets: Set<Int>?

    /// Nodes looked at, at most: the scan is a courtesy for one error message.
    static let maxNodes = 2000

    /// The intent a round's node shows (its date, times with offsets) with a stated label.
    init(label: String?, rounds: [Node]) {
        var offsets: Set<Int> = []
        if let label {
            if let written = ZoneSpec.writtenOffset(label) {
                offsets.insert(written)
            } else if let known = ZoneRulesCache.abbreviationOffsets[label] {
                offsets.formUnion(known)
            }
        }
        var budget = ZoneIntent.maxNodes
        for round in rounds {
            if date == nil { date = ZoneIntent.date(of: round) }
            ZoneIntent.collectOffsets(round, into: &offsets, budget: &budget)
        }
        self.offsets = offsets.isEmpty ? nil : offsets
    }

    private static func date(of round: Node) -> LocalDate? {
        guard case .mapping(let mapping) = round else { return nil }
        for (key, value) in mapping where key.scalar?.string == "date" { return value.scalar.flatMap { TimeParsing.date($0.string) } }
        return nil
    }

    /// Offsets of ISO 8601 times with an offset anywhere in the round (`2025-06-02T14:43+03:00`).
    private static func collectOffsets(_ node: Node, into offsets: inout Set<Int>, budget: inout Int) {
        guard budget > 0 else { return }
        budget -= 1
        switch node {
        case .scalar(let scalar):
            if let offset = explicitOffset(scalar.string) { offsets.insert(offset) }
        case .mapping(let mapping):
            for (_, value) in mapping { collectOffsets(value, into: &offsets, budget: &budget) }
        case .sequence(let sequence):
            for item in sequence { collectOffsets(item, into: &offsets, budget: &budget) }
        }
    }

    static func explicitOffset(_ raw: String) -> Int? {
        var text = Substring(raw)
        while let first = text.first, first == " " || first == "~" || first == "≈" { text = text.dropFirst() }
        guard text.count > 16, text.count < 40, TimeParsing.date(String(text.prefix(10))) != nil else { return nil }
        let rest = text.dropFirst(11)
        guard let start = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) else { return nil }
        return TimeParsing.offsetSeconds(String(rest[start...]))
    }
}
