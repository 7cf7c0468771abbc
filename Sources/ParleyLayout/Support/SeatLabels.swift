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
    /// A short fact under the role, such as where a moved person sat before.
    var tag: String?
    /// The seat's number in the list under the plan, drawn instead of the name, role and tag
    /// when the plan is too narrow for them (`SeatNumbers`); the name stays for descriptions.
    var listNumber: Int?

    /// `notes` gives the markers of the person's and the seat's notes, which follow the name.
    init(_ seat: Seat, meeting: Meeting, style: PartyStyle, notes: ChartNotes? = nil, tag: String? = nil) {
        let strings = style.strings
        self.tag = tag
        let person = seat.person.flatMap(style.person)
        name = person?.name(in: style.language) ?? seat.name ?? seat.party.map(style.name) ?? strings.text(.seatUnnamed)
        // A no-break space: in a narrow column the marker wraps with the last name, never alone.
        if let marker = notes?.seatMarker(seat) { name += "\u{00A0}" + marker }
        role = person?.role ?? seat.role.map(strings.name(of:))
        if person == nil, seat.name != nil, let party = seat.party {
            role = [role, style.name(party)].compactMap { $0 }.joined(separator: ", ")
        }
        party = seat.party
        isHead = seat.role == .head || seat.role == .chair || person.map { style.isHead($0.id) } ?? false
        let partyRole = seat.party.flatMap(style.party)?.role
        isNeutral = partyRole == .mediator || partyRole == .host
    }

    /// The name (bold for a head) over the role, set to `width`; anchored at its top.
    func runs(at anchor: Point, alignment: TextAlignment, width: Double, typesetter: Typesetter) -> [TextRun] {
        if let listNumber {
            return [
                typesetter.run(
                    String(listNumber), .body, at: anchor, alignment: alignment, maxWidth: width, overflow: .lineClamp, weight: .bold)
            ]
        }
        let nameRun = typesetter.run(
            name, .body, at: anchor, alignment: alignment, maxWidth: width, overflow: .lineClamp, weight: isHead ? .bold : nil)
        var runs = [nameRun]
        if let role {
            runs.append(
                typesetter.run(
                    role, .small, at: Point(x: anchor.x, y: anchor.y + nameRun.metrics.height), alignment: alignment, maxWidth: width,
                    overflow: .lineClamp))
        }
        if let tag {
            let top = anchor.y + SeatLabel.height(of: runs)
            runs.append(
                typesetter.run(
                    tag, .small, at: Point(x: anchor.x, y: top), alignment: alignment, maxWidth: width, overflow: .lineClamp,
                    color: typesetter.theme.secondaryText, weight: .bold))
        }
        return runs
    }

    /// The width the label would take on one line, or any width of at least `cap` when wider
    /// (callers clamp to `cap`, so a long name is measured only as far as the cap).
    func naturalWidth(_ typesetter: Typesetter, cappedAt cap: Double) -> Double {
        // Numbers are set bold: a little wider than the regular face measures.
        if let listNumber { return typesetter.width(String(listNumber), .body, cappedAt: cap) * 1.15 + 2 }
        return max(
            typesetter.width(name, .body, cappedAt: cap) * (isHead ? 1.08 : 1),
            role.map { typesetter.width($0, .small, cappedAt: cap) } ?? 0,
            tag.map { typesetter.width($0, .small, cappedAt: cap) } ?? 0)
    }

    /// Whether a person's free-text role (from the model, in English) says they head the
    /// delegation or chair the talks: one of its comma- or semicolon-separated parts is
    /// "head of delegation" or "chair" (or chairman, chairwoman, chairperson), so "Foreign
    /// Minister, chair" does and "Secretary to the chair" does not. Models that say it with a
    /// seat's `role: head` or `role: chair` need no such words.
    static func namesAHead(_ role: String?) -> Bool {
        guard let role else { return false }
        // On the UTF-8 bytes, without making strings: the words are ASCII, so a part holding any
        // other byte is not one of them, and ASCII letters fold by one bit.
        let bytes = Array(role.utf8)
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: ";") {
            var low = start, high = end
            while low < high, bytes[low] == UInt8(ascii: " ") { low += 1 }
            while high > low, bytes[high - 1] == UInt8(ascii: " ") { high -= 1 }
            let part = bytes[low..<high].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            if Self.headWords.contains(part) { return true }
            start = end + 1
        }
        return false
    }

    private static let headWords: Set<[UInt8]> = Set(
        ["head of delegation", "chair", "chairman", "chairwoman", "chairperson"].map { Array($0.utf8) })

    static func height(of runs: [TextRun]) -> Double { runs.reduce(0) { $0 + $1.metrics.height } }
}
