/// What changed in the seating from one round to the next, computed from the tables, for
/// every shape alike (`SeatSequence` reads each table in viewer order): a mirror or a round
/// table's rotation, parties that swapped arms or places, joined or left, delegations that grew
/// or shrank (unnamed seats count as size, not people), people who moved, joined, left or became
/// a head or the chair, seats that changed occupant, and the flags. Facts only; `changes` lists
/// them in the order a caption states them, and the layout's `SeatingChangeText` words them.
public struct SeatingDiff: Sendable, Hashable {
    /// What happened to one party's main side between the two rounds.
    public enum PartyChange: Sendable, Hashable {
        /// Moved from one side to another (`left` → `right`, …).
        case moved(party: String, from: Table.Side, to: Table.Side)
        /// Kept exactly the sides it had.
        case stayed(party: String, side: Table.Side)
        /// Has seats now and had none before.
        case joined(party: String, side: Table.Side)
        /// Had seats before and has none now; `side` is where it was.
        case left(party: String, side: Table.Side)
    }

    /// One seat whose occupant is not the one it had before.
    public struct SeatChange: Sendable, Hashable {
        /// The side of the table the seat is on.
        public var side: Table.Side
        /// 1-based, in the side's own order.
        public var position: Int
        /// Who sat there before: a person id, a name, or `(party)` for a seat with only a party; `nil` when empty or new.
        public var before: String?
        /// Who sits there now, in the same form as `before`; `nil` when empty or gone.
        public var after: String?
    }

    /// Id of the earlier round.
    public var from: String
    /// Id of the later round.
    public var to: String
    /// The parties in viewer order across the table reversed, and not merely repeated.
    public var isMirrored: Bool
    /// The flags behind the table reversed, and not merely repeated.
    public var flagsMirrored: Bool
    /// The flags differ in any way, mirrored included.
    public var flagsChanged: Bool
    /// One entry for each of the meeting's parties seated in either round, in the meeting's party order.
    public var partyChanges: [PartyChange]
    /// Seats whose occupant differs, side by side; empty when the shape changed.
    public var seatChanges: [SeatChange]
    /// Set when the two tables have different shapes, so positions cannot be compared.
    public var shapeChange: ShapeChange?
    /// What happened to each named person seated in either round, people in the model's order.
    public var personChanges: [PersonChange] = []
    /// Every party seated in either round whose number of seats changed, in party order.
    public var delegationSizes: [DelegationSize] = []
    /// For a round table: how many seats clockwise every party moved together, when that is
    /// the whole change (nil otherwise).
    public var rotation: Int? = nil
    /// Pairs of parties that exchanged places while the others kept theirs (not a mirror, not
    /// a rotation), each pair in party order.
    public var swappedPlaces: [[String]] = []

    /// The shapes of two tables that differ.
    public struct ShapeChange: Sendable, Hashable {
        /// Shape of the earlier round's table.
        public var from: Table.Shape
        /// Shape of the later round's table.
        public var to: Table.Shape

        /// Makes a shape change from the earlier shape to the later one.
        public init(from: Table.Shape, to: Table.Shape) {
            self.from = from
            self.to = to
        }
    }

    /// Parties that moved from the left arm to the right or back, in party order.
    public var swappedParties: [String] {
        partyChanges.compactMap { change in
            if case .moved(let party, let from, let to) = change, from != to, [from, to].allSatisfy({ $0 == .left || $0 == .right }) {
                return party
            }
            return nil
        }
    }

    /// Compares two rounds' tables. Both rounds must have a table.
    public init(meeting: Meeting, from before: Round, to after: Round) {
        from = before.id
        to = after.id
        let a = before.table, b = after.table
        shapeChange = (a?.shape != b?.shape) ? ShapeChange(from: a?.shape ?? .u, to: b?.shape ?? .u) : nil
        let empty = Table(shape: .u, view: .camera, sides: [:], flags: [], provenance: Provenance(), location: after.location)
        let sequenceA = SeatSequence(a ?? empty), sequenceB = SeatSequence(b ?? empty)
        let sameShape = shapeChange == nil && a != nil && b != nil
        isMirrored = sameShape && sequenceA.isMirrored(by: sequenceB)
        rotation = sameShape && !isMirrored ? sequenceA.rotation(to: sequenceB) : nil
        let flagsA = a?.flags ?? [], flagsB = b?.flags ?? []
        flagsMirrored = flagsA.count > 1 && flagsA == flagsB.reversed() && flagsA != flagsB
        flagsChanged = flagsA != flagsB

        let sidesA = SeatingDiff.sidesOfParties(a), sidesB = SeatingDiff.sidesOfParties(b)
        let allA = SeatingDiff.allSides(a), allB = SeatingDiff.allSides(b)
        var changes: [PartyChange] = []
        for party in meeting.parties.map(\.id) {
            switch (sidesA[party], sidesB[party]) {
            case (let x?, let y?):
                let (before, after) = (allA[party] ?? [], allB[party] ?? [])
                // A party moved when it left every side it had; one that kept some seats did not.
                if before == after {
                    changes.append(.stayed(party: party, side: x))
                } else if before.isDisjoint(with: after) {
                    changes.append(.moved(party: party, from: x, to: y))
                }
            case (nil, let y?): changes.append(.joined(party: party, side: y))
            case (let x?, nil): changes.append(.left(party: party, side: x))
            case (nil, nil): break
            }
        }
        partyChanges = changes

        var seats: [SeatChange] = []
        if shapeChange == nil, let a, let b {
            for side in Table.sides(of: a.shape) {
                let (oldSeats, newSeats) = (a.seats(side), b.seats(side))
                for index in 0..<max(oldSeats.count, newSeats.count) {
                    let old = index < oldSeats.count ? SeatingDiff.occupant(oldSeats[index]) : nil
                    let new = index < newSeats.count ? SeatingDiff.occupant(newSeats[index]) : nil
                    if old != new { seats.append(SeatChange(side: side, position: index + 1, before: old, after: new)) }
                }
            }
        }
        seatChanges = seats
        delegationSizes = DelegationDiff.sizes(meeting: meeting, before: sequenceA, after: sequenceB)
        let stayed = Set(changes.compactMap { if case .stayed(let party, _) = $0 { party } else { nil } })
        swappedPlaces =
            sameShape && !isMirrored && rotation == nil
            ? DelegationDiff.swappedPlaces(meeting: meeting, before: sequenceA, after: sequenceB, candidates: stayed) : []
        personChanges =
            a != nil && b != nil
            ? PersonDiff.changes(
                meeting: meeting, before: sequenceA, after: sequenceB, mirrored: isMirrored, rotation: rotation,
                // Round a table every party stays on its one side: where the parties' order round it
                // changed, no party change says why a block moved, so its people moved (unless
                // their party swapped places with another). A block only shifted by a delegation
                // growing or shrinking keeps its people where they were in it.
                blocksMoveFor: a?.shape == .round
                    && Self.partyOrder(sequenceA, sequenceB, swapping: swappedPlaces) != Self.partyOrder(sequenceB, sequenceA)
                    ? Set(swappedPlaces.flatMap { $0 }) : nil) : []
    }

    /// The main party of each side (the one with most seats there; ties by first seat).
    public static func sidesOfParties(_ table: Table?) -> [String: Table.Side] {
        guard let table else { return [:] }
        var result: [String: Table.Side] = [:]
        var counts: [String: [Table.Side: Int]] = [:]
        for side in Table.sides(of: table.shape) {
            for seat in table.seats(side) {
                guard let party = seat.party else { continue }
                counts[party, default: [:]][side, default: 0] += 1
            }
        }
        for (party, bySide) in counts {
            let ordered = Table.sides(of: table.shape).filter { bySide[$0] != nil }
            result[party] = ordered.max { (bySide[$0] ?? 0) < (bySide[$1] ?? 0) } ?? ordered.first
        }
        return result
    }

    static func allSides(_ table: Table?) -> [String: Set<Table.Side>] {
        guard let table else { return [:] }
        var result: [String: Set<Table.Side>] = [:]
        for side in Table.sides(of: table.shape) {
            for party in table.seats(side).compactMap(\.party) { result[party, default: []].insert(side) }
        }
        return result
    }

    /// The parties of `sequence` in the order their first seats come, those also seated in `other`.
    /// With `swapping`, each pair of parties that traded places stands where the other stood:
    /// the order the later round has when nothing but those trades changed.
    static func partyOrder(_ sequence: SeatSequence, _ other: SeatSequence, swapping: [[String]] = []) -> [String] {
        let elsewhere = Set(other.seats.compactMap(\.party))
        var seen = Set<String>()
        var order = sequence.seats.compactMap(\.party).filter { elsewhere.contains($0) && seen.insert($0).inserted }
        for pair in swapping where pair.count == 2 {
            guard let first = order.firstIndex(of: pair[0]), let second = order.firstIndex(of: pair[1]) else { continue }
            order.swapAt(first, second)
        }
        return order
    }

    static func occupant(_ seat: Seat) -> String? { seat.person ?? seat.name ?? seat.party.map { "(\($0))" } }

    /// What changed, as facts in the order a caption states them: first `.mirrored` or
    /// `.unchanged` when either holds, then the party, flag and shape changes.
    public var changes: [SeatingChange] {
        var details: [SeatingChange] = []
        let swapped = swappedParties
        if !swapped.isEmpty { details.append(.swappedSides(parties: swapped)) }
        for pair in swappedPlaces { details.append(.swappedPlaces(parties: pair)) }
        let hasMoves = partyChanges.contains { if case .stayed = $0 { false } else { true } }
        for change in partyChanges {
            switch change {
            case .stayed(let party, let side) where hasMoves && (side == .head || side == .far):
                details.append(.stays(party: party, side: side))
            case .moved(let party, let from, let to) where !swapped.contains(party):
                details.append(.moved(party: party, from: from, to: to))
            case .joined(let party, let side): details.append(.joined(party: party, side: side))
            case .left(let party, let side): details.append(.left(party: party, side: side))
            case .stayed, .moved: break
            }
        }
        let seatedBoth = Set(
            partyChanges.compactMap { change -> String? in
                switch change {
                case .stayed(let party, _), .moved(let party, _, _): party
                case .joined, .left: nil
                }
            })
        for size in delegationSizes where seatedBoth.contains(size.party) {
            details.append(
                size.after > size.before
                    ? .grew(party: size.party, from: size.before, to: size.after)
                    : .shrank(party: size.party, from: size.before, to: size.after))
        }
        if flagsChanged && !flagsMirrored { details.append(.flagsReordered) }
        if let shapeChange { details.append(.shapeChanged(from: shapeChange.from, to: shapeChange.to)) }
        if isMirrored { return [.mirrored] + details }
        if let rotation { return [.rotated(seats: rotation)] + details }
        if details.isEmpty {
            // People who moved, joined or left are said by `personChanges`; a count of seats says nothing more.
            if !personChanges.isEmpty { return [] }
            return seatChanges.isEmpty ? [.unchanged] : [.seatsChangedOccupant(count: seatChanges.count)]
        }
        return details
    }

    /// Consecutive pairs of the rounds that have a table.
    public static func consecutive(in meeting: Meeting, rounds: [Round]? = nil) -> [SeatingDiff] {
        let seated = (rounds ?? meeting.rounds).filter { $0.table != nil }
        return zip(seated, seated.dropFirst()).map { SeatingDiff(meeting: meeting, from: $0.0, to: $0.1) }
    }
}
