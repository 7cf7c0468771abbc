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
    }

    /// The sides of a shape in viewer order, and whether each is read against its model order.
    static func runs(of shape: Table.Shape) -> [(Table.Side, Bool)] {
        switch shape {
        case .u: [(.left, true), (.head, false), (.right, false)]
        case .rectangle: [(.left, true), (.far, false), (.right, false), (.near, true)]
        case .round: [(.seats, false)]
        }
    }

    /// Where a round table's mirror axis passes: the chair's or head's seat, else the first seat.
    var anchor: Int {
        guard isCyclic else { return 0 }
        return seats.firstIndex { $0.role == .chair } ?? seats.firstIndex { $0.role == .head } ?? 0
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

    /// Whether `later` is this table seen in a mirror. With as many seats in both, a round
    /// table must be reflected seat by seat about its axis (so two parties trading places is
    /// not a mirror); otherwise the order of parties must be reversed.
    func isMirrored(by later: SeatSequence) -> Bool {
        let (a, b) = (partyOrder, later.partyOrder)
        guard a.count > 1, a != b else { return false }
        guard isCyclic else { return a == b.reversed() }
        let (pa, pb) = (parties, later.parties)
        if pa.count == pb.count {
            return pa.indices.allSatisfy { pa[$0] == pb[(pa.count - $0) % pa.count] }
        }
        return [a[0]] + Array(a[1...].reversed()) == b
    }

    /// For a round table: the seats clockwise every party moved together, when that is the
    /// whole change of parties; nil when it is not a rotation.
    func rotation(to later: SeatSequence) -> Int? {
        let (pa, pb) = (seats.map(\.party), later.seats.map(\.party))
        guard isCyclic, later.isCyclic, pa.count == pb.count, pa.count > 1, pa != pb else { return nil }
        let n = pa.count
        return (1..<n).first { r in pa.indices.allSatisfy { pa[$0] == pb[($0 + r) % n] } }
    }

    /// Where the seat at `index` lands when this table is turned by `rotation` seats or
    /// reflected about its axis (`mirrored`), both tables having as many seats.
    func image(of index: Int, in later: SeatSequence, mirrored: Bool, rotation: Int?) -> SeatPlace? {
        let n = seats.count
        guard n == later.seats.count, n > 0 else { return nil }
        if let rotation, isCyclic { return later.places[(index + rotation) % n] }
        guard mirrored else { return nil }
        guard isCyclic else { return later.places[n - 1 - index] }
        let offset = (index - anchor + n) % n
        return later.places[(later.anchor + (n - offset) % n) % n]
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
