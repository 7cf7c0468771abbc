/// One seat of a round's table: its side, and its 1-based position in that side's model order.
public struct SeatPlace: Sendable, Hashable, Comparable {
    /// The side of the table.
    public var side: Table.Side
    /// 1-based, in the side's own order.
    public var position: Int

    /// Makes a place.
    public init(side: Table.Side, position: Int) { self.side = side; self.position = position }

    /// By side in `Table.Side`'s order, then by position.
    public static func < (a: SeatPlace, b: SeatPlace) -> Bool {
        let order = Table.Side.allCases
        let (sa, sb) = (order.firstIndex(of: a.side) ?? 0, order.firstIndex(of: b.side) ?? 0)
        return (sa, a.position) < (sb, b.position)
    }
}

/// What happened to one named person between two rounds. Unnamed seats are no people: they
/// count in `DelegationSize`.
public enum PersonChange: Sendable, Hashable {
    /// Sat at `from` before and at `to` now.
    case moved(person: String, from: SeatPlace, to: SeatPlace)
    /// Seated now, not before.
    case joined(person: String, at: SeatPlace)
    /// Seated before, not now.
    case left(person: String, from: SeatPlace)
    /// Heads `party`'s delegation now; `replacing` headed it before (nil when nobody did).
    case becameHead(person: String, party: String, replacing: String?)
    /// Chairs the talks now; `replacing` chaired them before.
    case becameChair(person: String, replacing: String?)
}

/// How many seats (named or not) a party had at the table in each round.
public struct DelegationSize: Sendable, Hashable {
    /// The party's id.
    public var party: String
    /// Seats in the earlier round.
    public var before: Int
    /// Seats in the later round.
    public var after: Int

    /// Of `before`, the seats with no person and no name (a `count:` seat counts once per seat).
    public var unnamedBefore: Int = 0
    /// Of `after`, the seats with no person and no name.
    public var unnamedAfter: Int = 0

    /// Makes a size.
    public init(party: String, before: Int, after: Int) { self.party = party; self.before = before; self.after = after }

    /// Makes a size that says how many of its seats are unnamed.
    public init(party: String, before: Int, after: Int, unnamedBefore: Int, unnamedAfter: Int) {
        self.init(party: party, before: before, after: after)
        self.unnamedBefore = unnamedBefore
        self.unnamedAfter = unnamedAfter
    }
}

extension SeatingDiff {
    /// The later table's seats whose occupant is not the one the earlier table had there.
    public var changedSeats: Set<SeatPlace> {
        Set(seatChanges.filter { $0.after != nil }.map { SeatPlace(side: $0.side, position: $0.position) })
    }
}
