import ParleyModel

/// The one place where a seating change becomes words: the caption of the comparison chart,
/// its description, `parley diff-seating` and its JSON all read `caption`, and the badges over
/// the panels `badge`, so they cannot disagree.
public struct SeatingChangeText {
    /// The language the sentences are in.
    public var strings: Strings
    /// A party's name from its id.
    public var names: (String) -> String
    /// A person's name, in the chart's names language, from the id or name a seat gives.
    public var people: (String) -> String
    /// A round's title from its id.
    public var titles: (String) -> String
    /// The caveat on a round's placement from its id: `nil` when the model does not say it is
    /// unconfirmed. Every sentence and badge built on that placement carries it.
    public var placements: (String) -> PlacementCaveat?

    /// Makes a sentence-maker in the words of `strings`, naming rounds by their ids unless `titles`
    /// says otherwise, with no caveats unless `placements` gives them (see `placements(in:)`).
    public init(
        strings: Strings, names: @escaping (String) -> String,
        titles: @escaping (String) -> String = { $0 }, placements: @escaping (String) -> PlacementCaveat? = { _ in nil },
        people: @escaping (String) -> String = { $0 }
    ) {
        self.strings = strings
        self.names = names
        self.people = people
        self.titles = titles
        self.placements = placements
    }

    /// What a comparison says when the placement it compares is not confirmed (the table's
    /// `status` is uncertain, conflicting or unknown), with the number of the note that says so.
    public struct PlacementCaveat: Sendable, Hashable {
        /// The note to see, when the text that carries the caveat has numbered notes.
        public var note: Int?
        /// Makes a caveat pointing at `note`, or at none.
        public init(note: Int? = nil) { self.note = note }
    }

    /// The caveats of `meeting`'s tables by round id: one for each table whose provenance says
    /// it is not confirmed, pointing at the note `note(roundID)` numbers, if any.
    public static func placements(in meeting: Meeting, note: @escaping (String) -> Int? = { _ in nil }) -> (String) -> PlacementCaveat? {
        let unconfirmed = Set(meeting.rounds.filter { $0.table?.provenance.isUnconfirmed ?? false }.map(\.id))
        return { id in unconfirmed.contains(id) ? PlacementCaveat(note: note(id)) : nil }
    }

    /// The caveat of a comparison: the earlier round's, else the later's.
    public func caveat(_ diff: SeatingDiff) -> PlacementCaveat? { placements(diff.from) ?? placements(diff.to) }

    private func caveatText(_ caveat: PlacementCaveat) -> String {
        caveat.note.map { strings.text(.changeCaveatWithNote, [.number: String($0)]) } ?? strings.text(.changeCaveat)
    }

    /// "Round 2 mirrors Round 1: Russia and Ukraine swapped sides; Turkey stays at the head."
    /// The first of `sentences(for:)`: the table's change and the parties' places; sizes and
    /// people follow in sentences of their own.
    public func caption(_ diff: SeatingDiff) -> String {
        var rounds: [Placeholder: String] = [.to: titles(diff.to), .from: titles(diff.from)]
        var head = StringKey.changeChanges
        var clauses: [String] = []
        for change in diff.changes {
            switch change {
            case .mirrored: head = .changeMirrors
            case .rotated(let seats):
                head = .changeRotates
                rounds[.count] = String(seats)
            case .unchanged: head = .changeKeeps
            case .swappedPlaces(let parties):
                clauses.append(strings.text(.changeSwappedPlaces, [.parties: strings.list(parties.map(names))]))
            // A delegation's size is a sentence of its own, after the caption (`sentences(for:)`).
            case .grew, .shrank: break
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
        var headText = strings.text(head, count: Int(rounds[.count] ?? "") ?? 0, rounds)
        if let caveat = caveat(diff) { headText = strings.text(.changeHeadWithCaveat, [.head: headText, .text: caveatText(caveat)]) }
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
            case .rotated, .swappedSides, .swappedPlaces, .stays, .moved, .joined, .left, .grew, .shrank, .flagsReordered, .shapeChanged,
                .seatsChangedOccupant:
                continue
            }
        }
        return .changedFrom
    }

    /// "mirrors Round 1", "same as Round 1", "changed from Round 1".
    public func badgeText(_ diff: SeatingDiff) -> String {
        let from: [Placeholder: String] = [.from: titles(diff.from)]
        let text: String
        switch Self.badge(diff) {
        case .mirrors: text = strings.text(.badgeMirrors, from)
        case .sameAs: text = strings.text(.badgeSame, from)
        case .changedFrom: text = strings.text(.badgeChanged, from)
        }
        return caveat(diff) == nil ? text : strings.text(.badgeWithCaveat, [.text: text])
    }
}
