import ParleyModel

/// The line under a compared round's heading that gives each party's seats at its table, and
/// the change from the round before when there is one: "Russia 3 · Ukraine 3 → 9".
enum DelegationSizeLine {
    /// Seats per party, named or not, in the meeting's party order.
    static func counts(_ table: Table) -> [String: Int] {
        Table.sides(of: table.shape).flatMap { table.seats($0) }.compactMap(\.party).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// The line for `table`; `before` is the earlier table, `diff` the change to this one.
    /// The change model's sizes win over a count of the earlier table when it gives them.
    static func text(of table: Table, before: Table?, diff: SeatingDiff?, meeting: Meeting, style: PartyStyle) -> String {
        let strings = style.strings
        let now = counts(table), earlier = before.map(counts)
        let reported = Dictionary((diff?.delegationSizes ?? []).map { ($0.party, $0.before) }, uniquingKeysWith: { first, _ in first })
        let parts = meeting.parties.compactMap { party -> String? in
            guard let count = now[party.id] else { return nil }
            let name = style.name(party.id)
            if let previous = reported[party.id] ?? earlier?[party.id] ?? (earlier == nil ? nil : 0), previous != count {
                return strings.text(.delegationSizeChanged, [.party: name, .from: String(previous), .to: String(count)])
            }
            return strings.text(.delegationSize, [.party: name, .count: String(count)])
        }
        return Formatting.facts(parts)
    }
}
