import ParleyModel
import ParleyScene

/// What a seat says and how it looks: the person's name (or the party's, for an unnamed
/// seat), their role, whether they head a delegation, and whether the party is neutral.
struct SeatLabel {
    var name: String
    var role: String?
    var party: String?
    var isHead: Bool
    var isNeutral: Bool

    init(_ seat: Seat, meeting: Meeting, style: PartyStyle, strings: Strings = .english) {
        let person = seat.person.flatMap(style.person)
        name = person?.name(in: style.language) ?? seat.name ?? seat.party.map(style.name) ?? strings.text(.seatUnnamed)
        role = person?.role ?? seat.role.map(strings.name(of:))
        if person == nil, seat.name != nil, let party = seat.party {
            role = [role, style.name(party)].compactMap { $0 }.joined(separator: ", ")
        }
        party = seat.party
        isHead = seat.role == .head || seat.role == .chair || person.map { SeatLabel.namesAHead($0.role) } ?? false
        let partyRole = seat.party.flatMap(style.party)?.role
        isNeutral = partyRole == .mediator || partyRole == .host
    }

    /// The name (bold for a head) over the role, set to `width`; anchored at its top.
    func runs(at anchor: Point, alignment: TextAlignment, width: Double, typesetter: Typesetter) -> [TextRun] {
        let nameRun = typesetter.run(
            name, .body, at: anchor, alignment: alignment, maxWidth: width, overflow: .lineClamp, weight: isHead ? .bold : nil)
        guard let role else { return [nameRun] }
        let roleRun = typesetter.run(
            role, .small, at: Point(x: anchor.x, y: anchor.y + nameRun.metrics.height), alignment: alignment, maxWidth: width)
        return [nameRun, roleRun]
    }

    /// The width the label would take on one line, or any width of at least `cap` when wider
    /// (callers clamp to `cap`, so a long name is measured only as far as the cap).
    func naturalWidth(_ typesetter: Typesetter, cappedAt cap: Double) -> Double {
        max(
            typesetter.width(name, .body, cappedAt: cap) * (isHead ? 1.08 : 1),
            role.map { typesetter.width($0, .small, cappedAt: cap) } ?? 0)
    }

    /// Whether a person's free-text role (from the model, in English) says they head the
    /// delegation or chair the talks: one of its comma- or semicolon-separated parts is
    /// "head of delegation" or "chair" (or chairman, chairwoman, chairperson), so "Foreign
    /// Minister, chair" does and "Secretary to the chair" does not. Models that say it with a
    /// seat's `role: head` or `role: chair` need no such words.
    static func namesAHead(_ role: String?) -> Bool {
        guard let role else { return false }
        let parts = role.lowercased().split { $0 == "," || $0 == ";" }.map {
            String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        return parts.contains { ["head of delegation", "chair", "chairman", "chairwoman", "chairperson"].contains($0) }
    }

    static func height(of runs: [TextRun]) -> Double { runs.reduce(0) { $0 + $1.metrics.height } }
}
