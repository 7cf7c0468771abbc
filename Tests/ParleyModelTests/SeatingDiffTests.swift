import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct SeatingDiffTests {
    private func meeting(_ rounds: String) throws -> Meeting {
        try MeetingLoader.parse(Array((SeatingModels.header + rounds).utf8), file: "d.yaml").meeting
    }

    private func round(_ id: String, _ table: String) -> String {
        "  - {id: \(id), date: 2025-06-02, start: '10:00', end: '11:00', table: \(table)}\n"
    }

    private func onlyDiff(_ rounds: String) throws -> SeatingDiff {
        try #require(SeatingDiff.consecutive(in: meeting(rounds)).first)
    }

    @Test func theIstanbulSampleIsMirrored() throws {
        let istanbul = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let diffs = SeatingDiff.consecutive(in: istanbul)
        #expect(diffs.count == 1)  // round 3 has no table
        let diff = try #require(diffs.first)
        #expect(diff.isMirrored && diff.flagsMirrored)
        #expect(Set(diff.swappedParties) == ["ru", "ua"])
        // Round 2 seats Kalın beside Fidan at the head: Turkey's delegation grew, a fact the old model dropped.
        #expect(
            diff.changes == [
                .mirrored, .swappedSides(parties: ["ru", "ua"]), .stays(party: "tr", side: .head), .grew(party: "tr", from: 1, to: 2),
            ])
        #expect(diff.personChanges == [.joined(person: "kalin", at: SeatPlace(side: .head, position: 2))])
        #expect(diff.delegationSizes == [DelegationSize(party: "tr", before: 1, after: 2)])
    }

    @Test func aMirroredTableOfOurOwn() throws {
        let diff = try onlyDiff(
            round("a", "{head: [tr], left: [ru], right: [ua], flags: [ru, tr, ua]}")
                + round("b", "{head: [tr], left: [ua], right: [ru], flags: [ua, tr, ru]}"))
        #expect(diff.isMirrored && diff.flagsMirrored && diff.flagsChanged)
        #expect(diff.changes == [.mirrored, .swappedSides(parties: ["ru", "ua"]), .stays(party: "tr", side: .head)])
    }

    @Test func swappedSidesWithoutAMirror() throws {
        // Two at the head keep their order, so the whole order is not reversed.
        let diff = try onlyDiff(
            round("a", "{head: [tr, us], left: [ru], right: [ua]}") + round("b", "{head: [tr, us], left: [ua], right: [ru]}"))
        #expect(!diff.isMirrored)
        #expect(
            diff.changes == [
                .swappedSides(parties: ["ru", "ua"]), .stays(party: "tr", side: .head), .stays(party: "us", side: .head),
            ])
    }

    @Test func swappingOnlySomeSeatsIsNotMirrored() throws {
        let diff = try onlyDiff(
            round("a", "{head: [tr], left: [ru, ru], right: [ua, ua], flags: [ru, tr, ua]}")
                + round("b", "{head: [tr], left: [ru, ua], right: [ua, ru], flags: [ru, tr, ua]}"))
        #expect(!diff.isMirrored)
        #expect(diff.swappedParties.isEmpty)
        #expect(diff.seatChanges.count == 2)
        #expect(diff.changes == [.seatsChangedOccupant(count: 2)])
    }

    @Test func joinedLeftAndUnchanged() throws {
        let model = try meeting(
            round("a", "{head: [tr], left: [ru], right: [ua]}") + round("b", "{head: [tr], left: [ru], right: [ua]}")
                + round("c", "{head: [us], left: [ru], right: [ua]}"))
        let diffs = SeatingDiff.consecutive(in: model)
        #expect(diffs[0].changes == [.unchanged])
        #expect(diffs[0].seatChanges.isEmpty)
        #expect(!diffs[1].isMirrored)
        #expect(diffs[1].changes == [.left(party: "tr", side: .head), .joined(party: "us", side: .head)])
    }

    @Test func aPartyMovedToTheHead() throws {
        let diff = try onlyDiff(
            round("a", "{head: [tr], left: [ru, us], right: [ua]}") + round("b", "{head: [tr, us], left: [ru], right: [ua]}"))
        #expect(diff.changes == [.stays(party: "tr", side: .head), .moved(party: "us", from: .left, to: .head)])
    }

    @Test func flagsReorderedAloneAreAChange() throws {
        let diff = try onlyDiff(
            round("a", "{head: [tr], left: [ru], right: [ua], flags: [ru, tr, ua]}")
                + round("b", "{head: [tr], left: [ru], right: [ua], flags: [tr, ru, ua]}"))
        #expect(diff.flagsChanged && !diff.flagsMirrored)
        #expect(diff.changes == [.flagsReordered])
    }

    @Test func aNewShapeIsSaidAndSeatsAreNotCompared() throws {
        let diff = try onlyDiff(
            round("a", "{head: [tr], left: [ru], right: [ua]}") + round("b", "{shape: round, seats: [tr, ru, ua]}"))
        #expect(diff.shapeChange == SeatingDiff.ShapeChange(from: .u, to: .round))
        #expect(diff.seatChanges.isEmpty)
        #expect(
            diff.changes == [
                .moved(party: "ru", from: .left, to: .seats), .moved(party: "ua", from: .right, to: .seats),
                .moved(party: "tr", from: .head, to: .seats), .shapeChanged(from: .u, to: .round),
            ])
    }

    @Test func equalityComparesEveryFact() throws {
        // Two diffs whose captions would read alike ("2 seats changed occupant") but whose seats differ.
        let one = try onlyDiff(
            round("a", "{head: [tr], left: [ru, ru], right: [ua, ua]}") + round("b", "{head: [tr], left: [ru, ua], right: [ua, ru]}"))
        let other = try onlyDiff(
            round("a", "{head: [tr], left: [ru, ru], right: [ua, ua]}") + round("b", "{head: [tr], left: [ua, ru], right: [ru, ua]}"))
        #expect(one.changes == other.changes)
        #expect(one != other)
        #expect(Set([one, other]).count == 2)
        #expect(
            one
                == (try onlyDiff(
                    round("a", "{head: [tr], left: [ru, ru], right: [ua, ua]}")
                        + round("b", "{head: [tr], left: [ru, ua], right: [ua, ru]}"))))
    }

    @Test func aSymmetricTableRepeatedIsNotCalledMirrored() throws {
        let model = try meeting(round("a", "{head: [tr], left: [ru], right: [ru]}") + round("b", "{head: [tr], left: [ru], right: [ru]}"))
        #expect(SeatingDiff.consecutive(in: model).first?.isMirrored == false)
        #expect(SeatingDiff.consecutive(in: model).first?.changes == [.unchanged])
    }
}
