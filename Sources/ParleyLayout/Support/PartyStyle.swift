import ParleyColor
import ParleyModel
import ParleyScene

/// Colours and names of parties as every chart shows them: the model's colour, else the
/// theme's palette in model order; the print theme uses greys and relies on labels.
struct PartyStyle {
    let meeting: Meeting
    let theme: Theme
    let language: String?
    /// Each party's place in the model and each person, by id (the first of a repeated id, as
    /// `Meeting.party` finds it): charts look them up for every seat and event, and a search of
    /// the model's lists made a 1,500-person seating comparison cost seconds.
    private let partyIndex: [String: Int]
    private let peopleByID: [String: Person]
    /// The people whose role says they head a delegation or chair (`SeatLabel.namesAHead`),
    /// read once a chart: a seat's label is made many times while the table grows to fit.
    private let heads: Set<String>

    init(meeting: Meeting, theme: Theme, language: String?) {
        self.meeting = meeting
        self.theme = theme
        self.language = language
        partyIndex = Dictionary(meeting.parties.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        peopleByID = Dictionary(meeting.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        heads = Set(peopleByID.values.filter { SeatLabel.namesAHead($0.role) }.map(\.id))
    }

    func party(_ id: String) -> Party? { partyIndex[id].map { meeting.parties[$0] } }
    func person(_ id: String) -> Person? { peopleByID[id] }
    /// Whether the person's role says they head a delegation or chair the talks.
    func isHead(_ personID: String) -> Bool { heads.contains(personID) }

    func color(_ partyID: String) -> Color {
        let index = partyIndex[partyID] ?? 0
        if theme.name == "print" { return theme.palette[index % theme.palette.count] }
        if let color = party(partyID)?.color { return theme.partyColor(color) }
        return theme.palette[index % theme.palette.count]
    }

    func name(_ partyID: String) -> String {
        party(partyID)?.name(in: language == "native" ? nil : language) ?? partyID
    }

    /// Text that reads on `fill`: the theme's text colour or its background, whichever contrasts more.
    func textColor(on fill: Color) -> Color {
        fill.contrastRatio(with: .white) >= fill.contrastRatio(with: Color(rgb: 0x1F2328)) ? .white : Color(rgb: 0x1F2328)
    }
}
