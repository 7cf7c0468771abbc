import ParleyModel

/// Plain-language summaries of seating, for `<desc>` and captions.
public enum SeatingDescription {
    /// The round's summary, its times on `options.clock`, with its seating when it has a table,
    /// in the words and names of `options.language` (else the meeting's language).
    public static func text(_ round: Round, meeting: Meeting, options: LayoutOptions) -> String {
        Self.round(round, meeting: meeting, style: PartyStyle(meeting: meeting, options: options), clock: options.clock)
    }

    static func round(_ round: Round, meeting: Meeting, style: PartyStyle, clock: ClockStyle) -> String {
        let strings = style.strings
        let summary = MeetingDescription.round(round, meeting: meeting, clock: clock, strings: strings, language: style.language)
        guard let table = round.table else { return summary }
        var parts: [String] = []
        let sides = SeatingDiff.sidesOfParties(table)
        // The two sides first, then the head: how reports describe a negotiating table.
        let order = Table.sides(of: table.shape).sorted {
            ($0 == .left || $0 == .right ? 0 : 1, $0 == .left ? 0 : 1) < ($1 == .left || $1 == .right ? 0 : 1, $1 == .left ? 0 : 1)
        }
        for side in order {
            let parties = meeting.parties.filter { sides[$0.id] == side }.map { style.name($0.id) }
            guard !parties.isEmpty else { continue }
            let place = strings.text(placeKey(side, shape: table.shape))
            parts.append(strings.text(.seatingSidePlace, [.parties: strings.list(parties), .place: place]))
        }
        var sentences = [strings.text(.seatingSummary, [.round: summary, .place: parts.joined(separator: strings.text(.listSeparator))])]
        if !table.flags.isEmpty {
            sentences.append(
                strings.text(.seatingFlags, [.flags: table.flags.map(style.name).joined(separator: strings.text(.listSeparator))]))
        }
        // Every seat by name, so the full names survive where labels were shortened.
        for side in order {
            let names = table.seats(side).map { SeatLabel($0, meeting: meeting, style: style).name }
            guard !names.isEmpty else { continue }
            let heading: String
            switch side {
            case .left, .right: heading = strings.title(of: side) + strings.text(.seatsFromHead)
            case .seats: heading = strings.title(of: side) + strings.text(.seatsClockwise)
            case .head, .far, .near: heading = strings.title(of: side)
            }
            sentences.append(
                strings.text(.seatingSideSeats, [.side: heading, .names: names.joined(separator: strings.text(.listSeparator))]))
        }
        return sentences.joined(separator: " ")
    }

    /// Where a side's parties sit, as the description says it: arms for a U, sides otherwise.
    private static func placeKey(_ side: Table.Side, shape: Table.Shape) -> StringKey {
        switch side {
        case .head: .placeHead
        case .far: .placeFar
        case .near: .placeNear
        case .left: shape == .u ? .placeLeftArm : .placeLeftSide
        case .right: shape == .u ? .placeRightArm : .placeRightSide
        case .seats: .placeAround
        }
    }
}
