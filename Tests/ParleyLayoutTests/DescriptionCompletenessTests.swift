import Foundation
import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Every chart's description (the SVG's `<desc>`, `parley describe`, a report's alt text) names
/// what the rounds it draws came to, what happened in them at no known time, and every note
/// about them, whatever the chart draws of them (issue 15); and it is not the chart's title.
@Suite struct DescriptionCompletenessTests {
    static let model = RepositoryPaths.root + "/Tests/Fixtures/layouts/reykjavik-fisheries-2025.yaml"

    @Test func everyChartDescribesOutcomesUntimedEventsAndNotes() throws {
        let meeting = try MeetingLoader.load(path: Self.model).meeting
        let measurer = FixedMetricsMeasurer()
        var placements: [(chart: any ChartLayout.Type, round: String?, alignment: TimelineAlignment)] = []
        for placed in ChartRegistry.exported(in: meeting) {
            guard let chart = ChartRegistry.chart(named: placed.chart) else { continue }
            placements.append((chart, placed.roundID, .automatic))
        }
        // The calendar and the day planner too, which describe their rounds their own way.
        placements += [(TimelineLayout.self, nil, .calendar), (TimelineLayout.self, nil, .days), (TimelineLayout.self, nil, .elapsed)]
        #expect(placements.count >= 8)
        for (chart, roundID, alignment) in placements {
            let context = "\(chart.name) \(roundID ?? "all") \(alignment)"
            var options = LayoutOptions(roundID: roundID, alignment: alignment)
            options.notes = .none
            let scene = try chart.init().fittedLayout(meeting, options: options, measurer: measurer).scene
            #expect(scene.title != scene.description, "\(context): the title and the description are the same text")
            #expect(scene.description.contains(meeting.provenance.note ?? "?"), "\(context): the meeting's note")
            // A note in brackets inside a sentence gives up its own full stop.
            func mentions(_ note: String) -> Bool { scene.description.contains(note.hasSuffix(".") ? String(note.dropLast()) : note) }
            let rounds = roundID.map { id in meeting.rounds.filter { $0.id == id } } ?? meeting.rounds
            for round in rounds {
                for outcome in round.outcomes {
                    #expect(scene.description.contains(outcome.text), "\(context): outcome \(outcome.text)")
                    if let note = outcome.provenance.note { #expect(mentions(note), "\(context): \(note)") }
                }
                for event in round.events where event.at == nil {
                    #expect(scene.description.contains(event.label), "\(context): untimed \(event.label)")
                    if let note = event.provenance.note { #expect(mentions(note), "\(context): \(note)") }
                }
                if let note = round.provenance.note { #expect(scene.description.contains(note), "\(context): \(note)") }
            }
        }
    }

    @Test func everyRoleGroupHasATitleAndSeatsStandInDelegations() throws {
        let meeting = try MeetingLoader.load(path: Self.model).meeting
        let measurer = FixedMetricsMeasurer()
        for placed in ChartRegistry.exported(in: meeting) {
            guard let chart = ChartRegistry.chart(named: placed.chart) else { continue }
            let scene = try chart.init().fittedLayout(meeting, options: LayoutOptions(roundID: placed.roundID), measurer: measurer).scene
            var roles: [MarkRole: Int] = [:]
            func walk(_ nodes: [SceneNode], delegation: String?) {
                for case .group(let group) in nodes {
                    if let role = group.role {
                        roles[role, default: 0] += 1
                        #expect(!(group.title ?? "").isEmpty, "\(placed.chart): a \(role) group without a title")
                        if role == .seat, let party = group.party {
                            #expect(delegation == party, "\(placed.chart): seat \(group.title ?? "") of \(party) outside its delegation")
                        }
                    }
                    walk(group.children, delegation: group.role == .delegation ? group.party : delegation)
                }
            }
            walk(scene.nodes, delegation: nil)
            switch placed.chart {
            case "seating", "seating-compare":
                #expect((roles[.seat] ?? 0) == (placed.chart == "seating" ? 5 : 10), "\(placed.chart): \(roles)")
                #expect((roles[.delegation] ?? 0) >= 3 && (roles[.table] ?? 0) >= 1, "\(placed.chart): \(roles)")
            case "overview":
                #expect((roles[.round] ?? 0) == meeting.rounds.count, "\(placed.chart): \(roles)")
            default:
                #expect((roles[.round] ?? 0) >= 1 && (roles[.axis] ?? 0) >= 1, "\(placed.chart): \(roles)")
            }
        }
    }
}
