import ParleyJSON
import ParleyModel
import ParleyScene

/// `parley diff-seating --json`: the seating analysis as a stable document.
public enum SeatingDiffJSON {
    public static func document(_ diffs: [SeatingDiff], meeting: Meeting) -> JSONValue {
        .array(
            diffs.map { diff in
                .object([
                    ("from", .string(diff.from)), ("to", .string(diff.to)),
                    ("mirrored", .bool(diff.isMirrored)), ("flagsMirrored", .bool(diff.flagsMirrored)),
                    ("flagsChanged", .bool(diff.flagsChanged)),
                    ("swappedSides", .array(diff.swappedParties.map { .string($0) })),
                    ("parties", .array(diff.partyChanges.map(partyChange))),
                    (
                        "seats",
                        .array(
                            diff.seatChanges.map { change in
                                .object([
                                    ("side", .string(change.side.rawValue)), ("position", .number(Double(change.position))),
                                    ("before", change.before.map { .string($0) } ?? .null),
                                    ("after", change.after.map { .string($0) } ?? .null),
                                ])
                            })
                    ),
                    (
                        "caption",
                        .string(diff.caption(names: { meeting.party($0)?.name ?? $0 }, titles: { meeting.round($0)?.displayTitle ?? $0 }))
                    ),
                ])
            })
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
