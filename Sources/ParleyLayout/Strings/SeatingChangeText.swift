import ParleyModel

/// The one place where a seating change becomes words: the caption of the comparison chart,
/// its description, `parley diff-seating` and its JSON all read `caption`, and the badges over
/// the panels `badge`, so they cannot disagree.
public struct SeatingChangeText {
    /// The language the sentences are in.
    public var strings: Strings
    /// A party's name from its id.
    public var names: (String) -> String
    /// A round's title from its id.
    public var titles: (String) -> String

    /// Makes a sentence-maker in English by default, naming rounds by their ids unless `titles` says otherwise.
    public init(
        strings: Strings = .english, names: @escaping (String) -> String,
        titles: @escaping (String) -> String = { $0 }
    ) {
        self.strings = strings
        self.names = names
        self.titles = titles
    }

    /// "Round 2 mirrors Round 1: Russia and Ukraine swapped sides; Turkey stays at the head."
    public func caption(_ diff: SeatingDiff) -> String {
        let rounds: [Placeholder: String] = [.to: titles(diff.to), .from: titles(diff.from)]
        var head = StringKey.changeChanges
        var clauses: [String] = []
        for change in diff.changes {
            switch change {
            case .mirrored: head = .changeMirrors
            case .unchanged: head = .changeKeeps
            case .swappedSides(let parties):
                clauses.append(strings.text(.changeSwappedSides, [.parties: strings.list(parties.map(names))]))
            case .stays(let party, let side):
                clauses.append(strings.text(side == .head ? .changeStaysAtHead : .changeStaysAtFarSide, [.party: names(party)]))
            case .moved(let party, let from, let to):
                clauses.append(
                    strings.text(.changeMoved, [.party: names(party), .from: strings.name(of: from), .to: strings.name(of: to)]))
            case .joined(let party, let side):
                clauses.append(strings.text(.changeJoined, [.party: names(party), .side: strings.name(of: side)]))
            case .left(let party, _): clauses.append(strings.text(.changeLeft, [.party: names(party)]))
            case .flagsReordered: clauses.append(strings.text(.changeFlagsReordered))
            case .shapeChanged(let from, let to):
                clauses.append(strings.text(.changeShape, [.from: strings.name(of: from), .to: strings.name(of: to)]))
            case .seatsChangedOccupant(let count): clauses.append(strings.text(.changeSeatsChangedOccupant, count: count))
            }
        }
        let headText = strings.text(head, rounds)
        guard !clauses.isEmpty else { return strings.text(.changeSentence, [.head: headText]) }
        return strings.text(
            .changeSentenceWithClauses, [.head: headText, .clauses: clauses.joined(separator: strings.text(.changeClauseSeparator))])
    }

    /// How the later round of `diff` relates to the earlier, as a badge says it.
    public enum Badge: Sendable, Hashable {
        /// The later round mirrors the earlier, is the same as it, or changed from it.
        case mirrors, sameAs, changedFrom
    }

    /// Chosen from the facts: "mirrors" for a mirrored order, "same as" when nothing changed,
    /// "changed from" otherwise. Never from the caption's words, which a round's title can
    /// contain (a round called "keeps" is not unchanged for it).
    public static func badge(_ diff: SeatingDiff) -> Badge {
        for change in diff.changes {
            switch change {
            case .mirrored: return .mirrors
            case .unchanged: return .sameAs
            case .swappedSides, .stays, .moved, .joined, .left, .flagsReordered, .shapeChanged, .seatsChangedOccupant: continue
            }
        }
        return .changedFrom
    }

    /// "mirrors Round 1", "same as Round 1", "changed from Round 1".
    public func badgeText(_ diff: SeatingDiff) -> String {
        let from: [Placeholder: String] = [.from: titles(diff.from)]
        switch Self.badge(diff) {
        case .mirrors: return strings.text(.badgeMirrors, from)
        case .sameAs: return strings.text(.badgeSame, from)
        case .changedFrom: return strings.text(.badgeChanged, from)
        }
    }
}
