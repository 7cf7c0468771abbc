import ParleyScene

extension TablePlan {
    /// The seat groups, each run of neighbouring seats of one party in a `.delegation` group
    /// titled with the party and its seats, in drawing order: nothing moves, a screen reader
    /// and a style sheet get the delegations. A party seated on two sides makes two groups.
    func delegations(_ seats: [SceneNode]) -> [SceneNode] {
        var runs: [(party: String?, seats: [SceneNode])] = []
        for node in seats {
            let party: String? = if case .group(let group) = node { group.party } else { nil }
            if let last = runs.last, last.party == party, party != nil {
                runs[runs.count - 1].seats.append(node)
            } else {
                runs.append((party, [node]))
            }
        }
        var seen: [String: Int] = [:]
        let strings = style.strings
        return runs.flatMap { run -> [SceneNode] in
            guard let party = run.party else { return run.seats }
            seen[party, default: 0] += 1
            let names = run.seats.compactMap { node -> String? in if case .group(let group) = node { group.title } else { nil } }
            let number = seen[party] ?? 1
            return [
                .group(
                    Group(
                        id: number == 1 ? "delegation-\(party)" : "delegation-\(party)-\(number)",
                        title: strings.text(
                            .delegationTitle, [.party: style.name(party), .text: names.joined(separator: strings.text(.listSeparator))]),
                        children: run.seats, role: .delegation, party: party))
            ]
        }
    }
}
