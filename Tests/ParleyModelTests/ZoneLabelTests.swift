import ParleyTestSupport
import Testing

@testable import ParleyModel

/// Issue 11: a stated `timezoneLabel` is shown where it agrees with the offset in force,
/// warned about where tzdata gives it another offset, and kept as the user's own name where
/// tzdata does not use it for the zone.
@Suite struct ZoneLabelTests {
    static func load(meeting zone: String, label: String?, rounds: String) throws -> MeetingLoader.Result {
        let text = """
            parley: 1
            id: demo
            timezone: \(zone)
            \(label.map { "timezoneLabel: \($0)" } ?? "")
            parties:
              - {id: ru, name: Russia}
            rounds:
            \(rounds)
            """
        return try MeetingLoader.parse(Array(text.utf8), file: "t.yaml")
    }

    @Test func aLabelOfTheOtherSeasonIsAWarningAtTheLabel() throws {
        let kyiv = try Self.load(
            meeting: "Europe/Kyiv", label: "EET",
            rounds: """
                  - {id: winter, date: 2022-02-28, start: "13:00", end: "18:00"}
                  - {id: summer, date: 2022-06-28, start: "13:00", end: "18:00"}
                """)
        #expect(
            kyiv.warnings.map(\.description) == [
                "t.yaml:4:16: warning: timezoneLabel 'EET' is UTC+02:00 in tzdata, but at the start of round 'summer' (2022-06-28) the offset in force in Europe/Kyiv is UTC+03:00, EEST; charts show EEST there; remove timezoneLabel to show tzdata's name at each instant, or write 'EEST'"
            ])
        let rounds = kyiv.meeting.rounds
        #expect(rounds.map(\.timeZoneLabel) == ["EET", "EEST"])
        #expect(rounds.map(\.statedZoneLabel) == ["EET", "EET"])
        #expect(kyiv.meeting.statedZoneLabel == "EET" && kyiv.meeting.timeZoneLabel == "EET")
        #expect(kyiv.meeting.zoneLabel(at: rounds[1].start.instant) == "EEST")
    }

    @Test func aRoundAcrossTheChangeNamesEachSideTruthfully() throws {
        let geneva = try Self.load(
            meeting: "Europe/Zurich", label: nil,
            rounds: """
                  - {id: night, date: 2024-10-26, timezoneLabel: CEST, start: "21:30", end: "2024-10-27T03:20"}
                """)
        let round = try #require(geneva.meeting.rounds.first)
        #expect(round.zoneLabel(at: round.start.instant) == "CEST" && round.zoneLabel(at: round.end.instant) == "CET")
        #expect(round.durationSeconds == 6 * 3600 + 50 * 60)
        #expect(geneva.warnings.count == 1)
        #expect(geneva.warnings.first?.description.contains("at the end of round 'night' (2024-10-27)") == true)
        #expect(geneva.warnings.first?.location?.line == 8)
        let changes = round.timeZone.transitions(in: round.start.instant...round.end.instant)
        #expect(changes.map(\.abbreviationBefore) == ["CEST"] && changes.map(\.abbreviationAfter) == ["CET"])
        #expect(changes.map { $0.offsetBefore - $0.offsetAfter } == [3600])
    }

    @Test func namesTzdataDoesNotUseAreTheUsersAndOffsetsAreComparedAsOffsets() throws {
        let loaded = try Self.load(
            meeting: "UTC", label: nil,
            rounds: """
                  - {id: ist, date: 2025-06-02, timezone: Europe/Istanbul, timezoneLabel: TRT, start: "13:00", end: "18:00"}
                  - {id: fixed, date: 2025-06-02, timezone: "+03:00", timezoneLabel: MSK, start: "13:00", end: "18:00"}
                  - {id: written, date: 2025-06-02, timezone: Europe/Moscow, timezoneLabel: "UTC+3", start: "13:00", end: "18:00"}
                  - {id: paris, date: 2025-06-02, timezone: Europe/Paris, timezoneLabel: CET, start: "13:00", end: "18:00"}
                  - {id: utc, date: 2025-06-02, start: "13:00", end: "18:00"}
                """)
        #expect(loaded.meeting.rounds.map(\.timeZoneLabel) == ["TRT", "MSK", "UTC+3", "CEST", "UTC"])
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.description.contains("'CET' is UTC+01:00 in tzdata") == true)
        #expect(loaded.meeting.timeZoneLabel == "UTC")
    }

    @Test func aFixedOffsetWithAnotherOffsetsNameIsWarnedAbout() throws {
        let loaded = try Self.load(
            meeting: "+03:00", label: "EET", rounds: "  - {id: r1, date: 2025-06-02, start: '13:00', end: '18:00'}")
        #expect(loaded.warnings.count == 1)
        #expect(loaded.meeting.rounds.first?.timeZoneLabel == "UTC+03:00")
    }

    /// A name another zone of the same area uses states that zone's offset: PST on a New York
    /// round, CET on an Istanbul one. A name only another area uses (Riyadh's AST, tzdata's
    /// Atlantic time) stays the user's.
    @Test func aNameFromAnotherZoneOfTheAreaIsWarnedAbout() throws {
        let york = try Self.load(
            meeting: "America/New_York", label: "PST", rounds: "  - {id: r, date: 2025-06-02, start: \"10:00\", end: \"11:00\"}")
        #expect(york.warnings.map(\.description).contains { $0.contains("timezoneLabel 'PST' is UTC−08:00 in tzdata") })
        #expect(york.meeting.rounds.first?.zoneLabel(at: york.meeting.rounds[0].start.instant) == "EDT")
        let istanbul = try Self.load(
            meeting: "Europe/Istanbul", label: "CET", rounds: "  - {id: r, date: 2025-06-02, start: \"10:00\", end: \"11:00\"}")
        #expect(istanbul.warnings.count == 1)
        #expect(istanbul.meeting.rounds.first?.timeZoneLabel == "UTC+03:00")
        let riyadh = try Self.load(
            meeting: "Asia/Riyadh", label: "AST", rounds: "  - {id: r, date: 2025-02-18, start: \"10:00\", end: \"11:00\"}")
        #expect(riyadh.warnings.isEmpty && riyadh.meeting.rounds.first?.timeZoneLabel == "AST")
    }

    @Test func theSamplesKeepTheirLabels() throws {
        // Riyadh's AST is not a name tzdata uses for Asia/Riyadh (its AST is Atlantic): kept as the user's.
        for (file, label) in [("istanbul-2025", "MSK"), ("normandy-paris-2019", "CET"), ("riyadh-2025", "AST")] {
            let loaded = try MeetingLoader.load(path: RepositoryPaths.samples + "/\(file).yaml")
            #expect(loaded.warnings.isEmpty, "\(file)")
            #expect(loaded.meeting.rounds.allSatisfy { $0.timeZoneLabel == label }, "\(file)")
        }
    }
}
