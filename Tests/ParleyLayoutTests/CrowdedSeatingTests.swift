import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Comparisons of three to six rounds with 40 seats a round, generated at random for every
/// shape: runs of unnamed seats are grouped with a count, panels wrap into rows, and every
/// chart keeps the invariants; one round's plan names each party on the table.
@Suite struct CrowdedSeatingTests {
    static let header = """
        parley: 1
        id: crowded
        timezone: UTC
        parties:
          - {id: aa, name: Northern Federation}
          - {id: bb, name: Coastal Republic}
          - {id: cc, name: Hill Cantons}
          - {id: mm, name: United Nations, role: mediator}
        people:
          - {id: chair, name: Claire Moreau, party: mm, role: chair}
          - {id: ha, name: Pavel Petrov, party: aa, role: Head of delegation}
          - {id: hb, name: Samir Aziz, party: bb, role: Head of delegation}
          - {id: hc, name: Eva Lind, party: cc, role: Head of delegation}
        rounds:

        """

    /// One party's delegation: its head, then unnamed seats in runs of random roles.
    static func delegation(_ party: String, head: String, size: Int, _ random: inout SeededGenerator) -> [String] {
        var seats = [head], left = size - 1
        while left > 0 {
            let run = min(left, Int.random(in: 1...9, using: &random))
            let role = ["expert", "member", "interpreter"].randomElement(using: &random) ?? "member"
            seats.append("{party: \(party), role: \(role), count: \(run)}")
            left -= run
        }
        return seats
    }

    /// `rounds` rounds of 40 seats at a table of `shape`.
    static func model(_ shape: Table.Shape, rounds: Int, seed: UInt64) throws -> Meeting {
        var random = SeededGenerator(seed: seed)
        var text = header
        for index in 1...rounds {
            let a = Int.random(in: 10...20, using: &random), b = Int.random(in: 8...(39 - a - 2), using: &random)
            let c = 39 - a - b
            let da = delegation("aa", head: "ha", size: a, &random), db = delegation("bb", head: "hb", size: b, &random)
            let dc = delegation("cc", head: "hc", size: c, &random)
            let swap = Bool.random(using: &random)
            let (first, second) = swap ? (db, da) : (da, db)
            let table: String
            switch shape {
            case .u:
                table =
                    "{shape: u, head: [chair], left: [\((first + dc).joined(separator: ", "))], right: [\(second.joined(separator: ", "))]}"
            case .rectangle:
                table =
                    "{shape: rectangle, far: [chair], near: [\(dc.prefix(1).joined())], left: [\(first.joined(separator: ", "))], right: [\((second + dc.dropFirst()).joined(separator: ", "))]}"
            case .round: table = "{shape: round, seats: [chair, \((first + dc + second).joined(separator: ", "))]}"
            }
            text += """
                  - id: r\(index)
                    date: 2026-04-\(10 + index)
                    start: "10:00"
                    end: "11:00"
                    table: \(table)

                """
        }
        return try MeetingLoader.parse(Array(text.utf8), file: "crowded.yaml").meeting
    }

    /// How many seats a panel's seat groups stand for: a grouped one by its count.
    static func seatsDrawn(_ groups: [Group]) -> Int {
        groups.reduce(0) { total, group in
            let title = group.title ?? ""
            guard let range = title.range(of: " seats of "), let count = Int(title[..<range.lowerBound]) else { return total + 1 }
            return total + count
        }
    }

    @Test(arguments: [Table.Shape.u, .rectangle, .round])
    func fortySeatsAndSixRoundsStayReadable(shape: Table.Shape) throws {
        for rounds in 3...6 {
            let shapeSeed: UInt64 = shape == .u ? 1 : (shape == .rectangle ? 2 : 3)
            let meeting = try Self.model(shape, rounds: rounds, seed: UInt64(rounds) * 31 + shapeSeed)
            for theme in Theme.all {
                let scene = try SeatingCompareLayout().layout(
                    meeting, options: LayoutOptions(theme: theme), measurer: FixedMetricsMeasurer())
                let context = "\(shape) × \(rounds) rounds, \(theme.name)"
                SceneInvariants.check(scene, context)
                SceneInvariants.checkSeatsClearOfText(scene, context)
                let panels = scene.flattened().filter { $0.groupPath.count == 1 && $0.groupPath[0].hasPrefix("round-r") }
                let panelTops = scene.nodes.compactMap { node -> Double? in
                    guard case .group(let group) = node, group.id?.hasPrefix("round-r") == true else { return nil }
                    return group.transform.apply(.zero).y
                }
                let tops = Set(panelTops)
                #expect(!panels.isEmpty)
                // Panels stand at full size, as many side by side as fit (at most three), the rest in rows below.
                let columns = panelTops.filter { $0 == panelTops.min() }.count
                #expect((1...3).contains(columns), "\(context): \(columns) columns")
                #expect(tops.count == (rounds + columns - 1) / columns, "\(context)")
                #expect(scene.size.width <= SeatingCompareLayout.naturalWidth, "\(context): \(scene.size.width) wide")
                #expect((scene.smallestTextSize ?? 99) >= Font.minimumSize, "\(context): text below the minimum size")
                for node in scene.nodes {
                    guard case .group(let panel) = node, panel.id?.hasPrefix("round-r") == true else { continue }
                    let seatGroups = Scene(size: scene.size, nodes: panel.children).flattened().compactMap { placed -> Group? in
                        guard case .group(let group) = placed.node, group.id?.hasPrefix("seat-") == true else { return nil }
                        return group
                    }
                    // Every one of the 40 seats is drawn or counted, in far fewer discs.
                    #expect(Self.seatsDrawn(seatGroups) == 40, "\(context)")
                    #expect(seatGroups.count < 30, "\(context): \(seatGroups.count) discs")
                }
            }
        }
    }

    @Test(arguments: [Table.Shape.u, .rectangle, .round])
    func oneRoundNamesEveryPartyOnThePlanInEveryTheme(shape: Table.Shape) throws {
        let meeting = try Self.model(shape, rounds: 3, seed: 7)
        for theme in Theme.all {
            let scene = try SeatingLayout().layout(
                meeting, options: LayoutOptions(theme: theme, roundID: "r2"), measurer: FixedMetricsMeasurer())
            // The plan alone (the legend left out) names each party, on a side caption or in a label.
            let planTexts = scene.flattened().compactMap { placed -> String? in
                guard placed.groupPath.first == "plan", case .text(let run) = placed.node else { return nil }
                return run.text
            }
            for party in meeting.parties {
                #expect(
                    planTexts.contains { $0 == party.name || $0.hasSuffix("· " + party.name) },
                    "\(shape), \(theme.name): \(party.name)")
            }
            SceneInvariants.check(scene, "\(shape) r2 \(theme.name)")
            SceneInvariants.checkSeatsClearOfText(scene, "\(shape) r2 \(theme.name)")
        }
    }

    @Test func identicalUnnamedRunsAreGroupedAndNothingElse() throws {
        let meeting = try Self.model(.u, rounds: 3, seed: 3)
        let seats = try #require(meeting.rounds[0].table).seats(.left)
        let slots = SeatSlot.slots(seats)
        #expect(slots.map(\.count).reduce(0, +) == seats.count)
        #expect(slots.map(\.first) == slots.indices.map { index in slots[..<index].map(\.count).reduce(0, +) })
        for slot in slots where slot.count > 1 {
            #expect(slot.count >= SeatSlot.smallestGroup)
            let run = seats[slot.positions]
            #expect(run.allSatisfy { $0.person == nil && $0.party == slot.seat.party && $0.role == slot.seat.role })
        }
        // A person is never grouped.
        #expect(slots.filter { $0.seat.person != nil }.allSatisfy { $0.count == 1 })
    }
}
