import Foundation
import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Every printed time is complete: the next day marked, seconds kept, the 12-hour clock
/// everywhere, a round in another zone given in the meeting's time too, contested durations
/// as ranges.
@Suite struct TimeTextTests {
    static let fixtures = RepositoryPaths.root + "/Tests/Fixtures/time"

    private func load(_ yaml: String) throws -> Meeting {
        try MeetingLoader.parse(Array(yaml.utf8), file: "test.yaml").meeting
    }

    private func fixture(_ name: String) throws -> Meeting {
        try MeetingLoader.load(path: "\(Self.fixtures)/\(name).yaml").meeting
    }

    private func timeline(_ meeting: Meeting, _ options: LayoutOptions) throws -> Scene {
        try TimelineLayout().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
    }

    /// Every text of a scene a reader can get: drawn text, the scene's and every group's title and description.
    static func allTexts(_ scene: Scene) -> [String] {
        var texts = [scene.title, scene.description]
        func visit(_ nodes: [SceneNode]) {
            for node in nodes {
                switch node {
                case .text(let run): texts.append(run.text)
                case .group(let group):
                    texts += [group.title, group.description].compactMap { $0 }
                    visit(group.children)
                default: break
                }
            }
        }
        visit(scene.nodes)
        return texts
    }

    /// The free text of a model: notes, sources, labels, titles, longest first.
    static func authoredTexts(_ meeting: Meeting) -> [String] {
        var texts = [meeting.displayTitle] + meeting.provenance.sources + [meeting.provenance.note].compactMap { $0 }
        for round in meeting.rounds {
            texts += [round.displayTitle, round.venue, round.provenance.note, round.table?.provenance.note].compactMap { $0 }
            texts += round.provenance.sources + (round.table?.provenance.sources ?? [])
            texts += round.events.flatMap { [$0.label] + $0.provenance.sources + [$0.provenance.note].compactMap { $0 } }
            texts += round.outcomes.flatMap { [$0.text] + $0.provenance.sources + [$0.provenance.note].compactMap { $0 } }
            texts += round.segments.map(\.label)
        }
        return texts.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// A 24-hour time of day that a 12-hour clock would never print ("13:05", "00:40"), not an offset ("UTC+00:00").
    static func twentyFourHourTimes(in text: String) -> [String] {
        let pattern = /(^|[^+−\-\d:])((?:1[3-9]|2[0-3]|00):[0-5]\d)/
        return text.matches(of: pattern).map { String($0.output.2) }
    }

    @Test func aTimeAfterMidnightCarriesTheNextDayMark() throws {
        let meeting = try fixture("after-midnight")
        let scene = try timeline(meeting, LayoutOptions(roundID: "late"))
        let texts = scene.textFrames.map(\.text)
        #expect(texts.contains("22:10") && texts.contains("01:45 (+1 day)"))
        #expect(texts.contains { $0.hasPrefix("00:40 (+1 day) Counter-proposal") })
        #expect(texts.contains { $0.hasPrefix("23:30 Proposal tabled") })
        let round = meeting.rounds[0]
        let zone = round.zoneLabel(at: round.end.instant)
        #expect(scene.description.contains("22:10–01:45 \(zone) (+1 day), 3 h 35 min"))
        let twoDays = try load(
            """
            parley: 1
            id: long
            timezone: UTC
            parties: [{id: a, name: A}]
            rounds: [{id: r, date: 2025-06-02, start: "22:00", end: "2025-06-04T01:00"}]
            """)
        #expect(try timeline(twoDays, LayoutOptions(roundID: "r")).textFrames.contains { $0.text == "01:00 (+2 days)" })
        #expect(
            MeetingDescription.round(twoDays.rounds[0], meeting: twoDays, clock: .twentyFour, strings: .english, language: nil).contains(
                "(+2 days)"))
    }

    @Test func secondsThatTheModelGivesArePrinted() throws {
        let meeting = try fixture("forty-seconds")
        let scene = try timeline(meeting, LayoutOptions(roundID: "brief"))
        let texts = scene.textFrames.map(\.text)
        #expect(texts.contains("10:00:00") && texts.contains("10:00:40") && texts.contains("40 s"))
        #expect(texts.contains { $0.hasPrefix("10:00:20 Gavel") })
        #expect(scene.description.contains("10:00:00–10:00:40"))
        #expect(!texts.contains("1 min") && !scene.description.contains("10:00–10:00"))
        #expect(Formatting.duration(seconds: 100, strings: .english) == "1 min 40 s")
        #expect(Formatting.duration(seconds: 40, strings: .english) == "40 s")
        #expect(Formatting.duration(seconds: 3725, strings: .english) == "1 h 2 min")
        #expect(ClockStyle.twelve.text(secondsOfDay: 14 * 3600 + 43 * 60 + 20, seconds: true, strings: .english) == "2:43:20\u{00A0}p.m.")
        // The bar is 40 seconds long on the axis of minutes.
        SceneInvariants.check(scene, "forty seconds")
    }

    @Test func theTwelveHourClockReachesEveryPrintedTime() throws {
        var meetings = try RepositoryPaths.sampleNames.map { try MeetingLoader.load(path: RepositoryPaths.sample($0)).meeting }
        for name in ["geneva-night", "new-york-fall-back", "spring-forward", "forty-seconds", "after-midnight"] {
            meetings.append(try fixture(name))
        }
        var checked = 0
        for meeting in meetings {
            var scenes: [Scene] = []
            for alignment in TimelineAlignment.allCases {
                scenes.append(try timeline(meeting, LayoutOptions(alignment: alignment, clock: .twelve)))
            }
            for round in meeting.rounds { scenes.append(try timeline(meeting, LayoutOptions(roundID: round.id, clock: .twelve))) }
            scenes.append(try OverviewLayout().layout(meeting, options: LayoutOptions(clock: .twelve), measurer: FixedMetricsMeasurer()))
            // What the model's authors wrote (notes, labels, sources) is quoted as written, times and all.
            let authored = Self.authoredTexts(meeting)
            func printed(_ text: String) -> String { authored.reduce(text) { $0.replacingOccurrences(of: $1, with: "") } }
            for scene in scenes {
                for text in Self.allTexts(scene) {
                    #expect(Self.twentyFourHourTimes(in: printed(text)).isEmpty, "\(meeting.id): '\(text)'")
                    checked += 1
                }
            }
            let report = ReportDocument(meeting: meeting, clock: .twelve)
            var reportTexts = [report.summary]
            for section in report.sections {
                reportTexts += section.facts.map(\.value) + section.lists.flatMap { $0.items.map(\.text) }
            }
            for text in reportTexts {
                #expect(Self.twentyFourHourTimes(in: printed(text)).isEmpty, "report of \(meeting.id): '\(text)'")
            }
        }
        #expect(checked > 500)
        // The check itself: it finds what a 24-hour clock prints, and leaves offsets alone.
        #expect(Self.twentyFourHourTimes(in: "21:30–00:40 UTC+00:00 (+1 day), 13:05, 9:30") == ["21:30", "00:40", "13:05"])
        // The midnight tick of a night round stands, on the 12-hour clock too.
        let night = try timeline(try fixture("after-midnight"), LayoutOptions(roundID: "late", clock: .twelve))
        #expect(night.textFrames.contains { $0.text == "12:00\u{00A0}a.m." })
    }

    @Test func aRoundInAnotherZoneAlsoGivesTheMeetingsTime() throws {
        let meeting = try fixture("after-midnight")
        let abroad = try #require(meeting.round("abroad"))
        let own = abroad.zoneLabel(at: abroad.start.instant)
        let berlin = try #require(meeting.round("late")).zoneLabel(at: abroad.start.instant)
        let expected = "08:00–09:15 \(own) (14:00–15:15 \(berlin))"
        #expect(Formatting.span(abroad, meeting: meeting, clock: .twentyFour, strings: .english) == expected)
        #expect(MeetingDescription.round(abroad, meeting: meeting, clock: .twentyFour, strings: .english, language: nil).contains(expected))
        let report = ReportDocument(meeting: meeting)
        #expect(report.sections.contains { $0.facts.contains { $0.label == "Time" && $0.value == expected } })
        let comparison = try timeline(meeting, LayoutOptions())
        #expect(comparison.textFrames.contains { $0.text.contains(expected) || $0.text.contains("08:00–09:15 \(own) (14:00–") })
        #expect(comparison.description.contains(expected))
        // A round in the meeting's own zone gives its times once.
        let late = try #require(meeting.round("late"))
        #expect(
            Formatting.span(late, meeting: meeting, clock: .twentyFour, strings: .english)
                == "22:10–01:45 \(late.zoneLabel(at: late.end.instant)) (+1 day)")
    }

    @Test func aSpanAcrossAZoneChangeNamesBothZones() throws {
        // 00:30–01:30 UTC on 27 October 2024 is 02:30 summer time to 02:30 winter time in Zurich.
        let meeting = try load(
            """
            parley: 1
            id: across
            timezone: Europe/Zurich
            parties: [{id: a, name: A}]
            rounds: [{id: r, date: 2024-10-27, timezone: UTC, start: "00:30", end: "01:30"}]
            """)
        let round = meeting.rounds[0]
        let zurich = meeting.timeZone
        let summer = zurich.abbreviation(at: round.start.instant), winter = zurich.abbreviation(at: round.end.instant)
        #expect(summer != winter)
        let utc = round.zoneLabel(at: round.start.instant)
        #expect(
            Formatting.span(round, meeting: meeting, clock: .twentyFour, strings: .english)
                == "00:30–01:30 \(utc) (02:30 \(summer) – 02:30 \(winter))")
    }

    @Test func contestedEndsGiveTheDurationAsARange() throws {
        let meeting = try load(
            """
            parley: 1
            id: contested
            timezone: Europe/Moscow
            parties: [{id: a, name: A}]
            rounds: [{id: r, date: 2025-06-02, start: "14:43", end: "15:57"}]
            """)
        var round = meeting.rounds[0]
        #expect(Formatting.duration(of: round, strings: .english) == "1 h 14 min")
        var later = round.start
        later.secondsOfDay += 60
        round.start.claims = [TimeClaim(time: round.start, by: "Turkish MFA"), TimeClaim(time: later, by: "Ukrainian MFA")]
        var end = round.end
        end.secondsOfDay += 60
        round.end.claims = [TimeClaim(time: round.end, by: "Turkish MFA"), TimeClaim(time: end, by: "Russian media")]
        #expect(Formatting.duration(of: round, strings: .english) == "1 h 13–15 min")
        round.end.isApproximate = true
        #expect(Formatting.duration(of: round, strings: .english) == "≈1 h 13–15 min")
        // Across the hour, both ends in full.
        var short = meeting.rounds[0]
        short.end.secondsOfDay = short.start.secondsOfDay + 58 * 60
        var longer = short.end
        longer.secondsOfDay += 4 * 60
        short.end.claims = [TimeClaim(time: short.end), TimeClaim(time: longer)]
        short.end.isRange = true
        #expect(Formatting.duration(of: short, strings: .english) == "58 min – 1 h 2 min")
    }
}
