import ParleyModel
import ParleyScene

/// Colours and names of parties as every chart shows them: the model's colour, else the
/// theme's palette in model order; the print theme uses greys and relies on labels.
struct PartyStyle {
    let meeting: Meeting
    let theme: Theme
    let language: String?

    func color(_ partyID: String) -> Color {
        let index = meeting.parties.firstIndex { $0.id == partyID } ?? 0
        if theme.name == "print" { return theme.palette[index % theme.palette.count] }
        if let color = meeting.parties.first(where: { $0.id == partyID })?.color { return theme.partyColor(color) }
        return theme.palette[index % theme.palette.count]
    }

    func name(_ partyID: String) -> String {
        meeting.party(partyID)?.name(in: language == "native" ? nil : language) ?? partyID
    }

    /// Text that reads on `fill`: the theme's text colour or its background, whichever contrasts more.
    func textColor(on fill: Color) -> Color {
        fill.contrastRatio(with: .white) >= fill.contrastRatio(with: Color(rgb: 0x1F2328)) ? .white : Color(rgb: 0x1F2328)
    }
}
