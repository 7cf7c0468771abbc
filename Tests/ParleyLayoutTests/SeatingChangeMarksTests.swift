import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// The comparison chart marks what changed on the later plan: rings on changed seats, a
/// "from left 1" tag on a moved person, thick outlined bands on parties that changed place,
/// and each party's seats with the change under the round's heading.
@Suite struct SeatingChangeMarksTests {
    static let header = """
        parley: 1
        id: m
        timezone: UTC
        parties:
          - {id: no, name: Northern}
          - {id: co, name: Coastal}
          - {id: un, name: United Nations, role: mediator}
        people:
          - {id: chair, name: Claire Moreau, party: un, role: chair}
          - {id: petrov, name: Pavel Petrov, party: no, role: Head of delegation}
          - {id: ivanova, name: Anna Ivanova, party: no}
          - {id: aziz, name: Samir Aziz, party: co, role: Head of delegation}
        rounds:

        """

    static func meeting(_ rounds: String) throws -> Meeting {
        try MeetingLoader.parse(Array((header + rounds).utf8), file: "m.yaml").meeting
    }

    static let swapped = """
          - id: r1
            date: 2026-03-10
            start: "10:00"
            end: "11:00"
            table: {shape: u, head: [chair], left: [petrov, ivanova, no], right: [aziz, co]}
          - id: r2
            date: 2026-03-11
            start: "10:00"
            end: "11:00"
            table: {shape: u, head: [chair], left: [aziz, co], right: [ivanova, petrov, no]}

        """

    private func plan(_ meeting: Meeting, round: Int, marks: SeatMarks, theme: Theme = .light) throws -> Scene {
        let table = try #require(meeting.rounds[round].table)
        let typesetter = Typesetter(measurer: FixedMetricsMeasurer(), family: Font.defaultFamily, theme: theme)
        let style = PartyStyle(meeting: meeting, theme: theme, language: nil, strings: .english)
        let metrics = TablePlan.metrics(
            for: [table], meeting: meeting, typesetter: typesetter, style: style, maxLabelWidth: 160, marks: [marks])
        let plan = TablePlan(
            meeting: meeting, table: table, metrics: metrics, typesetter: typesetter, style: style, flagImages: [:], marks: marks
        ).make()
        return Scene(size: plan.size, nodes: plan.nodes)
    }

    /// Circles drawn in a seat group after its disc: the rings.
    private func rings(_ scene: Scene) -> [String] {
        scene.flattened().compactMap { placed in
            guard case .group(let group) = placed.node, let id = group.id, id.hasPrefix("seat-") else { return nil }
            return group.children.dropFirst().contains { if case .circle = $0 { true } else { false } } ? id : nil
        }
    }

    @Test func changedSeatsAreRingedAndAMovedPersonIsTagged() throws {
        let meeting = try Self.meeting(Self.swapped)
        var diff = SeatingDiff(meeting: meeting, from: meeting.rounds[0], to: meeting.rounds[1])
        diff.personChanges = [.moved(person: "petrov", from: SeatPlace(side: .left, position: 1), to: SeatPlace(side: .right, position: 2))]
        let scene = try plan(meeting, round: 1, marks: SeatMarks(diff, strings: .english))
        let expected = diff.changedSeats.map { "seat-\($0.side.rawValue)-\($0.position)" }.sorted()
        #expect(!expected.isEmpty)
        #expect(rings(scene).sorted() == expected)
        let tagged = scene.textFrames.filter { $0.text == "from left 1" }
        #expect(tagged.count == 1)
        // The tag stands under Petrov's name, in his label's column.
        let name = try #require(scene.textFrames.first { $0.text == "Pavel Petrov" })
        #expect(tagged.allSatisfy { $0.frame.minY >= name.frame.maxY - 0.5 && abs($0.frame.minX - name.frame.minX) < 1 })
        SceneInvariants.check(scene, "marked plan")
        SceneInvariants.checkSeatsClearOfText(scene, "marked plan")

        // Without marks, the same plan has no ring and no tag.
        let plain = try plan(meeting, round: 1, marks: SeatMarks())
        #expect(rings(plain).isEmpty)
        #expect(!plain.textFrames.contains { $0.text.hasPrefix("from ") })
    }

    @Test func partiesThatChangedPlaceHaveThickOutlinedBands() throws {
        let meeting = try Self.meeting(Self.swapped)
        let diff = SeatingDiff(meeting: meeting, from: meeting.rounds[0], to: meeting.rounds[1])
        let marks = SeatMarks(diff, strings: .english)
        #expect(marks.movedParties == ["no", "co"])
        for theme in Theme.all {
            let bands = try plan(meeting, round: 1, marks: marks, theme: theme).flattened().compactMap { placed -> RectShape? in
                guard placed.groupPath.first == "table", case .rect(let rect) = placed.node, rect.style.fill != theme.panel else {
                    return nil
                }
                return rect
            }
            let outlined = bands.filter { $0.style.stroke != nil }
            // Both moved parties' arm bands are outlined and thicker; the mediator's head band is not.
            #expect(outlined.count == 2, "\(theme.name)")
            #expect(outlined.allSatisfy { min($0.frame.width, $0.frame.height) > 8 })
            #expect(bands.filter { $0.style.stroke == nil }.allSatisfy { min($0.frame.width, $0.frame.height) < 6 })
        }
    }

    @Test func eachComparedRoundGivesItsPartiesSeatsAndTheirChange() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.root + "/Tests/Fixtures/seating/rectangle-growth.yaml").meeting
        let scene = try SeatingCompareLayout().layout(meeting, options: LayoutOptions(), measurer: FixedMetricsMeasurer())
        let texts = scene.textFrames.map(\.text)
        #expect(texts.contains("Coastal Republic 3 · Northern Federation 3 · United Nations 1"))
        #expect(texts.contains("Coastal Republic 3 → 9 · Northern Federation 3 · United Nations 1"))
        // Seven unnamed experts are one disc with a count, not seven labels.
        #expect(texts.contains { $0.hasPrefix("7 seats of Coastal") })
        #expect(texts.filter { $0 == "Expert" }.count == 1)
        // The caveat stays with the change it qualifies.
        #expect(texts.contains { $0.contains("Round 2") && $0.contains("unconfirmed") && $0.contains("Round 1") })
        SceneInvariants.check(scene, "rectangle growth")
        SceneInvariants.checkSeatsClearOfText(scene, "rectangle growth")
    }
}
