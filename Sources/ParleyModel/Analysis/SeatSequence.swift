/// A table's seats in the order a viewer reads them: down the left arm from its far end,
/// across the head or far side, then the right arm (a rectangle's near side last, read back);
/// a round table's seats clockwise. Every comparison of two tables reads this sequence, so a
/// new shape needs only its entry in `runs(of:)`.
struct SeatSequence {
    /// The seats in viewer order.
    var seats: [Seat]
    /// Where each seat of `seats` is on the table.
    var places: [SeatPlace]
    /// A round table's sequence closes on itself; the others have two ends.
    var isCyclic: Bool
    /// The table read.
    var table: Table

    init(_ table: Table) {
        var seats: [Seat] = []
        var places: [SeatPlace] = []
        for (side, backwards) in SeatSequence.runs(of: table.shape) {
            let sideSeats = table.seats(side)
            let indices = backwards ? Array(sideSeats.indices.reversed()) : Array(sideSeats.indices)
            for index in indices {
                seats.append(sideSeats[index])
                places.append(SeatPlace(side: side, position: index + 1))
            }
        }
        self.seats = seats
        self.places = places
        isCyclic = table.shape == .round
        self.table = table
    }

    /// Where a side's seats go when a table without a circle of seats is seen in a mirror:
    /// the arms trade places, a side across the axis (head, far, near) is read backwards.
    static func mirrorSide(of side: Table.Side) -> (side: Table.Side, backwards: Bool) {
        switch side {
        case .left: (.right, false)
        case .right: (.left, false)
        case .head, .far, .near, .seats: (side, true)
        }
    }

    /// The sides of a shape in viewer order, and whether each is read against its model order.
    static func runs(of shape: Table.Shape) -> [(Table.Side, Bool)] {
        switch shape {
        case .u: [(.left, true), (.head, false), (.right, false)]
        case .rectangle: [(.left, true), (.far, false), (.right, false), (.near, true)]
        case .round: [(.seats, false)]
        }
    }

    /// Where a round table's mirror axis passes: the chair's seat, else the first seat (a delegation head is one of many, no axis).
    var anchor: Int {
        guard isCyclic else { return 0 }
        return seats.firstIndex { $0.role == .chair } ?? 0
    }

    /// The party of each seat, a round table's read from its anchor.
    var parties: [String?] {
        let all = seats.map(\.party)
        guard isCyclic, !all.isEmpty else { return all }
        return Array(all[anchor...] + all[..<anchor])
    }

    /// The parties in order with repeats merged; on a round table the run that closes the
    /// circle is merged into the first.
    var partyOrder: [String] {
        var order: [String] = []
        for party in parties.compactMap({ $0 }) where order.last != party { order.append(party) }
        if isCyclic, order.count > 1, order.first == order.last { order.removeLast() }
        return order
    }

    /// Whether `later` is this table seen in a mirror, and not the same table. A round table
    /// is reflected about the axis through its anchor; the other shapes side by side
    /// (`mirrorSide(of:)`). With as many seats, the reflection must hold seat by seat (so two
    /// parties trading places is no mirror); a delegation that also grew or shrank keeps each
    /// side's order of parties reflected.
    func isMirrored(by later: SeatSequence) -> Bool {
        guard seats.map(\.party) != later.seats.map(\.party), partyOrder.count > 1 else { return false }
        if isCyclic {
            let (pa, pb) = (parties, later.parties)
            if pa.count == pb.count { return pa.indices.allSatisfy { pa[$0] == pb[(pa.count - $0) % pa.count] } }
            let (a, b) = (partyOrder, later.partyOrder)
            return [a[0]] + Array(a[1...].reversed()) == b
        }
        let sides = Table.sides(of: table.shape)
        let reflected = sides.map { side -> ([String?], [String?]) in
            let (partner, backwards) = Self.mirrorSide(of: side)
            let mine = table.seats(side).map(\.party)
            return (backwards ? mine.reversed() : mine, later.table.seats(partner).map(\.party))
        }
        if reflected.allSatisfy({ $0.0 == $0.1 }) { return true }
        return reflected.allSatisfy { Self.runs($0.0) == Self.runs($0.1) }
    }

    private static func runs(_ parties: [String?]) -> [String] {
        var order: [String] = []
        for party in parties.compactMap({ $0 }) where order.last != party { order.append(party) }
        return order
    }

    /// For a round table: the seats clockwise every party moved together, when that is the
    /// whole change of parties; nil when it is not a rotation.
    func rotation(to later: SeatSequence) -> Int? {
        let (pa, pb) = (seats.map(\.party), later.seats.map(\.party))
        guard isCyclic, later.isCyclic, pa.count == pb.count, pa.count > 1, pa != pb else { return nil }
        let n = pa.count
        return (1..<n).first { r in pa.indices.allSatisfy { pa[$0] == pb[($0 + r) % n] } }
    }

    /// Where the seat at `index` lands when this table is turned by `rotation` seats or seen
    /// in a mirror; nil when the two tables' seats do not correspond one to one there.
    func image(of index: Int, in later: SeatSequence, mirrored: Bool, rotation: Int?) -> SeatPlace? {
        let n = seats.count
        if isCyclic {
            guard n == later.seats.count, n > 0 else { return nil }
            if let rotation { return later.places[(index + rotation) % n] }
            guard mirrored else { return nil }
            let offset = (index - anchor + n) % n
            return later.places[(later.anchor + (n - offset) % n) % n]
        }
        guard mirrored else { return nil }
        let place = places[index]
        let (partner, backwards) = Self.mirrorSide(of: place.side)
        let (mine, theirs) = (table.seats(place.side).count, later.table.seats(partner).count)
        // A side that grew or shrank has no seat-for-seat image: its people follow their party's block.
        guard mine == theirs else { return nil }
        return SeatPlace(side: partner, position: backwards ? theirs + 1 - place.position : place.position)
    }

    /// Each party's seats in model order (side by side, then position).
    var blocks: [String: [SeatPlace]] {
        var result: [String: [SeatPlace]] = [:]
        for (seat, place) in zip(seats, places) {
            if let party = seat.party { result[party, default: []].append(place) }
        }
        return result.mapValues { $0.sorted() }
    }
}
