import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct SeatingDiffTests {
    private func meeting(_ rounds: String) throws -> Meeting {
        try MeetingLoader.parse(
            Array(
                ("""
                parley: 1
                id: d
                timezone: UTC
                parties:
                  - {id: ru, name: Russia}
                  - {id: ua, name: Ukraine}
                  - {id: tr, name: Turkey, role: mediator}
                  - {id: us, name: United States}
                rounds:

                """ + rounds).utf8), file: "d.yaml"
        ).meeting
    }

    private func round(_ id: String, _ table: String) -> String {
        "  - {id: \(id), date: 2025-06-02, start: '10:00', end: '11:00', table: \(table)}\n"
    }

    @Test func theIstanbulSampleIsMirrored() throws {
        let istanbul = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let diffs = SeatingDiff.consecutive(in: istanbul)
        #expect(diffs.count == 1)  // round 3 has no table
        let diff = try #require(diffs.first)
        #expect(diff.isMirrored && diff.flagsMirrored)
        #expect(Set(diff.swappedParties) == ["ru", "ua"])
        #expect(
            diff.caption(names: { istanbul.party($0)?.name ?? $0 }, titles: { istanbul.round($0)?.displayTitle ?? $0 })
                == "Round 2 mirrors Round 1: Russia and Ukraine swapped sides; Turkey stays at the head.")
    }

    @Test func swappingOnlySomeSeatsIsNotMirrored() throws {
        let model = try meeting(
            round("a", "{head: [tr], left: [ru, ru], right: [ua, ua], flags: [ru, tr, ua]}")
                + round("b", "{head: [tr], left: [ru, ua], right: [ua, ru], flags: [ru, tr, ua]}"))
        let diff = try #require(SeatingDiff.consecutive(in: model).first)
        #expect(!diff.isMirrored)
        #expect(diff.swappedParties.isEmpty)
        #expect(diff.seatChanges.count == 2)
        #expect(diff.caption(names: { $0 }) == "b changes the seating of a: 2 seats changed occupant.")
    }

    @Test func joinedLeftAndUnchanged() throws {
        let model = try meeting(
            round("a", "{head: [tr], left: [ru], right: [ua]}") + round("b", "{head: [tr], left: [ru], right: [ua]}")
                + round("c", "{head: [us], left: [ru], right: [ua]}"))
        let diffs = SeatingDiff.consecutive(in: model)
        #expect(diffs[0].caption(names: { $0 }) == "b keeps the seating of a.")
        #expect(!diffs[1].isMirrored)
        #expect(diffs[1].caption(names: { $0 }) == "c changes the seating of b: tr no longer at the table; us joined at the head.")
    }

    @Test func aSymmetricTableRepeatedIsNotCalledMirrored() throws {
        let model = try meeting(round("a", "{head: [tr], left: [ru], right: [ru]}") + round("b", "{head: [tr], left: [ru], right: [ru]}"))
        #expect(SeatingDiff.consecutive(in: model).first?.isMirrored == false)
    }
}
