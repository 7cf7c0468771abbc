import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct SeatingChangeTextTests {
    private func meeting(_ rounds: String) throws -> Meeting {
        try MeetingLoader.parse(Array((SeatingModels.header + rounds).utf8), file: "d.yaml").meeting
    }

    private func round(_ id: String, title: String? = nil, _ table: String) -> String {
        "  - {id: \(id),\(title.map { " title: '\($0)'," } ?? "") date: 2025-06-02, start: '10:00', end: '11:00', table: \(table)}\n"
    }

    private func captions(_ meeting: Meeting) -> [String] {
        let text = SeatingChangeText(
            strings: .english, names: { meeting.party($0)?.name ?? $0 }, titles: { meeting.round($0)?.displayTitle ?? $0 })
        return SeatingDiff.consecutive(in: meeting).map(text.caption)
    }

    /// The texts of the comparison chart that sit right under a round's heading.
    private func badges(_ meeting: Meeting) throws -> [String] {
        let scene = try SeatingCompareLayout().layout(meeting, options: LayoutOptions(), measurer: FixedMetricsMeasurer())
        let known = ["mirrors ", "same as ", "changed from "]
        return scene.textFrames.map(\.text).filter { text in known.contains { text.hasPrefix($0) } }
    }

    @Test func theIstanbulCaptionReadsAsBefore() throws {
        let istanbul = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        #expect(captions(istanbul) == ["Round 2 mirrors Round 1: Russia and Ukraine swapped sides; Turkey stays at the head."])
        // The sample's tables say their placement is uncertain, so the chart's badge says so.
        #expect(try badges(istanbul) == ["mirrors Round 1 (unconfirmed)"])
    }

    /// The captions `parley diff-seating` printed for these models before the facts were split
    /// from the words.
    @Test func captionsOfOurOwnModelsReadAsBefore() throws {
        let seats = try meeting(
            round("a", "{head: [tr], left: [ru, ru], right: [ua, ua]}") + round("b", "{head: [tr], left: [ru, ua], right: [ua, ru]}")
                + round("c", "{head: [tr], left: [ru, ua], right: [ua, ru]}") + round("d", "{head: [us], left: [ru, ua], right: [ua, ru]}")
                + round("e", "{head: [us], left: [ru, ua, us], right: [ua, ru]}")
                + round("f", "{head: [us], left: [ru, ua, us], right: [ua, ru], flags: [us, ru]}")
                + round("g", "{shape: round, seats: [us, ru, ua]}"))
        #expect(
            captions(seats) == [
                "b changes the seating of a: 2 seats changed occupant.",
                "c keeps the seating of b.",
                "d changes the seating of c: Turkey no longer at the table; United States joined at the head.",
                "e changes the seating of d: 1 seat changed occupant.",
                "f changes the seating of e: the flags were reordered.",
                ("g changes the seating of f: Russia moved from the left to the seats; Ukraine moved from the left to the seats;"
                    + " United States moved from the head to the seats; the flags were reordered; the table changed from u to round."),
            ])
        #expect(
            try badges(seats) == ["changed from a", "same as b", "changed from c", "changed from d", "changed from e", "changed from f"])
    }

    @Test func swappedSidesWithoutAMirrorSayWhoStays() throws {
        let model = try meeting(
            round("a", "{head: [tr, us], left: [ru], right: [ua]}") + round("b", "{head: [tr, us], left: [ua], right: [ru]}"))
        #expect(
            captions(model) == [
                "b changes the seating of a: Russia and Ukraine swapped sides; Turkey stays at the head; United States stays at the head."
            ])
    }

    /// The regression: the badge searched the caption for "keeps", so a round whose id or title
    /// contained the word was called the same as the one before whatever its seating.
    @Test func aRoundCalledKeepsIsNotTheSameForItsName() throws {
        let changed = try meeting(
            round("keeps-1", "{head: [tr], left: [ru], right: [ua]}")
                + round("round-2", title: "Round that keeps nothing", "{head: [tr], left: [ru, ua], right: [ua]}"))
        #expect(try badges(changed) == ["changed from keeps-1"])
        #expect(captions(changed) == ["Round that keeps nothing changes the seating of keeps-1: 1 seat changed occupant."])
        let diff = try #require(SeatingDiff.consecutive(in: changed).first)
        #expect(SeatingChangeText.badge(diff) == .changedFrom)

        let same = try meeting(
            round("keeps-1", "{head: [tr], left: [ru], right: [ua]}")
                + round("round-2", title: "Round that keeps nothing", "{head: [tr], left: [ru], right: [ua]}"))
        #expect(try badges(same) == ["same as keeps-1"])

        // And the other way round: a caption that never says "keeps" is still the same seating.
        let plain = try meeting(round("a", "{head: [tr], left: [ru], right: [ua]}") + round("b", "{head: [tr], left: [ru], right: [ua]}"))
        #expect(try badges(plain) == ["same as a"])
    }
}
