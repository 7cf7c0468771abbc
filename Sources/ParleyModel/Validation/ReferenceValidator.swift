/// Checks what can only be checked once the whole model is read: ids unique, every
/// reference known, people seated once per round and with their own party.
struct ReferenceValidator {
    let context: DecodingContext

    func validate(_ meeting: inout Meeting) {
        checkUniqueIDs(meeting)
        let partyIDs = meeting.parties.map(\.id), personIDs = meeting.people.map(\.id)
        for person in meeting.people where !partyIDs.contains(person.party) {
            context.error(
                at: person.location,
                "person '\(person.id)' belongs to unknown party '\(person.party)'\(Suggestions.didYouMean(person.party, in: partyIDs)); known parties: \(Suggestions.list(partyIDs))"
            )
        }
        for reference in context.references {
            check(reference, partyIDs: partyIDs, personIDs: personIDs)
        }
        for index in meeting.rounds.indices {
            guard var table = meeting.rounds[index].table else { continue }
            resolveSeats(&table, meeting: meeting, round: meeting.rounds[index].id)
            meeting.rounds[index].table = table
        }
    }

    private func checkUniqueIDs(_ meeting: Meeting) {
        // Parties and people share one namespace: a seat names either by its bare id.
        var seen: [String: SourceLocation] = [:]
        let named = meeting.parties.map { ($0.id, $0.location, "party") } + meeting.people.map { ($0.id, $0.location, "person") }
        for (id, location, kind) in named {
            if let first = seen[id] {
                context.error(
                    at: location,
                    "duplicate id '\(id)' for a \(kind): it is already used at line \(first.line); parties and people need distinct ids")
            } else {
                seen[id] = location
            }
        }
        var rounds: [String: SourceLocation] = [:]
        for round in meeting.rounds {
            if let first = rounds[round.id] {
                context.error(at: round.location, "duplicate round id '\(round.id)': it is already used at line \(first.line)")
            } else {
                rounds[round.id] = round.location
            }
        }
    }

    private func check(_ reference: DecodingContext.Reference, partyIDs: [String], personIDs: [String]) {
        let id = reference.id
        switch reference.kind {
        case .party where !partyIDs.contains(id):
            let hint = personIDs.contains(id) ? "; '\(id)' is a person, not a party" : Suggestions.didYouMean(id, in: partyIDs)
            context.error(at: reference.location, "unknown party '\(id)'\(hint); known parties: \(Suggestions.list(partyIDs))")
        case .person where !personIDs.contains(id):
            let hint = partyIDs.contains(id) ? "; '\(id)' is a party: write 'party: \(id)'" : Suggestions.didYouMean(id, in: personIDs)
            context.error(at: reference.location, "unknown person '\(id)'\(hint)")
        case .personOrParty where !personIDs.contains(id) && !partyIDs.contains(id):
            context.error(
                at: reference.location,
                "'\(id)' is neither a person nor a party\(Suggestions.didYouMean(id, in: personIDs + partyIDs)); a seat names a person id, a party id, or is a mapping such as {party: ru, name: Interpreter}"
            )
        default: break
        }
    }

    private func resolveSeats(_ table: inout Table, meeting: Meeting, round: String) {
        var seated: [String: SourceLocation] = [:]
        for side in Table.sides(of: table.shape) {
            guard var seats = table.sides[side] else { continue }
            for index in seats.indices {
                var seat = seats[index]
                if let id = seat.person, meeting.person(id) == nil, meeting.party(id) != nil {
                    seat.person = nil
                    seat.party = id
                }
                if let id = seat.person, let person = meeting.person(id) {
                    if let first = seated[id] {
                        context.error(
                            at: seat.location, "\(person.name) ('\(id)') is seated twice in round '\(round)'; first at line \(first.line)")
                    } else {
                        seated[id] = seat.location
                    }
                    if let party = seat.party, party != person.party {
                        context.error(
                            at: seat.location,
                            "the seat names \(person.name) ('\(id)') with party '\(party)', but they belong to '\(person.party)'")
                    }
                    seat.party = person.party
                }
                seats[index] = seat
            }
            table.sides[side] = seats
        }
    }
}
