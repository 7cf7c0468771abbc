import Foundation
import Parley
import ParleyModel
import ParleyTestSupport
import Testing

/// `parley diff-seating --json` in process: the facts as fields, and the caption composed from
/// them by the chart's own function.
@Suite struct SeatingDiffJSONTests {
    @Test func theFactsAndTheCaptionOfTheIstanbulSample() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let diffs = SeatingDiff.consecutive(in: meeting)
        let bytes = Data(SeatingDiffJSON.document(diffs, meeting: meeting).serialized().utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: bytes) as? [[String: Any]])
        let first = try #require(document.first)
        #expect(first["mirrored"] as? Bool == true)
        #expect(first["swappedSides"] as? [String] == ["ru", "ua"])
        // The sample's tables say their placement is uncertain: the mirror carries the caveat.
        #expect(
            first["caption"] as? String
                == "Round 2 mirrors Round 1 (placement unconfirmed): Russia and Ukraine swapped sides; Turkey stays at the head.")
        let changes = try #require(first["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["change"] as? String } == ["mirrored", "swappedSides", "stays"])
        #expect(changes[1]["parties"] as? [String] == ["ru", "ua"])
        #expect(changes[2]["party"] as? String == "tr" && changes[2]["side"] as? String == "head")
    }
}
