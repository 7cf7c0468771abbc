/// Parties compared as delegations: how many seats each had, and which two traded places.
enum DelegationDiff {
    /// Every party seated in either round whose number of seats changed, in party order.
    static func sizes(meeting: Meeting, before: SeatSequence, after: SeatSequence) -> [DelegationSize] {
        func count(_ sequence: SeatSequence) -> [String: (all: Int, unnamed: Int)] {
            var result: [String: (all: Int, unnamed: Int)] = [:]
            for seat in sequence.seats {
                guard let party = seat.party else { continue }
                let unnamed = seat.person == nil && seat.name == nil ? 1 : 0
                result[party, default: (0, 0)].all += 1
                result[party, default: (0, 0)].unnamed += unnamed
            }
            return result
        }
        let (old, new) = (count(before), count(after))
        return meeting.parties.map(\.id).compactMap { party in
            let (a, b) = (old[party] ?? (0, 0), new[party] ?? (0, 0))
            guard a.all != b.all else { return nil }
            return DelegationSize(party: party, before: a.all, after: b.all, unnamedBefore: a.unnamed, unnamedAfter: b.unnamed)
        }
    }

    /// Pairs of parties, among `candidates`, whose places in the order of parties were
    /// exchanged while every other party kept its own: each pair in party order.
    static func swappedPlaces(meeting: Meeting, before: SeatSequence, after: SeatSequence, candidates: Set<String>) -> [[String]] {
        let (a, b) = (before.partyOrder, after.partyOrder)
        guard a.count == b.count, Set(a).count == a.count, Set(b).count == b.count else { return [] }
        let differing = a.indices.filter { a[$0] != b[$0] }
        guard differing.count == 2 else { return [] }
        let (i, j) = (differing[0], differing[1])
        guard a[i] == b[j], a[j] == b[i], candidates.contains(a[i]), candidates.contains(a[j]) else { return [] }
        let order = meeting.parties.map(\.id)
        return [[a[i], a[j]].sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }]
    }
}
