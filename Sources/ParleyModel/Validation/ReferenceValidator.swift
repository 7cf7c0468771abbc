/// Checks what can only be checked once the whole model is read: ids unique, every
/// reference known, people seated once per round and with their own party.
struct ReferenceValidator {
    let context: DecodingContext

    /// Near-linear in the model: ids are looked up in sets, never searched in lists.
    func validate(_ meeting: inout Meeting) {
        checkUniqueIDs(meeting)
        let partyIDs = meeting.parties.map(\.id), personIDs = meeting.people.map(\.id)
        let known = KnownIDs(parties: partyIDs, people: personIDs)
        for person in meeting.people where !known.parties.contains(person.party) {
            context.error(at: person.location) {
                (
                    "person '\(person.id)' belongs to unknown party \(Quoted.text(person.party))",
                    [context.didYouMean(person.party, in: partyIDs), .note("known parties: \(Suggestions.list(partyIDs))")]
                )
            }
        }
        for reference in context.references {
            check(reference, known: known)
        }
        var rounds = meeting.rounds
        for index in rounds.indices {
            guard var table = rounds[index].table else { continue }
            resolveSeats(&table, meeting: meeting, round: rounds[index].id)
            rounds[index].table = table
        }
        meeting.rounds = rounds
    }

    private struct KnownIDs {
        var partyList: [String], personList: [String]
        var parties: Set<String>, people: Set<String>
        init(parties: [String], people: [String]) {
            partyList = parties; personList = people
            self.parties = Set(parties); self.people = Set(people)
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
        // Round ids name files and folders, which macOS and Windows compare without case.
        var rounds: [String: (id: String, location: SourceLocation)] = [:]
        for round in meeting.rounds {
            let key = round.id.lowercased()
            if let first = rounds[key] {
                if first.id == round.id {
                    context.error(at: round.location, "duplicate round id '\(round.id)': it is already used at line \(first.location.line)")
                } else {
                    context.error(
                        at: round.location,
                        "round id '\(round.id)' differs from '\(first.id)' (line \(first.location.line)) only in case; ids name files, and on macOS and Windows the two would be one file: choose another id"
                    )
                }
            } else {
                rounds[key] = (round.id, round.location)
            }
        }
    }

    /// The message and its hint are made only for the diagnostics that are kept (see
    /// `DecodingContext.maxDiagnostics`): a model with 10,000 unknown ids makes 100 of them.
    private func check(_ reference: DecodingContext.Reference, known: KnownIDs) {
        let id = reference.id
        switch reference.kind {
        case .party where !known.parties.contains(id):
            context.error(at: reference.location) {
                let hint: Diagnostic.Hint? =
                    known.people.contains(id)
                    ? .note("\(Quoted.text(id)) is a person, not a party") : context.didYouMean(id, in: known.partyList)
                return ("unknown party \(Quoted.text(id))", [hint, .note("known parties: \(Suggestions.list(known.partyList))")])
            }
        case .person where !known.people.contains(id):
            context.error(at: reference.location) {
                let hint: Diagnostic.Hint? =
                    known.parties.contains(id)
                    ? .fix("\(Quoted.text(id)) is a party: write 'party: \(id)'") : context.didYouMean(id, in: known.personList)
                return ("unknown person \(Quoted.text(id))", [hint])
            }
        case .personOrParty where !known.people.contains(id) && !known.parties.contains(id):
            context.error(at: reference.location) {
                (
                    "\(Quoted.text(id)) is neither a person nor a party",
                    [
                        context.didYouMean(id, in: known.personList + known.partyList),
                        .fix("a seat names a person id, a party id, or is a mapping such as {party: ru, name: Interpreter}"),
                    ]
                )
            }
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
