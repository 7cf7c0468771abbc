import ParleyModel

extension SeatingChangeText {
    /// Every sentence of a comparison, every person named (see `sentences(for:peopleShown:)`).
    public func sentences(for diff: SeatingDiff) -> [String] { sentences(for: diff, peopleShown: .max) }

    /// Every sentence of a comparison, ranked by what matters: the caption (the mirror or
    /// rotation, the parties' places, flags and shape), then delegations that grew or shrank
    /// ("Coastal delegation grew from 3 to 9 (+6 unnamed seats)."), then people: new heads and
    /// chairs, then who moved, joined or left. Unnamed seats are counted, never listed. Past
    /// `peopleShown` people the rest are counted in one sentence (a chart's caption stays
    /// readable when 1,500 people change seats; `parley diff-seating` lists them all).
    public func sentences(for diff: SeatingDiff, peopleShown: Int) -> [String] {
        var result = [caption(diff)]
        let sizes = Dictionary(diff.delegationSizes.map { ($0.party, $0) }) { first, _ in first }
        for change in diff.changes {
            let clause: String
            switch change {
            case .grew(let party, let from, let to):
                clause = strings.text(.changeGrew, [.party: names(party), .from: String(from), .to: String(to)])
            case .shrank(let party, let from, let to):
                clause = strings.text(.changeShrank, [.party: names(party), .from: String(from), .to: String(to)])
            case .mirrored, .rotated, .unchanged, .swappedSides, .swappedPlaces, .stays, .moved, .joined, .left, .flagsReordered,
                .shapeChanged, .seatsChangedOccupant:
                continue
            }
            let unnamed = sizes[change.party ?? ""].flatMap(unnamedText)
            result.append(sentence(unnamed.map { strings.text(.changeWithUnnamed, [.text: clause, .value: $0]) } ?? clause))
        }
        let roles = diff.personChanges.filter(\.isRoleChange), places = diff.personChanges.filter { !$0.isRoleChange }
        let people = roles + places
        result += people.prefix(max(peopleShown, 0)).map { sentence(personText($0)) }
        if people.count > peopleShown {
            result.append(strings.text(.morePeopleChanged, count: people.count - max(peopleShown, 0)))
        }
        return result
    }

    /// `parley diff-seating`'s detail under the sentences: each delegation whose size changed
    /// ("Coastal: 3 → 9 seats (+6 unnamed seats)"), each new head or chair, then each person
    /// who moved, joined or left, with their party ("Petrov (Northern): left 2 → right 1").
    public func details(for diff: SeatingDiff, partyOf: (String) -> String? = { _ in nil }) -> [String] {
        var lines: [String] = diff.delegationSizes.map { size in
            let line = strings.text(
                .detailDelegationSize, count: size.after, [.party: names(size.party), .from: String(size.before), .to: String(size.after)])
            return unnamedText(size).map { strings.text(.changeWithUnnamed, [.text: line, .value: $0]) } ?? line
        }
        for change in diff.personChanges {
            switch change {
            case .moved(let person, let from, let to):
                lines.append(
                    strings.text(
                        .detailPersonMoved,
                        [.person: people(person), .party: party(of: person, partyOf), .from: placeText(from), .to: placeText(to)]))
            case .joined(let person, let at):
                lines.append(
                    strings.text(.detailPersonJoined, [.person: people(person), .party: party(of: person, partyOf), .place: placeText(at)]))
            case .left(let person, let from):
                lines.append(
                    strings.text(.detailPersonLeft, [.person: people(person), .party: party(of: person, partyOf), .place: placeText(from)]))
            case .becameHead, .becameChair: lines.append(personText(change))
            }
        }
        return lines
    }

    private func party(of person: String, _ partyOf: (String) -> String?) -> String {
        partyOf(person).map(names) ?? "—"
    }

    /// "+6 unnamed seats" for a delegation whose unnamed seats grew by six; nil when they did not change.
    public func unnamedText(_ size: DelegationSize) -> String? {
        let delta = size.unnamedAfter - size.unnamedBefore
        guard delta != 0 else { return nil }
        return strings.text(delta > 0 ? .unnamedSeatsGained : .unnamedSeatsLost, count: abs(delta))
    }

    /// What happened to one person, as a clause: "Petrov moved from left 2 to right 1".
    public func personText(_ change: PersonChange) -> String {
        switch change {
        case .moved(let person, let from, let to):
            strings.text(.personMoved, [.person: people(person), .from: placeText(from), .to: placeText(to)])
        case .joined(let person, let at): strings.text(.personJoined, [.person: people(person), .place: placeText(at)])
        case .left(let person, let from): strings.text(.personLeft, [.person: people(person), .place: placeText(from)])
        case .becameHead(let person, let party, let replacing?):
            strings.text(.personReplacedHead, [.person: people(person), .replaced: people(replacing), .party: names(party)])
        case .becameHead(let person, let party, nil): strings.text(.personNewHead, [.person: people(person), .party: names(party)])
        case .becameChair(let person, let replacing?):
            strings.text(.personReplacedChair, [.person: people(person), .replaced: people(replacing)])
        case .becameChair(let person, nil): strings.text(.personNewChair, [.person: people(person)])
        }
    }

    /// "left 2", or "seat 3" at a round table.
    public func placeText(_ place: SeatPlace) -> String {
        place.side == .seats
            ? strings.text(.seatPlaceRound, [.number: String(place.position)])
            : strings.text(.seatPlace, [.side: strings.name(of: place.side), .number: String(place.position)])
    }

    private func sentence(_ clause: String) -> String {
        // By the language's own casing: a Turkish clause starting with "i" starts with "İ".
        strings.text(.changeSentence, [.head: strings.sentenceCase(clause)])
    }
}

extension PersonChange {
    /// A new head or chair, which a comparison says before who moved.
    var isRoleChange: Bool {
        switch self {
        case .becameHead, .becameChair: true
        case .moved, .joined, .left: false
        }
    }
}

extension SeatingChange {
    /// The party a delegation's change is about.
    var party: String? {
        switch self {
        case .grew(let party, _, _), .shrank(let party, _, _), .stays(let party, _), .moved(let party, _, _), .joined(let party, _),
            .left(let party, _):
            party
        case .mirrored, .rotated, .unchanged, .swappedSides, .swappedPlaces, .flagsReordered, .shapeChanged, .seatsChangedOccupant: nil
        }
    }
}
