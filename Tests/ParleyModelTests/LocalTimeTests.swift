import Testing

@testable import ParleyModel

/// Issue 11: wall-clock times that occur twice are a warning that says which occurrence was
/// taken and how to write the other; times that never occur are an error with the jump and
/// the fix. Times with an offset are never ambiguous.
@Suite struct LocalTimeTests {
    static func diagnostics(zone: String, date: String, start: String, end: String, event: String) -> [String] {
        let text = """
            parley: 1
            id: demo
            timezone: \(zone)
            parties:
              - {id: ru, name: Russia}
            rounds:
              - id: r1
                date: \(date)
                start: "\(start)"
                end: "\(end)"
                events:
                  - {at: "\(event)", label: Something}
            """
        do {
            return try MeetingLoader.parse(Array(text.utf8), file: "t.yaml").warnings.map(\.description)
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aFallBackTimeIsTakenAtItsFirstOccurrenceWithAWarning() {
        let zurich = Self.diagnostics(
            zone: "Europe/Zurich", date: "2024-10-26", start: "21:30", end: "2024-10-27T03:20", event: "2024-10-27T02:30")
        #expect(
            zurich == [
                "t.yaml:12:14: warning: 02:30 on 2024-10-27 occurs twice in Europe/Zurich (clocks went back from 03:00 CEST to 02:00 CET); Parley takes the first, 02:30 CEST (UTC+02:00); for the second, 02:30 CET, write the offset: 2024-10-27T02:30+01:00; write 2024-10-27T02:30+02:00 to keep the first without this warning"
            ])
        let newYork = Self.diagnostics(zone: "America/New_York", date: "2025-11-02", start: "00:30", end: "03:00", event: "01:30")
        #expect(newYork.count == 1)
        #expect(
            newYork.first?.contains(
                "01:30 on 2025-11-02 occurs twice in America/New_York (clocks went back from 02:00 EDT to 01:00 EST); Parley takes the first, 01:30 EDT"
            ) == true)
        #expect(newYork.first?.contains("2025-11-02T01:30-05:00") == true)
    }

    @Test func theFirstOccurrenceIsTheEarlierInstantAndAnOffsetPicksTheSecond() throws {
        let text =
            ModelFixtures.header.replacingOccurrences(of: "Europe/Moscow", with: "America/New_York") + """
                  - id: r1
                    date: 2025-11-02
                    start: "00:30"
                    end: "03:00"
                    events:
                      - {at: "2025-11-02T01:30-04:00", label: First}
                      - {at: "2025-11-02T01:30-05:00", label: Second}
                """
        let loaded = try MeetingLoader.parse(Array(text.utf8), file: "t.yaml")
        // Explicit offsets: no warning, and two instants an hour apart with the same wall clock.
        #expect(loaded.warnings.isEmpty)
        let events = try #require(loaded.meeting.rounds.first).events.compactMap(\.at)
        #expect(events.map(\.clockText) == ["01:30", "01:30"])
        #expect(events[1].instant - events[0].instant == 3600)
        let round = try #require(loaded.meeting.rounds.first)
        #expect(round.durationSeconds == 3 * 3600 + 30 * 60)
        #expect(round.zoneLabel(at: events[0].instant) == "EDT" && round.zoneLabel(at: events[1].instant) == "EST")
    }

    @Test func aSpringForwardTimeIsAnErrorThatSaysTheJump() {
        let zurich = Self.diagnostics(zone: "Europe/Zurich", date: "2024-03-31", start: "01:00", end: "04:00", event: "02:30")
        #expect(
            zurich == [
                "t.yaml:12:14: error: 02:30 on 2024-03-31 does not exist in Europe/Zurich: the clocks jumped from 02:00 CET to 03:00 CEST; write a time before 02:00 or from 03:00 on, or the time with the offset the source used, e.g. 2024-03-31T02:30+01:00 (which is 03:30 CEST)"
            ])
        // Lord Howe moves its clocks by 30 minutes.
        let lordHowe = Self.diagnostics(zone: "Australia/Lord_Howe", date: "2024-10-06", start: "01:00", end: "04:00", event: "02:15")
        #expect(lordHowe.count == 1)
        #expect(
            lordHowe.first?.contains(
                "error: 02:15 on 2024-10-06 does not exist in Australia/Lord_Howe: the clocks jumped from 02:00 UTC+10:30 to 02:30 UTC+11:00"
            ) == true)
    }

    @Test func theMappingFormPointsAtItsTime() {
        let text =
            ModelFixtures.header.replacingOccurrences(of: "Europe/Moscow", with: "Europe/Zurich") + """
                  - id: r1
                    date: 2024-03-31
                    start: "01:00"
                    end: {at: "02:30", approx: true}
                """
        #expect(ModelFixtures.errors(text).first?.hasPrefix("test.yaml:11:15: error: 02:30 on 2024-03-31 does not exist") == true)
    }

    @Test func ordinaryTimesSayNothing() {
        #expect(Self.diagnostics(zone: "Europe/Zurich", date: "2024-10-27", start: "01:59", end: "03:00", event: "03:00").isEmpty)
        #expect(Self.diagnostics(zone: "UTC", date: "2024-10-27", start: "02:00", end: "03:00", event: "02:30").isEmpty)
        #expect(Self.diagnostics(zone: "+02:00", date: "2024-10-27", start: "02:00", end: "03:00", event: "02:30").isEmpty)
    }
}
