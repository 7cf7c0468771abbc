import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct SeatingLayoutTests {
    let istanbul: Meeting
    init() throws {
        istanbul = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
    }

    private func seating(_ meeting: Meeting, _ options: LayoutOptions) throws -> Scene {
        try SeatingLayout().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
    }

    /// Seat groups by id ("seat-left-1") with their titles and canvas centres.
    private func seats(_ scene: Scene) -> [(id: String, title: String, center: Point)] {
        scene.flattened().compactMap { placed in
            guard case .group(let group) = placed.node, let id = group.id, id.hasPrefix("seat-"),
                case .circle(let disc)? = group.children.first
            else { return nil }
            return (id, group.title ?? "", placed.transform.concatenating(.identity).apply(group.transform.apply(disc.center)))
        }
    }

    @Test func roundTwoSeatsEveryoneInTheGivenOrder() throws {
        let scene = try seating(istanbul, LayoutOptions(roundID: "round-2"))
        let all = seats(scene)
        let left = all.filter { $0.id.hasPrefix("seat-left") }, right = all.filter { $0.id.hasPrefix("seat-right") }
        let head = all.filter { $0.id.hasPrefix("seat-head") }
        #expect(left.map(\.title) == ["Vladimir Medinsky", "Mikhail Galuzin", "Igor Kostyukov", "Alexander Fomin"])
        #expect(right.map(\.title) == ["Rustem Umerov", "Serhiy Kyslytsya", "Oleksandr Poklad", "Oleh Luhovskyi"])
        #expect(head.map(\.title) == ["Hakan Fidan", "İbrahim Kalın"])
        // From the head towards the open end: y grows; the left arm is left of the right arm.
        #expect(left.map(\.center.y) == left.map(\.center.y).sorted())
        #expect(zip(left, right).allSatisfy { $0.center.x < $1.center.x })
        #expect(head[0].center.x < head[1].center.x)
        #expect(head.allSatisfy { $0.center.y < left[0].center.y })
        SceneInvariants.check(scene, "round-2 seating")
        SceneInvariants.checkSeatsClearOfText(scene, "round-2 seating")
    }

    @Test func flagsStandBehindTheHeadInTheGivenOrder() throws {
        for (round, expected) in [("round-1", ["flag-ua", "flag-tr", "flag-ru"]), ("round-2", ["flag-ru", "flag-tr", "flag-ua"])] {
            let scene = try seating(istanbul, LayoutOptions(roundID: round))
            let flags = scene.flattened().compactMap { placed -> (String, Double)? in
                guard case .group(let group) = placed.node, let id = group.id, id.hasPrefix("flag-"), let bounds = placed.canvasBounds
                else { return nil }
                return (id, bounds.minX)
            }
            #expect(flags.sorted { $0.1 < $1.1 }.map(\.0) == expected)
            let headSeatY = seats(scene).filter { $0.id.hasPrefix("seat-head") }.map(\.center.y).min() ?? 0
            #expect(flags.count == 3)
            let flagBottoms = scene.flattened().compactMap { placed -> Double? in
                guard case .group(let group) = placed.node, group.id?.hasPrefix("flag-") == true else { return nil }
                return placed.canvasBounds?.maxY
            }
            #expect(flagBottoms.allSatisfy { $0 < headSeatY })
        }
    }

    @Test func everySampleSeatingAndComparisonIsClean() throws {
        for name in ["istanbul-2025", "riyadh-2025", "normandy-paris-2019"] {
            let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/\(name).yaml").meeting
            for round in meeting.rounds where round.table != nil {
                for theme in Theme.all {
                    let scene = try seating(meeting, LayoutOptions(theme: theme, roundID: round.id))
                    SceneInvariants.check(scene, "\(name) \(round.id) \(theme.name)")
                    SceneInvariants.checkSeatsClearOfText(scene, "\(name) \(round.id)")
                }
            }
        }
        let compare = try SeatingCompareLayout().layout(istanbul, options: LayoutOptions(), measurer: FixedMetricsMeasurer())
        SceneInvariants.check(compare, "istanbul comparison")
        // The caption first, then the ranked sentences that follow it (Kalın joins the head in round 2).
        #expect(
            compare.textFrames.map(\.text).contains {
                $0.hasPrefix(
                    "• Round 2 mirrors Round 1 (placement unconfirmed, see note 1): Russia and Ukraine swapped sides; Turkey stays at the head. Turkey delegation grew from 1 to 2."
                )
            })
        #expect(compare.textFrames.map(\.text).contains("mirrors Round 1 (unconfirmed)"))
    }

    @Test(arguments: [Table.Shape.u, .rectangle, .round])
    func generatedTablesNeverOverlap(_ shape: Table.Shape) throws {
        var random = SeededGenerator(seed: 42)
        for seatsPerSide in [1, 2, 5, 13, 30, 60] {
            let partyCount = Int.random(in: 2...12, using: &random)
            let parties = (0..<partyCount).map {
                "  - {id: p\($0), name: \"Party \($0) \(["", "of the Long Name", "Делегация"][$0 % 3])\"\(($0 == 1) ? ", role: mediator" : "")}"
            }
            let people = (0..<8).map {
                "  - {id: person\($0), name: \"\(["Vladimir Medinsky", "Рустем Умєров", "Hakan Fidan", "A Person With A Very Long Name Indeed", "Çırağan", "Ο Έλληνας", "Li", "Ursula von der Leyen-Schmidt"][$0])\", party: p\($0 % partyCount), role: \"\(["Head of delegation", "Member", "Interpreter"][$0 % 3])\"}"
            }
            var seatLists: [[String]] = []
            var used = 0
            for side in Table.sides(of: shape) {
                let count = side == .head || side == .far ? max(1, seatsPerSide / 4) : seatsPerSide
                seatLists.append(
                    (0..<count).map { index in
                        if used < 8, index % 3 == 0 { used += 1; return "person\(used - 1)" }
                        return "p\(Int.random(in: 0..<partyCount, using: &random))"
                    })
                _ = side
            }
            let sides = zip(Table.sides(of: shape), seatLists).map { "\($0.0.rawValue): [\($0.1.joined(separator: ", "))]" }.joined(
                separator: ", ")
            let flags = (0..<min(partyCount, 6)).map { "p\($0)" }.joined(separator: ", ")
            let yaml = """
                parley: 1
                id: gen
                timezone: UTC
                parties:
                \(parties.joined(separator: "\n"))
                people:
                \(people.joined(separator: "\n"))
                rounds:
                  - {id: r, date: 2025-01-01, start: "10:00", end: "11:00", table: {shape: \(shape.rawValue), \(sides), flags: [\(flags)]}}
                  - {id: s, date: 2025-01-02, start: "10:00", end: "11:00", table: {shape: \(shape.rawValue), \(sides), flags: [\(flags)]}}
                """
            let meeting = try MeetingLoader.parse(Array(yaml.utf8), file: "gen.yaml").meeting
            for asked in [nil, 500.0] {
                // A width too narrow for the plan is refused with the width that works, which then does.
                var width = asked
                do {
                    _ = try seating(meeting, LayoutOptions(width: asked, roundID: "r"))
                } catch LayoutError.widthTooNarrow(let refused, let minimum, _) {
                    #expect(refused == 500 && minimum > 500, "\(shape) \(seatsPerSide) seats refused \(refused), minimum \(minimum)")
                    width = minimum
                }
                let scene = try seating(meeting, LayoutOptions(width: width, roundID: "r"))
                #expect(width == nil || scene.size.width == width, "the width asked for is the width drawn")
                #expect((scene.smallestTextSize ?? 99) >= Font.minimumSize, "\(shape) \(seatsPerSide) seats: text below the minimum")
                SceneInvariants.check(scene, "\(shape) \(seatsPerSide) seats, \(partyCount) parties, width \(width ?? 0)")
                SceneInvariants.checkSeatsClearOfText(scene, "\(shape) \(seatsPerSide) seats")
                if shape != .round {
                    let table = scene.flattened().first { placed in
                        if case .group(let group) = placed.node { group.id == "table" } else { false }
                    }?.canvasBounds
                    #expect(table != nil, "no table group")
                    // The party captions are written on the table on purpose; every other text keeps off it.
                    let labels = scene.flattened().compactMap { placed -> (String, Rect)? in
                        guard case .text(let run) = placed.node, !placed.groupPath.contains("table") else { return nil }
                        return (run.text, placed.transform.apply(run.frame))
                    }
                    for (text, frame) in labels
                    where table.map({ frame.insetBy(dx: 0.5, dy: 0.5).intersects($0.insetBy(dx: 6, dy: 6)) }) ?? false {
                        Issue.record("\(shape) \(seatsPerSide) seats: '\(text)' lies on the table")
                    }
                }
            }
            let compare = try SeatingCompareLayout().layout(meeting, options: LayoutOptions(), measurer: FixedMetricsMeasurer())
            SceneInvariants.check(compare, "\(shape) comparison, \(seatsPerSide) seats")
        }
    }

    @Test func chartsThatLackATableSaySo() {
        #expect(
            throws: LayoutError.roundHasNoTable(id: "round-3", seated: ["round-1", "round-2"])
        ) {
            try seating(istanbul, LayoutOptions(roundID: "round-3"))
        }
        #expect(throws: LayoutError.self) {
            try SeatingCompareLayout().layout(
                istanbul, options: LayoutOptions(roundIDs: ["round-1", "round-3"]), measurer: FixedMetricsMeasurer())
        }
    }

    @Test func sameModelSameScene() throws {
        #expect(
            try seating(istanbul, LayoutOptions(roundID: "round-2")).jsonBytes()
                == seating(istanbul, LayoutOptions(roundID: "round-2")).jsonBytes())
    }
}
