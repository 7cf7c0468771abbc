import ParleyLayout
import ParleyModel
import ParleyTestSupport
import Testing

/// The ranked sentences of a comparison (`SeatingChangeText.sentences(for:)`) on the meetings
/// a new user tries: a round table of eight mirrored, two of its parties trading places, a
/// rectangle whose delegation grows while it gets a new head, a U whose sides swap while the
/// flags are reordered (Tests/Fixtures/seating-changes.yaml), and the Istanbul sample.
@Suite struct SeatingChangeSentencesTests {
    private func sentences(_ path: String, names: String? = nil) throws -> [[String]] {
        let meeting = try MeetingLoader.load(path: path).meeting
        let text = SeatingChangeText(
            strings: .english, names: { meeting.party($0)?.name(in: names) ?? $0 }, titles: { meeting.round($0)?.displayTitle ?? $0 },
            placements: SeatingChangeText.placements(in: meeting), people: { meeting.person($0)?.name(in: names) ?? $0 })
        return SeatingDiff.consecutive(in: meeting).map(text.sentences(for:))
    }

    private var fixture: String { RepositoryPaths.root + "/Tests/Fixtures/seating-changes.yaml" }

    @Test func theIstanbulSampleStillReadsMirrorsFirst() throws {
        let istanbul = try sentences(RepositoryPaths.samples + "/istanbul-2025.yaml")
        #expect(
            istanbul == [
                [
                    "Round 2 mirrors Round 1 (placement unconfirmed): Russia and Ukraine swapped sides; Turkey stays at the head.",
                    "Turkey delegation grew from 1 to 2.", "İbrahim Kalın joined at head 2.",
                ]
            ])
    }

    @Test func anExactMirrorOfARoundTableIsAMirror() throws {
        let all = try sentences(fixture)
        // Not "4 seats changed occupant": the reflection about the chair's seat is the whole change.
        #expect(all[0] == ["Round 2 mirrors Round 1."])
    }

    @Test func twoPartiesTradingPlacesAtARoundTableAreNamed() throws {
        let all = try sentences(fixture)
        #expect(all[1] == ["Round 3 changes the seating of Round 2: Poland and Viet Nam swapped places."])
    }

    @Test func aGrowingDelegationAndItsNewHeadAreSaidInOrderOfWhatMatters() throws {
        let all = try sentences(fixture)
        #expect(
            all[3] == [
                "Round 5 changes the seating of Round 4.",
                "Coastal delegation grew from 3 to 9 (+6 unnamed seats).",
                "Ivanova replaced Petrov as head of the Northern delegation.",
                "Petrov moved from left 1 to left 3.",
                "Ivanova moved from left 2 to left 1.",
            ])
        // Unnamed seats are counted, never listed, and no id is printed.
        #expect(!all.joined().joined().contains("(co)") && !all.joined().joined().contains("seat changed occupant"))
    }

    @Test func sidesSwappedWithFlagsReorderedIsNotAMirror() throws {
        let all = try sentences(fixture)
        #expect(
            all[5] == [
                "Round 7 changes the seating of Round 6: Northern and Coastal swapped sides; Austria stays at the head;"
                    + " Mediators stays at the head; the flags were reordered."
            ])
    }

    @Test func theFirstSentenceIsTheCaption() throws {
        let meeting = try MeetingLoader.load(path: fixture).meeting
        let text = SeatingChangeText(strings: .english, names: { meeting.party($0)?.name ?? $0 })
        for diff in SeatingDiff.consecutive(in: meeting) { #expect(text.sentences(for: diff).first == text.caption(diff)) }
    }
}
