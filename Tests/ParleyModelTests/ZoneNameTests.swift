import Foundation
import Testing

@testable import ParleyModel

/// Issue 11, zones named truthfully: every tzdata name accepted, tzdata's own abbreviations
/// (else the offset), and suggestions for unknown names only where they keep the offset.
@Suite struct ZoneNameTests {
    static func instant(_ text: String) -> Int {
        Int(ISO8601DateFormatter().date(from: text)?.timeIntervalSince1970 ?? 0)
    }

    static func zone(_ name: String) throws -> ZoneSpec { try #require(TimeParsing.zone(name), "\(name) refused") }

    @Test func everyTzdataNameIsAcceptedLegacyOnesIncluded() throws {
        let summer = Self.instant("2025-07-01T12:00:00Z"), winter = Self.instant("2025-01-15T12:00:00Z")
        #expect(try Self.zone("CET").abbreviation(at: summer) == "CEST")
        #expect(try Self.zone("EST5EDT").abbreviation(at: winter) == "EST")
        #expect(try Self.zone("US/Eastern").abbreviation(at: summer) == "EDT")
        #expect(try Self.zone("Europe/Kiev").abbreviation(at: summer) == "EEST")
        // POSIX's sign: Etc/GMT+3 is three hours behind UTC.
        #expect(try Self.zone("Etc/GMT+3").offset(at: summer) == -3 * 3600)
        #expect(try Self.zone("Etc/GMT+3").abbreviation(at: summer) == "UTC−03:00")
        // Every name the system's tzdata lists reads as a zone.
        let refused = ZoneRulesCache.allNames.filter { TimeParsing.zone($0) == nil }
        #expect(refused.isEmpty, "\(refused.prefix(10))")
    }

    @Test func abbreviationsAreTzdatasLettersElseTheOffset() throws {
        let summer = Self.instant("2025-07-01T12:00:00Z"), winter = Self.instant("2025-01-15T12:00:00Z")
        let expected: [(String, Int, String)] = [
            ("Europe/Zurich", summer, "CEST"), ("Europe/Zurich", winter, "CET"), ("America/New_York", summer, "EDT"),
            ("America/New_York", winter, "EST"), ("Europe/Moscow", summer, "MSK"), ("UTC", summer, "UTC"),
            ("Europe/London", winter, "GMT"), ("Europe/London", summer, "BST"), ("Europe/Istanbul", summer, "UTC+03:00"),
            ("Asia/Tehran", winter, "UTC+03:30"), ("Australia/Lord_Howe", summer, "UTC+10:30"),
            ("Australia/Lord_Howe", winter, "UTC+11:00"), ("America/Sao_Paulo", summer, "UTC−03:00"), ("+03:00", summer, "UTC+03:00"),
            ("-08:00", summer, "UTC−08:00"), ("UTC+5:30", summer, "UTC+05:30"),
        ]
        for (name, instant, label) in expected { #expect(try Self.zone(name).abbreviation(at: instant) == label, "\(name)") }
    }

    @Test func namesThatAreNoZoneAreRefused() {
        for text in [
            "PST", "MSK", "GMT+3", "Europe/", "/etc/localtime", "../zoneinfo/UTC", "Europe/../UTC", "posixrules/x", "Europe", "localtime",
            "posixrules", "right/Europe/Zurich", "posix/Europe/Zurich",
        ] {
            #expect(TimeParsing.zone(text) == nil, "\(text)")
        }
    }

    static func unknownZoneError(_ zone: String, label: String? = nil, rounds: String) -> String? {
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
        return ModelFixtures.errors(text).first { $0.contains("unknown time zone") }
    }

    static let summerRound = "  - {id: r1, date: 2025-06-02, start: '10:00', end: '11:00'}"

    @Test func aTypoOfTheCityIsSuggestedWithinItsArea() {
        #expect(Self.unknownZoneError("Europe/Moskow", rounds: Self.summerRound)?.contains("did you mean 'Europe/Moscow'?") == true)
        #expect(Self.unknownZoneError("america/new_york", rounds: Self.summerRound)?.contains("did you mean 'America/New_York'?") == true)
    }

    @Test func cetIsAcceptedAndGenevaKeepsZurichsTime() throws {
        #expect(ModelFixtures.errors("parley: 1\nid: d\ntimezone: CET\nparties: [{id: a, name: A}]\nrounds:\n" + Self.summerRound).isEmpty)
        let geneva = try #require(Self.unknownZoneError("Europe/Geneva", rounds: Self.summerRound))
        #expect(geneva.contains("did you mean 'Europe/Zurich'?"))
        #expect(!geneva.contains("Kiev") && !geneva.contains("Kyiv"))
        #expect(Self.unknownZoneError("America/Washington", rounds: Self.summerRound)?.contains("'America/New_York'") == true)
    }

    @Test func aSuggestionMustKeepTheOffsetTheModelStates() {
        // The stated label says Central European summer time: Berlin keeps it, New York does not.
        #expect(
            Self.unknownZoneError("Europe/Berln", label: "CEST", rounds: Self.summerRound)?.contains("did you mean 'Europe/Berlin'?")
                == true)
        #expect(Self.unknownZoneError("America/New_Yrok", label: "MSK", rounds: Self.summerRound)?.contains("did you mean") == false)
        #expect(Self.unknownZoneError("Europe/Geneva", label: "EST", rounds: Self.summerRound)?.contains("did you mean") == false)
        // A time with an offset tells the intent as well.
        let offsetRound = "  - {id: r1, date: 2025-06-02, start: '2025-06-02T10:00-04:00', end: '11:00'}"
        #expect(Self.unknownZoneError("America/New_Yrok", rounds: offsetRound)?.contains("did you mean 'America/New_York'?") == true)
        #expect(Self.unknownZoneError("Europe/Moskow", rounds: offsetRound)?.contains("did you mean") == false)
        // With no fact of the intent, a name far from any city of its area gets none.
        #expect(Self.unknownZoneError("Europe/Atlantis", rounds: Self.summerRound)?.contains("did you mean") == false)
        #expect(Self.unknownZoneError("CETT", rounds: Self.summerRound)?.contains("did you mean") == false)
    }
}
