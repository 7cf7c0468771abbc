import ParleyColor
import ParleyModel
import ParleyScene

/// Colours and names of parties as every chart shows them: the model's colour, else a colour
/// from the theme's palette chosen to stay ΔE00 ≥ 15 from every other party's (explicit ones
/// included, also for a deuteranope: `DistinctPalette`); the print theme uses three greys and,
/// past them, patterns (`MarkPattern`), and relies on names in labels.
struct PartyStyle {
    let meeting: Meeting
    let theme: Theme
    /// The names' language (`LayoutOptions.namesLanguage(of:)`): parties, people, titles, venues.
    let language: String?
    /// The chart's words (`LayoutOptions.strings(for:)`), carried with the names so that every
    /// part drawing a party's name also says its role, seat and sentences in the same language.
    let strings: Strings
    /// Each party's place in the model and each person, by id (the first of a repeated id, as
    /// `Meeting.party` finds it): charts look them up for every seat and event, and a search of
    /// the model's lists made a 1,500-person seating comparison cost seconds.
    private let partyIndex: [String: Int]
    private let peopleByID: [String: Person]
    /// The people whose role says they head a delegation or chair (`SeatLabel.namesAHead`),
    /// read once a chart: a seat's label is made many times while the table grows to fit.
    private let heads: Set<String>
    /// The colour each party is drawn in, chosen once a chart: explicit ones as the theme lifts
    /// them, the rest from `DistinctPalette` so they keep apart from all others.
    private let colors: [String: Color]

    /// The style of a chart drawn with `options`: its theme, names language and words.
    init(meeting: Meeting, options: LayoutOptions) {
        self.init(
            meeting: meeting, theme: options.theme, language: options.namesLanguage(of: meeting), strings: options.strings(for: meeting))
    }

    /// The style for `language`'s names (`nil`: the model's `name`s) and the words of `strings`.
    init(meeting: Meeting, theme: Theme, language: String?, strings: Strings) {
        self.meeting = meeting
        self.theme = theme
        self.language = language
        self.strings = strings
        partyIndex = Dictionary(meeting.parties.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByID = Dictionary(meeting.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        heads = Set(peopleByID.values.filter { SeatLabel.namesAHead($0.role) }.map(\.id))
        colors = Self.partyColors(meeting.parties, theme: theme)
    }

    /// The print theme's grey levels: black, a dark and a mid grey, ΔE00 ≥ 15 apart and each
    /// ≥ 3:1 on white and on the table's panel. Parties past the third get patterns.
    static var printGreys: [Color] { Theme.print.palette }

    private static func partyColors(_ parties: [Party], theme: Theme) -> [String: Color] {
        var colors: [String: Color] = [:]
        if theme.name == ThemeName.print.rawValue {
            for (index, party) in parties.enumerated() where colors[party.id] == nil {
                colors[party.id] = printGreys[index % printGreys.count]
            }
            return colors
        }
        // Every colour lifted to 3:1 on the canvas and on the table top, where seats and bands sit.
        let surfaces = [theme.background, theme.panel]
        func legible(_ color: Color) -> Color { surfaces.reduce(color) { $0.legible(on: $1, towards: theme.text) } }
        var automatic: [String] = []
        for party in parties where colors[party.id] == nil && !automatic.contains(party.id) {
            if let color = party.color { colors[party.id] = legible(color) } else { automatic.append(party.id) }
        }
        let preferred = theme.palette.map(legible)
        let palette = DistinctPalette(preferred: preferred, backgrounds: surfaces)
        let explicit = parties.compactMap { colors[$0.id] }
        for (id, color) in zip(automatic, palette.colors(count: automatic.count, avoiding: explicit)) { colors[id] = color }
        return colors
    }

    func party(_ id: String) -> Party? { partyIndex[id].map { meeting.parties[$0] } }
    func person(_ id: String) -> Person? { peopleByID[id] }
    /// Whether the person's role says they head a delegation or chair the talks.
    func isHead(_ personID: String) -> Bool { heads.contains(personID) }

    func color(_ partyID: String) -> Color {
        colors[partyID] ?? theme.palette[0]
    }

    /// The lines drawn across the party's marks: none but in the print theme, where the fourth
    /// party on gets a pattern (four patterns × three greys tell twelve parties apart).
    func pattern(_ partyID: String) -> MarkPattern {
        guard theme.name == ThemeName.print.rawValue, let index = partyIndex[partyID] else { return .solid }
        return MarkPattern(rawValue: (index / Self.printGreys.count) % MarkPattern.allCases.count) ?? .solid
    }

    /// The meeting's title in the names' language.
    var meetingTitle: String { meeting.displayTitle(in: language) }
    /// A round's title in the names' language.
    func title(_ round: Round) -> String { round.displayTitle(in: language) }
    /// A round's venue in the names' language.
    func venue(_ round: Round) -> String? { round.venue(in: language) }

    func name(_ partyID: String) -> String {
        party(partyID)?.name(in: language == "native" ? nil : language) ?? partyID
    }

    /// Text that reads on `fill`: the theme's text colour or its background, whichever contrasts more.
    func textColor(on fill: Color) -> Color {
        fill.contrastRatio(with: .white) >= fill.contrastRatio(with: Color(rgb: 0x1F2328)) ? .white : Color(rgb: 0x1F2328)
    }
}
