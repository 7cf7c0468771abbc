import ParleyColor
import ParleyModel
import ParleyScene
import Testing

@testable import ParleyLayout

/// Party colours keep apart: automatic ones from each other and from explicit ones (ΔE00 ≥ 15,
/// also for a deuteranope), legible on the canvas and table top; the print theme tells twelve
/// parties apart by grey and pattern.
@Suite struct PartyStyleTests {
    static func meeting(parties: [String]) throws -> Meeting {
        let yaml = """
            parley: 1
            id: m
            timezone: UTC
            parties:
            \(parties.map { "  - \($0)" }.joined(separator: "\n"))
            rounds:
              - {id: r1, date: 2026-03-10, start: "10:00", end: "11:00"}
            """
        return try MeetingLoader.parse(Array(yaml.utf8), file: "m.yaml").meeting
    }

    static func uncoloured(_ count: Int) -> [String] { (1...count).map { "{id: p\($0), name: Party \($0)}" } }

    @Test(arguments: [Theme.light, Theme.dark])
    func twelveAutomaticColoursKeepApart(theme: Theme) throws {
        let meeting = try Self.meeting(parties: Self.uncoloured(12))
        let style = PartyStyle(meeting: meeting, theme: theme, language: nil, strings: .english)
        let colors = meeting.parties.map { style.color($0.id) }
        for (i, color) in colors.enumerated() {
            #expect(color.contrastRatio(with: theme.background) >= 3)
            #expect(color.contrastRatio(with: theme.panel) >= 3)
            for other in colors[(i + 1)...] {
                #expect(ColorDifference.perceived(color, other) >= DistinctPalette.minimumDifference)
            }
        }
    }

    /// The issue's case: an explicit #009c3b no longer gets the automatic #3ca951 beside it.
    @Test(arguments: [Theme.light, Theme.dark])
    func automaticColoursKeepApartFromExplicitOnes(theme: Theme) throws {
        let parties =
            [
                "{id: br, name: Brazil, color: '#009c3b'}", "{id: fr, name: France, color: '#0055A4'}",
                "{id: cn, name: China, color: '#EE1C25'}",
            ]
            + Self.uncoloured(6)
        let meeting = try Self.meeting(parties: parties)
        let style = PartyStyle(meeting: meeting, theme: theme, language: nil, strings: .english)
        let explicit = [style.color("br"), style.color("fr"), style.color("cn")]
        let automatic = meeting.parties.dropFirst(3).map { style.color($0.id) }
        let all = explicit + automatic
        for (i, color) in automatic.enumerated() {
            for other in all where other != color {
                #expect(ColorDifference.perceived(color, other) >= DistinctPalette.minimumDifference, "\(i): \(color.hexString)")
            }
        }
        #expect(!automatic.contains(Color(rgb: 0x3CA951)))
    }

    @Test func printTellsTwelvePartiesApartByGreyAndPattern() throws {
        let meeting = try Self.meeting(parties: Self.uncoloured(12))
        let style = PartyStyle(meeting: meeting, theme: .print, language: nil, strings: .english)
        let looks = meeting.parties.map { "\(style.color($0.id).hexString)-\(style.pattern($0.id))" }
        #expect(Set(looks).count == 12)
        for party in meeting.parties {
            let grey = style.color(party.id)
            #expect(grey.red == grey.green && grey.green == grey.blue)
            #expect(grey.contrastRatio(with: Theme.print.background) >= 3)
            #expect(grey.contrastRatio(with: Theme.print.panel) >= 3)
        }
        let greys = Theme.print.palette
        for (i, grey) in greys.enumerated() {
            for other in greys[(i + 1)...] { #expect(ColorDifference.ciede2000(grey, other) >= DistinctPalette.minimumDifference) }
        }
    }

    @Test func samePartiesSameColours() throws {
        let meeting = try Self.meeting(parties: ["{id: a, name: A, color: '#D52B1E'}"] + Self.uncoloured(9))
        let first = PartyStyle(meeting: meeting, theme: .light, language: nil, strings: .english)
        let second = PartyStyle(meeting: meeting, theme: .light, language: nil, strings: .english)
        #expect(meeting.parties.map { first.color($0.id) } == meeting.parties.map { second.color($0.id) })
    }
}
