import Foundation

/// A zone's rules for every instant: tzdata's transition table and footer, a fixed offset, or
/// (for a name Foundation knows but tzdata has no file for) Foundation's zone.
final class ZoneRules: Sendable {
    enum Source: Sendable {
        case tzif(TZifData, footer: PosixTZRule?)
        case fixed(LocalTimeType)
        case foundation(TimeZone)
    }
    let source: Source
    /// The abbreviations this zone's own types use, each with the offsets it goes with; made
    /// once, as charts ask for a label at every tick.
    let ownAbbreviations: [String: Set<Int>]

    init(_ source: Source) {
        self.source = source
        ownAbbreviations = ZoneRules.abbreviations(of: source)
    }

    /// Rules from TZif bytes, or nil when they are not a well-formed TZif file.
    convenience init?(tzif bytes: [UInt8]) {
        guard let data = TZifReader.parse(bytes) else { return nil }
        self.init(.tzif(data, footer: data.footer.flatMap { PosixTZRule($0) }))
    }

    /// The local time type in force at an instant (seconds since 1970 UTC).
    func type(at instant: Int) -> LocalTimeType {
        switch source {
        case .fixed(let type): return type
        case .foundation(let zone):
            let date = Date(timeIntervalSince1970: TimeInterval(instant))
            return LocalTimeType(
                offset: zone.secondsFromGMT(for: date), isDaylightSaving: zone.isDaylightSavingTime(for: date),
                abbreviation: zone.abbreviation(for: date) ?? "")
        case .tzif(let data, let footer):
            guard let last = data.transitions.last, instant > last else {
                // Before the first transition type 0 holds (RFC 8536); a file without
                // transitions is described by its footer, where it has one.
                if data.transitions.isEmpty, let footer { return footer.type(at: instant) }
                return data.types[index(in: data, at: instant).map { data.typeIndices[$0] } ?? 0]
            }
            return footer?.type(at: instant) ?? data.types[data.typeIndices[data.typeIndices.count - 1]]
        }
    }

    /// The last transition at or before `instant`, by binary search.
    private func index(in data: TZifData, at instant: Int) -> Int? {
        var low = 0, high = data.transitions.count
        while low < high {
            let middle = (low + high) / 2
            if data.transitions[middle] <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    func offset(at instant: Int) -> Int { type(at: instant).offset }

    /// The changes of offset after `range.lowerBound` up to and including `range.upperBound`.
    func transitions(in range: ClosedRange<Int>) -> [(instant: Int, before: LocalTimeType, after: LocalTimeType)] {
        var candidates: [Int] = []
        switch source {
        case .fixed: return []
        case .foundation(let zone):
            var cursor = Date(timeIntervalSince1970: TimeInterval(range.lowerBound))
            while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 <= Double(range.upperBound),
                candidates.count < 10_000
            {
                candidates.append(Int(next.timeIntervalSince1970.rounded(.up)))
                cursor = next
            }
        case .tzif(let data, let footer):
            let first = (index(in: data, at: range.lowerBound) ?? -1) + 1
            var position = first
            while position < data.transitions.count, data.transitions[position] <= range.upperBound {
                candidates.append(data.transitions[position])
                position += 1
            }
            let tableEnd = data.transitions.last ?? Int.min
            if let footer, range.upperBound > tableEnd {
                let from = PosixTZRule.year(of: max(range.lowerBound, tableEnd == Int.min ? range.lowerBound : tableEnd))
                let to = PosixTZRule.year(of: range.upperBound)
                // A range of centuries is cut short rather than made into a million entries.
                let years = from...min(to, from + 1000)
                candidates += footer.transitions(in: years).map(\.instant).filter {
                    $0 > tableEnd && $0 > range.lowerBound && $0 <= range.upperBound
                }
            }
        }
        var found: [(instant: Int, before: LocalTimeType, after: LocalTimeType)] = []
        for instant in Set(candidates).sorted() where instant > range.lowerBound {
            let before = type(at: instant - 1), after = type(at: instant)
            if before.offset != after.offset { found.append((instant, before, after)) }
        }
        return found
    }

    /// What a wall-clock time (seconds since 1970, local) is in this zone: one instant, two
    /// (clocks went back), or none (clocks jumped over it).
    func resolve(local: Int) -> LocalTimeResolution {
        // Offsets lie within ±26 h: every type that could hold at `local` is in force somewhere
        // in this window of instants.
        let window = (local - 93600)...(local + 93600)
        let changes = transitions(in: window)
        var offsets = [type(at: window.lowerBound).offset]
        offsets += changes.map(\.after.offset)
        let instants = Set(offsets).map { local - $0 }.filter { offset(at: $0) == local - $0 }.sorted()
        if let first = instants.first, let last = instants.last {
            guard first != last else { return .unique(instant: first, type: type(at: first)) }
            return .ambiguous(first: first, firstType: type(at: first), second: last, secondType: type(at: last))
        }
        for change in changes where change.after.offset > change.before.offset {
            if change.instant + change.before.offset <= local, local < change.instant + change.after.offset {
                return .nonexistent(transition: change.instant, before: change.before, after: change.after)
            }
        }
        // Not reached for consistent rules; the offset in force a day before is a safe reading.
        let fallback = local - offsets[0]
        return .unique(instant: fallback, type: type(at: fallback))
    }

    private static func abbreviations(of source: Source) -> [String: Set<Int>] {
        var table: [String: Set<Int>] = [:]
        switch source {
        case .fixed(let type): table[type.abbreviation, default: []].insert(type.offset)
        case .foundation: break
        case .tzif(let data, let footer):
            var types = data.types
            if let footer { types += [footer.standard] + (footer.daylightSaving.map { [$0.type] } ?? []) }
            for type in types { table[type.abbreviation, default: []].insert(type.offset) }
        }
        return table
    }
}

/// A wall-clock time read in a zone.
enum LocalTimeResolution: Sendable, Hashable {
    /// It happened once, at this instant.
    case unique(instant: Int, type: LocalTimeType)
    /// Clocks went back over it: it happened twice, first at `first`.
    case ambiguous(first: Int, firstType: LocalTimeType, second: Int, secondType: LocalTimeType)
    /// Clocks jumped over it at `transition`, from `before` to `after`.
    case nonexistent(transition: Int, before: LocalTimeType, after: LocalTimeType)

    /// The instant Parley takes: the only one, the first of two, or (for a time that did not
    /// exist) the one the offset before the jump gives, as Python's `fold=0` does.
    func instant(local: Int) -> Int {
        switch self {
        case .unique(let instant, _): instant
        case .ambiguous(let first, _, _, _): first
        case .nonexistent(_, let before, _): local - before.offset
        }
    }
}
