import ParleyJSON
import ParleyLayout
import ParleyModel
import ParleyScene

/// `parley diff-seating --json`: the seating analysis as a stable, versioned document, every
/// party and person given by id and by name. The schema is docs/diff-seating-json.md.
public enum SeatingDiffJSON {
    /// The schema's version; it changes whenever a field changes meaning or goes away.
    public static let version = 2

    /// `{"version": 2, "comparisons": [...]}`: one object per diff, in order, with the facts
    /// and the sentences `SeatingChangeText` writes for them.
    public static func document(_ diffs: [SeatingDiff], meeting: Meeting) -> JSONValue {
        let text = SeatingChangeText(
            strings: .english, names: { meeting.party($0)?.name ?? $0 }, titles: { meeting.round($0)?.displayTitle ?? $0 },
            placements: SeatingChangeText.placements(in: meeting), people: { meeting.person($0)?.name ?? $0 })
        return .object([
            ("version", .number(Double(version))),
            ("comparisons", .array(diffs.map { object($0, meeting: meeting, text: text) })),
        ])
    }

    private static func object(_ diff: SeatingDiff, meeting: Meeting, text: SeatingChangeText) -> JSONValue {
        let party = { (id: String) in JSONValue.object([("id", .string(id)), ("name", .string(text.names(id)))]) }
        let seats: [JSONValue] = diff.seatChanges.map { change in
            .object([
                ("side", .string(change.side.rawValue)), ("position", .number(Double(change.position))),
                ("before", change.before.map { .string($0) } ?? .null),
                ("after", change.after.map { .string($0) } ?? .null),
            ])
        }
        let sizes: [JSONValue] = diff.delegationSizes.map { size in
            .object([
                ("party", party(size.party)), ("before", .number(Double(size.before))), ("after", .number(Double(size.after))),
                ("unnamedBefore", .number(Double(size.unnamedBefore))), ("unnamedAfter", .number(Double(size.unnamedAfter))),
            ])
        }
        let shape: JSONValue =
            diff.shapeChange.map { .object([("from", .string($0.from.rawValue)), ("to", .string($0.to.rawValue))]) } ?? .null
        return .object([
            ("from", .string(diff.from)), ("to", .string(diff.to)),
            ("fromTitle", .string(text.titles(diff.from))), ("toTitle", .string(text.titles(diff.to))),
            ("placementUnconfirmed", .bool(text.caveat(diff) != nil)),
            ("mirrored", .bool(diff.isMirrored)), ("rotation", diff.rotation.map { .number(Double($0)) } ?? .null),
            ("flagsMirrored", .bool(diff.flagsMirrored)), ("flagsChanged", .bool(diff.flagsChanged)),
            ("shapeChange", shape),
            ("swappedSides", .array(diff.swappedParties.map { .string($0) })),
            ("swappedPlaces", .array(diff.swappedPlaces.map { .array($0.map(party)) })),
            ("parties", .array(diff.partyChanges.map { partyChange($0, name: text.names) })),
            ("delegationSizes", .array(sizes)),
            ("people", .array(diff.personChanges.map { personChange($0, meeting: meeting, text: text) })),
            ("seats", .array(seats)),
            ("changes", .array(diff.changes.map(change))),
            // The sentences, composed from the facts above by the same functions as the chart's caption.
            ("caption", .string(text.caption(diff))),
            ("sentences", .array(text.sentences(for: diff).map { .string($0) })),
        ])
    }

    private static func place(_ place: SeatPlace) -> JSONValue {
        .object([("side", .string(place.side.rawValue)), ("position", .number(Double(place.position)))])
    }

    private static func personChange(_ change: PersonChange, meeting: Meeting, text: SeatingChangeText) -> JSONValue {
        let who = { (key: String) -> [(String, JSONValue)] in
            [
                ("person", .string(key)), ("name", .string(text.people(key))),
                ("isPersonInModel", .bool(meeting.person(key) != nil)),
            ]
        }
        let sentence: (String, JSONValue) = ("sentence", .string(text.personText(change)))
        switch change {
        case .moved(let person, let from, let to):
            return .object([("change", .string("moved"))] + who(person) + [("from", place(from)), ("to", place(to)), sentence])
        case .joined(let person, let at):
            return .object([("change", .string("joined"))] + who(person) + [("at", place(at)), sentence])
        case .left(let person, let from):
            return .object([("change", .string("left"))] + who(person) + [("from", place(from)), sentence])
        case .becameHead(let person, let party, let replacing):
            return .object(
                [("change", .string("becameHead"))] + who(person) + [
                    ("party", .string(party)), ("partyName", .string(text.names(party))),
                    ("replacing", replacing.map { .string($0) } ?? .null),
                    ("replacingName", replacing.map { .string(text.people($0)) } ?? .null), sentence,
                ])
        case .becameChair(let person, let replacing):
            return .object(
                [("change", .string("becameChair"))] + who(person) + [
                    ("replacing", replacing.map { .string($0) } ?? .null),
                    ("replacingName", replacing.map { .string(text.people($0)) } ?? .null), sentence,
                ])
        }
    }

    /// One fact of `SeatingDiff.changes`, named as the Swift case is, with its facts as fields.
    private static func change(_ change: SeatingChange) -> JSONValue {
        switch change {
        case .mirrored: .object([("change", .string("mirrored"))])
        case .rotated(let seats): .object([("change", .string("rotated")), ("seats", .number(Double(seats)))])
        case .unchanged: .object([("change", .string("unchanged"))])
        case .swappedSides(let parties): .object([("change", .string("swappedSides")), ("parties", .array(parties.map { .string($0) }))])
        case .swappedPlaces(let parties):
            .object([("change", .string("swappedPlaces")), ("parties", .array(parties.map { .string($0) }))])
        case .stays(let party, let side):
            .object([("change", .string("stays")), ("party", .string(party)), ("side", .string(side.rawValue))])
        case .moved(let party, let from, let to):
            .object([
                ("change", .string("moved")), ("party", .string(party)), ("from", .string(from.rawValue)), ("to", .string(to.rawValue)),
            ])
        case .joined(let party, let side):
            .object([("change", .string("joined")), ("party", .string(party)), ("side", .string(side.rawValue))])
        case .left(let party, let side):
            .object([("change", .string("left")), ("party", .string(party)), ("side", .string(side.rawValue))])
        case .grew(let party, let from, let to):
            .object([
                ("change", .string("grew")), ("party", .string(party)), ("from", .number(Double(from))), ("to", .number(Double(to))),
            ])
        case .shrank(let party, let from, let to):
            .object([
                ("change", .string("shrank")), ("party", .string(party)), ("from", .number(Double(from))), ("to", .number(Double(to))),
            ])
        case .flagsReordered: .object([("change", .string("flagsReordered"))])
        case .shapeChanged(let from, let to):
            .object([("change", .string("shapeChanged")), ("from", .string(from.rawValue)), ("to", .string(to.rawValue))])
        case .seatsChangedOccupant(let count): .object([("change", .string("seatsChangedOccupant")), ("count", .number(Double(count)))])
        }
    }

    private static func partyChange(_ change: SeatingDiff.PartyChange, name: (String) -> String) -> JSONValue {
        switch change {
        case .moved(let party, let from, let to):
            .object([
                ("party", .string(party)), ("name", .string(name(party))), ("change", .string("moved")),
                ("from", .string(from.rawValue)), ("to", .string(to.rawValue)),
            ])
        case .stayed(let party, let side):
            .object([
                ("party", .string(party)), ("name", .string(name(party))), ("change", .string("stayed")), ("side", .string(side.rawValue)),
            ])
        case .joined(let party, let side):
            .object([
                ("party", .string(party)), ("name", .string(name(party))), ("change", .string("joined")), ("side", .string(side.rawValue)),
            ])
        case .left(let party, let side):
            .object([
                ("party", .string(party)), ("name", .string(name(party))), ("change", .string("left")), ("side", .string(side.rawValue)),
            ])
        }
    }
}
