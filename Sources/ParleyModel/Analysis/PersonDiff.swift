/// The named people of two rounds' tables compared: who moved, joined or left, and who became
/// a delegation's head or the chair. A person who went where the whole table's change took
/// their seat (a mirror, a rotation, their party's block moving) did not move on their own.
struct PersonDiff {
    /// One named occupant of a table: the person's id, or the seat's `name` when not a person.
    struct Sitter {
        var key: String
        var place: SeatPlace
        var index: Int
        var party: String?
    }

    static func sitters(_ sequence: SeatSequence) -> [String: Sitter] {
        var result: [String: Sitter] = [:]
        for (index, (seat, place)) in zip(sequence.seats, sequence.places).enumerated() {
            guard let key = seat.person ?? seat.name, result[key] == nil else { continue }
            result[key] = Sitter(key: key, place: place, index: index, party: seat.party)
        }
        return result
    }

    /// The changes of every named person, in the model's order of people, then by name.
    /// `blocksMoveFor` names the parties whose block moving explains their people's new seats
    /// (a change the caption states for the party); `nil` for every party.
    static func changes(
        meeting: Meeting, before: SeatSequence, after: SeatSequence, mirrored: Bool, rotation: Int?, blocksMoveFor: Set<String>? = nil
    ) -> [PersonChange] {
        let (old, new) = (sitters(before), sitters(after))
        let (oldBlocks, newBlocks) = (before.blocks, after.blocks)
        let order = ordered(Set(old.keys).union(new.keys), meeting: meeting)
        var result: [PersonChange] = []
        for key in order {
            switch (old[key], new[key]) {
            case (let was?, let now?):
                let expected =
                    before.image(of: was.index, in: after, mirrored: mirrored, rotation: rotation)
                    ?? (blocksMoveFor.map { was.party.map($0.contains) ?? false } ?? true
                        ? expectedInBlock(was, old: oldBlocks, new: newBlocks) : was.place)
                if now.place != expected { result.append(.moved(person: key, from: was.place, to: now.place)) }
            case (nil, let now?): result.append(.joined(person: key, at: now.place))
            case (let was?, nil): result.append(.left(person: key, from: was.place))
            case (nil, nil): break
            }
        }
        let (headsBefore, headsAfter) = (heads(before, meeting: meeting), heads(after, meeting: meeting))
        for party in meeting.parties.map(\.id) where oldBlocks[party] != nil {
            if let head = headsAfter[party], head != headsBefore[party] {
                result.append(.becameHead(person: head, party: party, replacing: headsBefore[party]))
            }
        }
        let (chairBefore, chairAfter) = (chair(before, meeting: meeting), chair(after, meeting: meeting))
        if let chairAfter, chairAfter != chairBefore { result.append(.becameChair(person: chairAfter, replacing: chairBefore)) }
        return result
    }

    /// Where the person would sit had only their party's block moved: the same place in the
    /// block (its k-th seat in model order), or their own seat when the block is now shorter.
    private static func expectedInBlock(_ sitter: Sitter, old: [String: [SeatPlace]], new: [String: [SeatPlace]]) -> SeatPlace {
        guard let party = sitter.party, let before = old[party], let after = new[party],
            let k = before.firstIndex(of: sitter.place), k < after.count
        else { return sitter.place }
        return after[k]
    }

    private static func ordered(_ keys: Set<String>, meeting: Meeting) -> [String] {
        let people = meeting.people.map(\.id).filter(keys.contains)
        return people + keys.subtracting(people).sorted()
    }

    /// Each party's head: the person on its `role: head` seat, else the first seated person
    /// whose role in the model names a head.
    static func heads(_ sequence: SeatSequence, meeting: Meeting) -> [String: String] {
        var bySeat: [String: String] = [:], byRole: [String: String] = [:]
        for seat in sequence.seats {
            guard let party = seat.party, let key = seat.person ?? seat.name else { continue }
            if seat.role == .head, bySeat[party] == nil { bySeat[party] = key }
            if byRole[party] == nil, seat.role == nil || seat.role == .head,
                let role = seat.person.flatMap({ meeting.person($0)?.role }), namesAHead(role)
            {
                byRole[party] = key
            }
        }
        return byRole.merging(bySeat) { _, seat in seat }
    }

    /// "Head of delegation", "Delegation head": not "Head of the GRU".
    static func namesAHead(_ role: String) -> Bool {
        let words = role.lowercased()
        return words.contains("head") && words.contains("delegation")
    }

    /// Who chairs: the person on a `role: chair` seat, else the first whose role names a chair.
    static func chair(_ sequence: SeatSequence, meeting: Meeting) -> String? {
        let named = sequence.seats.filter { ($0.person ?? $0.name) != nil }
        if let seat = named.first(where: { $0.role == .chair }) { return seat.person ?? seat.name }
        let byRole = named.first { seat in
            seat.person.flatMap { meeting.person($0)?.role }.map { $0.lowercased().contains("chair") } ?? false
        }
        return byRole.flatMap { $0.person ?? $0.name }
    }
}
