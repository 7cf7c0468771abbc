import ParleyJSON
import ParleyLayout
import ParleyModel
import ParleyScene

/// `parley diff-seating --json`: the seating analysis as a stable document.
public enum SeatingDiffJSON {
    /// One object per diff, in order, with the facts and the caption `SeatingChangeText` writes for them.
    public static func document(_ diffs: [SeatingDiff], meeting: Meeting) -> JSONValue {
        let text = SeatingChangeText(
            names: { meeting.party($0)?.name ?? $0 }, titles: { meeting.round($0)?.displayTitle ?? $0 },
            placements: SeatingChangeText.placements(in: meeting))
        return .array(diffs.map { object($0, text: text) })
    }

    private static func object(_ diff: SeatingDiff, text: SeatingChangeText) -> JSONValue {
        let seats: [JSONValue] = diff.seatChanges.map { change in
            .object([
                ("side", .string(change.side.rawValue)), ("position", .number(Double(change.position))),
                ("before", change.before.map { .string($0) } ?? .null),
                ("after", change.after.map { .string($0) } ?? .null),
            ])
        }
        return .object([
            ("from", .string(diff.from)), ("to", .string(diff.to)),
            ("mirrored", .bool(diff.isMirrored)), ("flagsMirrored", .bool(diff.flagsMirrored)),
            ("flagsChanged", .bool(diff.flagsChanged)),
            ("swappedSides", .array(diff.swappedParties.map { .string($0) })),
            ("parties", .array(diff.partyChanges.map(partyChange))),
            ("seats", .array(seats)),
            ("changes", .array(diff.changes.map(change))),
            // The sentence, composed from the facts above by the same function as the chart's caption.
            ("caption", .string(text.caption(diff))),
        ])
    }

    /// One fact of `SeatingDiff.changes`, named as the Swift case is, with its facts as fields.
    private static func change(_ change: SeatingChange) -> JSONValue {
        switch change {
        case .mirrored: .object([("change", .string("mirrored"))])
        case .unchanged: .object([("change", .string("unchanged"))])
        case .swappedSides(let parties): .object([("change", .string("swappedSides")), ("parties", .array(parties.map { .string($0) }))])
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
        case .flagsReordered: .object([("change", .string("flagsReordered"))])
        case .shapeChanged(let from, let to):
            .object([("change", .string("shapeChanged")), ("from", .string(from.rawValue)), ("to", .string(to.rawValue))])
        case .seatsChangedOccupant(let count): .object([("change", .string("seatsChangedOccupant")), ("count", .number(Double(count)))])
        }
    }

    private static func partyChange(_ change: SeatingDiff.PartyChange) -> JSONValue {
        switch change {
        case .moved(let party, let from, let to):
            .object([
                ("party", .string(party)), ("change", .string("moved")), ("from", .string(from.rawValue)), ("to", .string(to.rawValue)),
            ])
        case .stayed(let party, let side):
            .object([("party", .string(party)), ("change", .string("stayed")), ("side", .string(side.rawValue))])
        case .joined(let party, let side):
            .object([("party", .string(party)), ("change", .string("joined")), ("side", .string(side.rawValue))])
        case .left(let party, let side):
            .object([("party", .string(party)), ("change", .string("left")), ("side", .string(side.rawValue))])
        }
    }
}
