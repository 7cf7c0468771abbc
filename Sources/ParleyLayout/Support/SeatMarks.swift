import ParleyModel

/// What a later round's plan marks of its change from the round before: the seats whose
/// occupant changed (ringed), a moved person's earlier seat (a "from left 3" tag under the
/// label), and the parties that changed place (their band drawn thick and outlined, which
/// reads without colour).
struct SeatMarks {
    /// Seats of this table whose occupant is not the earlier one's.
    var changed: Set<SeatPlace> = []
    /// Short tags under a seat's label, by seat.
    var tags: [SeatPlace: String] = [:]
    /// Parties whose side changed.
    var movedParties: Set<String> = []

    /// No marks: a single round, or the first of a comparison.
    init() {}

    /// The marks of `diff`'s later table.
    init(_ diff: SeatingDiff, strings: Strings) {
        changed = diff.changedSeats
        // "from left 3", or "from seat 3" at a round table, whose seats have no side.
        let places = SeatingChangeText(strings: strings, names: { $0 })
        for change in diff.personChanges {
            guard case .moved(_, let from, let to) = change else { continue }
            tags[to] = strings.text(.seatMovedFromTag, [.place: places.placeText(from)])
        }
        for change in diff.partyChanges {
            if case .moved(let party, _, _) = change { movedParties.insert(party) }
        }
    }

    /// The tag of the seat at `position` (0-based) of `side`.
    func tag(_ side: Table.Side, _ position: Int) -> String? { tags[SeatPlace(side: side, position: position + 1)] }

    /// Whether the seat at `position` (0-based) of `side` changed occupant.
    func isChanged(_ side: Table.Side, _ position: Int) -> Bool { changed.contains(SeatPlace(side: side, position: position + 1)) }
}
