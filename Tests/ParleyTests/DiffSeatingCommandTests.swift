import ParleyTestSupport
import Testing

/// `diff-seating --rounds` reads its list as `render --rounds` does (`RoundList`).
struct DiffSeatingCommandTests {
    private let sample = RepositoryPaths.sample("istanbul-2025")

    @Test func aRoundNamedTwiceIsAUsageError() {
        let result = CommandRunner.parley(["diff-seating", sample, "--rounds", "round-1,round-1"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--rounds names round 'round-1' twice"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func spacesAroundIdsAreAllowed() {
        let result = CommandRunner.parley(["diff-seating", sample, "--rounds", "round-1, round-2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: result.stdout, as: UTF8.self).hasPrefix("Round 2 mirrors Round 1"))
    }
}
