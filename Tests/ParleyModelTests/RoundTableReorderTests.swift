import ParleyModel
import ParleyTestSupport
import Testing

/// Round a table every party stays on its one side, so a change in the parties' order is said
/// by the people who moved: the Geneva round table's second round seats six of its eight
/// people elsewhere, and the comparison named only the reordered flags.
@Suite struct RoundTableReorderTests {
    @Test func peopleWhoseBlocksWereReorderedMoved() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.root + "/Tests/Fixtures/layouts/geneva-titles-round.yaml").meeting
        let diff = try #require(SeatingDiff.consecutive(in: meeting).first)
        let moved = diff.personChanges.compactMap { change -> String? in
            if case .moved(let person, _, _) = change { person } else { nil }
        }
        #expect(Set(moved) == ["albrecht", "duval", "volkov", "hassan", "nurlanov", "diop"], "\(diff.personChanges)")
        #expect(diff.rotation == nil && !diff.isMirrored)
    }
}
