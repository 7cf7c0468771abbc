import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct SampleTests {
    static let samples: [String] =
        (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.samples))?
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted() ?? []

    @Test(arguments: samples)
    func everySampleLoadsWithoutErrors(_ name: String) throws {
        let result = try MeetingLoader.load(path: RepositoryPaths.samples + "/" + name)
        #expect(!result.meeting.rounds.isEmpty)
    }

    @Test func istanbulRoundTwoCarriesTheReportedFacts() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let round = try #require(meeting.round("round-2"))
        // The Turkish MFA's "about 14:43" first, then the Ukrainian MFA's and Proto Thema's.
        #expect(round.start.clockText == "≈14:43")
        #expect(round.start.claims.map(\.by) == ["Turkish MFA", "Ukrainian MFA", "Proto Thema (shortly after 2:30 p.m.)"])
        #expect(round.end.claims.map(\.time.clockText) == ["15:57", "15:58"])
        #expect(round.durationSeconds == 74 * 60)
        #expect(round.durationRange == (73 * 60)...(88 * 60))
        #expect(round.timeZoneLabel == "MSK")
        #expect(round.venue == "Çırağan Palace, Istanbul")
        #expect(round.table?.flags == ["ru", "tr", "ua"])
        #expect(meeting.round("round-1")?.table?.flags == ["ua", "tr", "ru"])
        #expect(meeting.round("round-1")?.start.isApproximate == true)
        // Bare party ids in seats become party seats; person ids keep their person and party.
        #expect(round.table?.seats(.left).first?.person == "medinsky")
        #expect(round.table?.seats(.left).first?.party == "ru")
        #expect(meeting.person("umerov")?.native == "Рустем Умєров")
    }
}
