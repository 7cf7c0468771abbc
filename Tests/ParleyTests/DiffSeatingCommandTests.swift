import Foundation
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

    private let changes = RepositoryPaths.root + "/Tests/Fixtures/seating-changes.yaml"

    @Test func eachConsecutivePairOfTheListIsCompared() throws {
        let result = CommandRunner.parley(["diff-seating", changes, "--rounds", "r1,r3,r2"])
        #expect(result.status == 0, "\(result.stderr)")
        let blocks = String(decoding: result.stdout, as: UTF8.self).components(separatedBy: "\n\n")
        #expect(blocks.count == 2)
        #expect(blocks.first?.hasPrefix("Round 3 ") == true && blocks.first?.contains(" of Round 1") == true)
        #expect(blocks.last?.hasPrefix("Round 2 ") == true && blocks.last?.contains(" of Round 3") == true)
    }

    @Test func sentencesThenPerPersonDetailWithUnnamedSeatsCounted() throws {
        let result = CommandRunner.parley(["diff-seating", changes, "--rounds", "r4,r5"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "Round 5 changes the seating of Round 4.",
                "Coastal delegation grew from 3 to 9 (+6 unnamed seats).",
                "Ivanova replaced Petrov as head of the Northern delegation.",
                "Petrov moved from left 1 to left 3.",
                "Ivanova moved from left 2 to left 1.",
                "  Coastal: 3 → 9 seats (+6 unnamed seats)",
                "  Petrov (Northern): left 1 → left 3",
                "  Ivanova (Northern): left 2 → left 1",
                "  Ivanova replaced Petrov as head of the Northern delegation",
            ])
    }

    @Test func aRoundWithoutATableIsAnError() {
        let result = CommandRunner.parley(["diff-seating", sample, "--rounds", "round-1,round-3"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --rounds names round 'round-3', which has no table"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// Every field docs/diff-seating-json.md documents, on the fixture's six comparisons.
    @Test func theJSONHasEveryDocumentedField() throws {
        let result = CommandRunner.parley(["diff-seating", changes, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(document["version"] as? Int == 2)
        let comparisons = try #require(document["comparisons"] as? [[String: Any]])
        #expect(comparisons.count == 6)
        let documented = [
            "from", "to", "fromTitle", "toTitle", "placementUnconfirmed", "mirrored", "rotation", "flagsMirrored", "flagsChanged",
            "shapeChange", "swappedSides", "swappedPlaces", "parties", "delegationSizes", "people", "seats", "changes", "caption",
            "sentences",
        ]
        for comparison in comparisons { #expect(Set(comparison.keys) == Set(documented)) }
        #expect(comparisons[0]["mirrored"] as? Bool == true)
        let swap = try #require((comparisons[1]["swappedPlaces"] as? [[[String: Any]]])?.first)
        #expect(swap.compactMap { $0["id"] as? String } == ["pl", "vn"])
        #expect(swap.compactMap { $0["name"] as? String } == ["Poland", "Viet Nam"])
        let size = try #require((comparisons[3]["delegationSizes"] as? [[String: Any]])?.first)
        #expect(size["before"] as? Int == 3 && size["after"] as? Int == 9)
        #expect(size["unnamedBefore"] as? Int == 2 && size["unnamedAfter"] as? Int == 8)
        let people = try #require(comparisons[3]["people"] as? [[String: Any]])
        let move = try #require(people.first { $0["person"] as? String == "petrov" && $0["change"] as? String == "moved" })
        #expect((move["from"] as? [String: Any])?["position"] as? Int == 1)
        #expect((move["to"] as? [String: Any])?["side"] as? String == "left")
        #expect(move["name"] as? String == "Petrov" && move["sentence"] as? String == "Petrov moved from left 1 to left 3")
        let shape = try #require(comparisons[2]["shapeChange"] as? [String: Any])
        #expect(shape["from"] as? String == "round" && shape["to"] as? String == "rectangle")
    }
}
