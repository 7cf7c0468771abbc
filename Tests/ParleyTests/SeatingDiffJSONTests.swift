import Foundation
import Parley
import ParleyModel
import ParleyTestSupport
import Testing

/// `parley diff-seating --json` in process: version 2 of the document (docs/diff-seating-json.md),
/// the facts as fields with ids and names, and the sentences composed from them by the chart's
/// own functions.
@Suite struct SeatingDiffJSONTests {
    private func document(_ meeting: Meeting) throws -> [String: Any] {
        let bytes = Data(SeatingDiffJSON.document(SeatingDiff.consecutive(in: meeting), meeting: meeting).serialized().utf8)
        return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    }

    @Test func theFactsAndTheCaptionOfTheIstanbulSample() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let document = try document(meeting)
        #expect(document["version"] as? Int == 2)
        let first = try #require((document["comparisons"] as? [[String: Any]])?.first)
        #expect(first["mirrored"] as? Bool == true)
        #expect(first["rotation"] is NSNull)
        #expect(first["placementUnconfirmed"] as? Bool == true)
        #expect(first["swappedSides"] as? [String] == ["ru", "ua"])
        // The sample's tables say their placement is uncertain: the mirror carries the caveat.
        #expect(
            first["caption"] as? String
                == "Round 2 mirrors Round 1 (placement unconfirmed): Russia and Ukraine swapped sides; Turkey stays at the head.")
        #expect((first["sentences"] as? [String])?.first == first["caption"] as? String)
        let changes = try #require(first["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["change"] as? String } == ["mirrored", "swappedSides", "stays", "grew"])
        #expect(changes[1]["parties"] as? [String] == ["ru", "ua"])
        #expect(changes[2]["party"] as? String == "tr" && changes[2]["side"] as? String == "head")
        let size = try #require((first["delegationSizes"] as? [[String: Any]])?.first)
        #expect((size["party"] as? [String: Any])?["name"] as? String == "Turkey")
        #expect(size["before"] as? Int == 1 && size["after"] as? Int == 2 && size["unnamedAfter"] as? Int == 0)
        let person = try #require((first["people"] as? [[String: Any]])?.first)
        #expect(person["change"] as? String == "joined" && person["person"] as? String == "kalin")
        #expect(person["name"] as? String == "İbrahim Kalın")
        #expect((person["at"] as? [String: Any])?["side"] as? String == "head")
    }

    @Test func aDelegationThatGrewAndAPersonWhoMovedByNameAndId() throws {
        let meeting = try MeetingLoader.parse(
            Array(
                """
                parley: 1
                id: g
                timezone: UTC
                parties:
                  - {id: no, name: Northern}
                  - {id: co, name: Coastal}
                people:
                  - {id: petrov, name: Petrov, party: no, role: Head of delegation}
                  - {id: ivanova, name: Ivanova, party: no}
                rounds:
                  - id: r1
                    date: 2025-03-01
                    start: '10:00'
                    end: '11:00'
                    table: {shape: rectangle, far: [co], left: [{person: petrov, role: head}, ivanova], right: [{party: co, count: 2}]}
                  - id: r2
                    date: 2025-03-02
                    start: '10:00'
                    end: '11:00'
                    table: {shape: rectangle, far: [co], left: [{person: ivanova, role: head}, petrov], right: [{party: co, count: 8}]}

                """.utf8), file: "g.yaml"
        ).meeting
        let first = try #require((try document(meeting)["comparisons"] as? [[String: Any]])?.first)
        let sentences = try #require(first["sentences"] as? [String])
        #expect(sentences.contains("Coastal delegation grew from 3 to 9 (+6 unnamed seats)."))
        #expect(sentences.contains("Ivanova replaced Petrov as head of the Northern delegation."))
        #expect(sentences.contains("Petrov moved from left 1 to left 2."))
        #expect(!sentences.joined().contains("(co)"))
        let people = try #require(first["people"] as? [[String: Any]])
        let moves = people.filter { $0["change"] as? String == "moved" }
        #expect(moves.compactMap { $0["person"] as? String }.sorted() == ["ivanova", "petrov"])
        let head = try #require(people.first { $0["change"] as? String == "becameHead" })
        #expect(head["replacing"] as? String == "petrov" && head["replacingName"] as? String == "Petrov")
        #expect(head["party"] as? String == "no" && head["partyName"] as? String == "Northern")
    }
}
