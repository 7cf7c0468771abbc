import ParleyModel
import ParleyTestSupport
import Testing

/// The change model tested by construction: a seeded random table of each shape (parties in
/// blocks, named people, unnamed and `count:` seats, heads), a known change applied to it, and
/// the diff must report exactly that change and nothing else.
@Suite struct SeatingDiffGeneratedTests {
    static let casesPerKind = 40

    @Test(arguments: Table.Shape.allCases) func aMirrorIsOnlyAMirror(shape: Table.Shape) throws {
        try each(shape) { table, _ in
            let diff = try table.diff(to: table.mirrored())
            #expect(diff.isMirrored, "\(table)")
            #expect(diff.rotation == nil && diff.personChanges.isEmpty && diff.delegationSizes.isEmpty, "\(table)")
            #expect(diff.changes == [.mirrored] + table.mirrorClauses(), "\(table)")
        }
    }

    @Test func aRotationOfARoundTableIsOnlyARotation() throws {
        try each(.round) { table, random in
            let seats = try #require(table.sides[.seats])
            let turn = Int.random(in: 1..<seats.count, using: &random)
            let diff = try table.diff(to: table.rotated(by: turn))
            #expect(diff.rotation == turn && !diff.isMirrored, "\(table) turned \(turn)")
            #expect(diff.changes == [.rotated(seats: turn)], "\(table) turned \(turn)")
            #expect(diff.personChanges.isEmpty && diff.delegationSizes.isEmpty, "\(table) turned \(turn)")
        }
    }

    @Test(arguments: Table.Shape.allCases) func twoPartiesTradingPlacesOnOneSide(shape: Table.Shape) throws {
        var checked = 0
        try each(shape) { table, random in
            guard let (side, i, j) = table.twoBlocksOnOneSide(using: &random) else { return }
            let after = table.swappingBlocks(on: side, i, j)
            // Trading the only two parties at a round table, or two mirror images, is a mirror too: not this case.
            guard !(try table.diff(to: after).isMirrored) else { return }
            let diff = try table.diff(to: after)
            let pair = [table.blocks(side)[i].party, table.blocks(side)[j].party].sorted()
            #expect(diff.changes == [.swappedPlaces(parties: pair)], "\(table) → \(after)")
            #expect(diff.personChanges.isEmpty && diff.delegationSizes.isEmpty && diff.rotation == nil, "\(table)")
            checked += 1
        }
        #expect(checked > Self.casesPerKind / 4)
    }

    @Test(arguments: Table.Shape.allCases) func aDelegationGrowsOrShrinksByUnnamedSeats(shape: Table.Shape) throws {
        try each(shape) { table, random in
            let (side, block) = table.anyBlock(using: &random)
            let party = table.blocks(side)[block].party
            let before = table.size(of: party)
            let extra = Int.random(in: 1...8, using: &random)
            let grown = table.addingUnnamed(extra, toBlock: block, on: side)
            let diff = try table.diff(to: grown)
            #expect(diff.changes == [.grew(party: party, from: before, to: before + extra)], "\(table)")
            #expect(diff.personChanges.isEmpty && !diff.isMirrored, "\(table)")
            let unnamed = table.unnamed(of: party)
            #expect(
                diff.delegationSizes == [
                    DelegationSize(
                        party: party, before: before, after: before + extra, unnamedBefore: unnamed, unnamedAfter: unnamed + extra)
                ])
            let back = try grown.diff(to: table)
            #expect(back.changes == [.shrank(party: party, from: before + extra, to: before)], "\(table)")
            #expect(back.personChanges.isEmpty, "\(table)")
        }
    }

    @Test(arguments: [Table.Shape.u, .rectangle]) func aMirrorAndAGrowthTogether(shape: Table.Shape) throws {
        try each(shape) { table, random in
            // On an arm, where growing a block does not turn the mirror's reading of the other seats.
            let side: Table.Side = Bool.random(using: &random) ? .left : .right
            let block = Int.random(in: 0..<table.blocks(side).count, using: &random)
            let party = table.blocks(side)[block].party
            let before = table.size(of: party)
            let diff = try table.diff(to: table.addingUnnamed(3, toBlock: block, on: side).mirrored())
            #expect(diff.isMirrored, "\(table)")
            #expect(diff.changes == [.mirrored] + table.mirrorClauses() + [.grew(party: party, from: before, to: before + 3)], "\(table)")
            #expect(diff.personChanges.isEmpty, "\(table)")
        }
    }

    @Test(arguments: Table.Shape.allCases) func aPersonMovesWithinTheDelegation(shape: Table.Shape) throws {
        var checked = 0
        try each(shape) { table, random in
            guard let (side, from, to) = table.personAndUnnamedOfOneParty(using: &random) else { return }
            let person = try #require(table.sides[side]?[from].person)
            let diff = try table.diff(to: table.swappingSeats(on: side, from, to))
            #expect(diff.changes.isEmpty, "\(table)")
            #expect(
                diff.personChanges == [
                    .moved(person: person, from: SeatPlace(side: side, position: from + 1), to: SeatPlace(side: side, position: to + 1))
                ], "\(table)")
            checked += 1
        }
        #expect(checked > Self.casesPerKind / 4)
    }

    @Test(arguments: Table.Shape.allCases) func aNewHeadOfDelegation(shape: Table.Shape) throws {
        var checked = 0
        try each(shape) { table, random in
            guard let (side, old, new) = table.headAndAnotherPerson(using: &random) else { return }
            let seats = try #require(table.sides[side])
            let (party, oldHead, newHead) = (seats[old].party, try #require(seats[old].person), try #require(seats[new].person))
            let diff = try table.diff(to: table.movingHeadRole(on: side, from: old, to: new))
            // Every seat keeps its occupant: the new head is a fact about people only.
            #expect(diff.changes.isEmpty && diff.seatChanges.isEmpty, "\(table)")
            #expect(diff.personChanges == [.becameHead(person: newHead, party: party, replacing: oldHead)], "\(table)")
            checked += 1
        }
        #expect(checked > Self.casesPerKind / 4)
    }

    @Test(arguments: Table.Shape.allCases) func aPartyJoinsAndLeaves(shape: Table.Shape) throws {
        try each(shape) { table, random in
            let side = table.sideToJoin(using: &random)
            let (joined, people) = table.joining(on: side)
            let diff = try table.diff(to: joined)
            let newcomer = "p9"
            let expectedPlaces = people.map { PersonChange.joined(person: $0.person, at: $0.place) }
            #expect(diff.changes == table.staysIfOthersMove() + [.joined(party: newcomer, side: side)], "\(table)")
            #expect(diff.personChanges == expectedPlaces, "\(table)")
            #expect(diff.delegationSizes == [DelegationSize(party: newcomer, before: 0, after: 2, unnamedBefore: 0, unnamedAfter: 1)])
            let back = try joined.diff(to: table)
            #expect(back.changes == table.staysIfOthersMove() + [.left(party: newcomer, side: side)], "\(table)")
            #expect(back.personChanges == people.map { PersonChange.left(person: $0.person, from: $0.place) }, "\(table)")
        }
    }

    /// Runs `body` on `casesPerKind` random tables of `shape`, each from its own seed.
    private func each(_ shape: Table.Shape, _ body: (GeneratedTable, inout SeededGenerator) throws -> Void) throws {
        for seed in 0..<UInt64(Self.casesPerKind) {
            var random = SeededGenerator(seed: seed &* 7919 &+ UInt64(Table.Shape.allCases.firstIndex(of: shape) ?? 0))
            let table = GeneratedTable.random(shape: shape, using: &random)
            try body(table, &random)
        }
    }
}
