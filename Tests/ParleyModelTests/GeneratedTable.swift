import ParleyModel
import ParleyTestSupport

/// A random table for the change model's tests by construction: each party one block of seats
/// on one side, some seats named people (some the `role: head` of their delegation), the
/// others unnamed (written as the party's id or as `count:`), and the changes a test applies.
struct GeneratedTable: CustomStringConvertible {
    struct GeneratedSeat: Hashable {
        var party: String
        var person: String?
        var role: Seat.Role?
    }

    /// A party's run of seats on one side.
    struct Block {
        var party: String
        var range: Range<Int>
    }

    var shape: Table.Shape
    var sides: [Table.Side: [GeneratedSeat]]

    var description: String { yamlTable }

    static func random(shape: Table.Shape, using random: inout SeededGenerator) -> GeneratedTable {
        let plan: [(Table.Side, ClosedRange<Int>)]
        switch shape {
        case .u: plan = [(.head, 1...1), (.left, 1...2), (.right, 1...2)]
        case .rectangle: plan = [(.far, 1...1), (.left, 1...2), (.right, 1...2), (.near, 0...1)]
        case .round: plan = [(.seats, 3...6)]
        }
        var next = 0
        var sides: [Table.Side: [GeneratedSeat]] = [:]
        for (side, parties) in plan {
            var seats: [GeneratedSeat] = []
            for _ in 0..<Int.random(in: parties, using: &random) {
                let party = "p\(next)"
                var headGiven = Bool.random(using: &random)
                for index in 0..<Int.random(in: 1...4, using: &random) {
                    let named = Bool.random(using: &random)
                    let role: Seat.Role? = named && !headGiven ? .head : nil
                    if role != nil { headGiven = true }
                    seats.append(GeneratedSeat(party: party, person: named ? "n\(next)x\(index)" : nil, role: role))
                }
                next += 1
            }
            sides[side] = seats
        }
        return GeneratedTable(shape: shape, sides: sides)
    }

    // MARK: The model

    private var yamlTable: String {
        let body = Table.sides(of: shape).compactMap { side -> String? in
            guard let seats = sides[side], !seats.isEmpty else { return nil }
            return "\(side.rawValue): [\(Self.yaml(seats).joined(separator: ", "))]"
        }
        return "{shape: \(shape.rawValue), " + body.joined(separator: ", ") + "}"
    }

    /// Unnamed seats in a row are written as one `count:` seat, a single one as the party's id.
    private static func yaml(_ seats: [GeneratedSeat]) -> [String] {
        var items: [String] = []
        var index = 0
        while index < seats.count {
            let seat = seats[index]
            if let person = seat.person {
                items.append(seat.role.map { "{person: \(person), role: \($0.rawValue)}" } ?? person)
                index += 1
                continue
            }
            var end = index
            while end < seats.count, seats[end].person == nil, seats[end].party == seat.party { end += 1 }
            items.append(end - index == 1 ? seat.party : "{party: \(seat.party), count: \(end - index)}")
            index = end
        }
        return items
    }

    var people: [GeneratedSeat] { sides.values.flatMap { $0 }.filter { $0.person != nil } }

    /// The diff of a meeting whose first round has this table and second `later`.
    func diff(to later: GeneratedTable) throws -> SeatingDiff {
        var seen = Set<String>()
        let people = (self.people + later.people).filter { seen.insert($0.person ?? "").inserted }
        let text =
            "parley: 1\nid: g\ntimezone: UTC\nparties:\n" + (0..<10).map { "  - {id: p\($0), name: Party \($0)}\n" }.joined()
            + (people.isEmpty
                ? ""
                : "people:\n"
                    + people.map { "  - {id: \($0.person ?? ""), name: Person \($0.person ?? ""), party: \($0.party)}\n" }.joined())
            + "rounds:\n"
            + "  - {id: a, date: 2025-06-02, start: '10:00', end: '11:00', table: \(yamlTable)}\n"
            + "  - {id: b, date: 2025-06-03, start: '10:00', end: '11:00', table: \(later.yamlTable)}\n"
        let meeting = try MeetingLoader.parse(Array(text.utf8), file: "g.yaml").meeting
        guard let diff = SeatingDiff.consecutive(in: meeting).first else { throw GeneratedTableError.noDiff(text) }
        return diff
    }

    enum GeneratedTableError: Error { case noDiff(String) }

    // MARK: Facts of the table

    func blocks(_ side: Table.Side) -> [Block] {
        let seats = sides[side] ?? []
        var result: [Block] = []
        for (index, seat) in seats.enumerated() {
            if let last = result.last, last.party == seat.party {
                result[result.count - 1].range = last.range.lowerBound..<(index + 1)
            } else {
                result.append(Block(party: seat.party, range: index..<(index + 1)))
            }
        }
        return result
    }

    func size(of party: String) -> Int { sides.values.flatMap { $0 }.filter { $0.party == party }.count }
    func unnamed(of party: String) -> Int { sides.values.flatMap { $0 }.filter { $0.party == party && $0.person == nil }.count }

    private func parties(on side: Table.Side) -> [String] { blocks(side).map(\.party).sorted(by: Self.partyOrder) }
    static func partyOrder(_ a: String, _ b: String) -> Bool { (Int(a.dropFirst()) ?? 0) < (Int(b.dropFirst()) ?? 0) }

    /// What a mirror of this table says besides `.mirrored`: the arms' parties swapped sides,
    /// and the parties across the axis at the head or far side stay.
    func mirrorClauses() -> [SeatingChange] {
        guard shape != .round else { return [] }
        return [.swappedSides(parties: (parties(on: .left) + parties(on: .right)).sorted(by: Self.partyOrder))] + staysIfOthersMove()
    }

    /// The head's or far side's parties, which a caption says stay when any party changed place.
    func staysIfOthersMove() -> [SeatingChange] {
        switch shape {
        case .u: parties(on: .head).map { .stays(party: $0, side: .head) }
        case .rectangle: parties(on: .far).map { .stays(party: $0, side: .far) }
        case .round: []
        }
    }

    // MARK: Changes

    func mirrored() -> GeneratedTable {
        var result = self
        switch shape {
        case .u, .rectangle:
            result.sides[.left] = sides[.right]
            result.sides[.right] = sides[.left]
            for side in [Table.Side.head, .far, .near] where sides[side] != nil { result.sides[side] = sides[side]?.reversed() }
        case .round:
            let seats = sides[.seats] ?? []
            result.sides[.seats] = seats.indices.map { seats[(seats.count - $0) % seats.count] }
        }
        return result
    }

    func rotated(by turn: Int) -> GeneratedTable {
        var result = self
        let seats = sides[.seats] ?? []
        var turned = seats
        for index in seats.indices { turned[(index + turn) % seats.count] = seats[index] }
        result.sides[.seats] = turned
        return result
    }

    func twoBlocksOnOneSide(using random: inout SeededGenerator) -> (Table.Side, Int, Int)? {
        let candidates = Table.sides(of: shape).filter { blocks($0).count >= 2 }
        guard let side = candidates.randomElement(using: &random) else { return nil }
        let count = blocks(side).count
        let i = Int.random(in: 0..<count, using: &random)
        var j = Int.random(in: 0..<(count - 1), using: &random)
        if j >= i { j += 1 }
        return (side, min(i, j), max(i, j))
    }

    func swappingBlocks(on side: Table.Side, _ i: Int, _ j: Int) -> GeneratedTable {
        let seats = sides[side] ?? []
        let all = blocks(side)
        var order = all
        order.swapAt(i, j)
        var result = self
        result.sides[side] = order.flatMap { seats[$0.range] }
        return result
    }

    func anyBlock(using random: inout SeededGenerator) -> (Table.Side, Int) {
        let side = Table.sides(of: shape).filter { !blocks($0).isEmpty }.randomElement(using: &random) ?? .seats
        return (side, Int.random(in: 0..<max(1, blocks(side).count), using: &random))
    }

    func addingUnnamed(_ count: Int, toBlock block: Int, on side: Table.Side) -> GeneratedTable {
        let target = blocks(side)[block]
        var result = self
        result.sides[side]?.insert(
            contentsOf: repeatElement(GeneratedSeat(party: target.party), count: count), at: target.range.upperBound)
        return result
    }

    func personAndUnnamedOfOneParty(using random: inout SeededGenerator) -> (Table.Side, Int, Int)? {
        var options: [(Table.Side, Int, Int)] = []
        for side in Table.sides(of: shape) {
            let seats = sides[side] ?? []
            for block in blocks(side) {
                for a in block.range where seats[a].person != nil {
                    for b in block.range where seats[b].person == nil { options.append((side, a, b)) }
                }
            }
        }
        return options.randomElement(using: &random)
    }

    func swappingSeats(on side: Table.Side, _ a: Int, _ b: Int) -> GeneratedTable {
        var result = self
        result.sides[side]?.swapAt(a, b)
        return result
    }

    func headAndAnotherPerson(using random: inout SeededGenerator) -> (Table.Side, Int, Int)? {
        var options: [(Table.Side, Int, Int)] = []
        for side in Table.sides(of: shape) {
            let seats = sides[side] ?? []
            for block in blocks(side) {
                for a in block.range where seats[a].role == .head {
                    for b in block.range where seats[b].person != nil && b != a { options.append((side, a, b)) }
                }
            }
        }
        return options.randomElement(using: &random)
    }

    func movingHeadRole(on side: Table.Side, from old: Int, to new: Int) -> GeneratedTable {
        var result = self
        result.sides[side]?[old].role = nil
        result.sides[side]?[new].role = .head
        return result
    }

    func sideToJoin(using random: inout SeededGenerator) -> Table.Side {
        switch shape {
        case .u: [Table.Side.left, .right].randomElement(using: &random) ?? .left
        case .rectangle: [Table.Side.left, .right, .near].randomElement(using: &random) ?? .left
        case .round: .seats
        }
    }

    /// This table with party `p9` (one named person, one unnamed seat) at the end of `side`.
    func joining(on side: Table.Side) -> (GeneratedTable, [(person: String, place: SeatPlace)]) {
        var result = self
        let count = sides[side]?.count ?? 0
        result.sides[side, default: []] += [GeneratedSeat(party: "p9", person: "n9x0"), GeneratedSeat(party: "p9")]
        return (result, [(person: "n9x0", place: SeatPlace(side: side, position: count + 1))])
    }
}
