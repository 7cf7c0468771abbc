import Foundation
import Parley
import ParleyExport
import ParleyLayout
import ParleyModel
import ParleyTestSupport
import Testing

/// Export plans and report charts follow what each chart of the registry declares, so a chart
/// added to the registry is exported and reported without a change to either.
@Suite struct ChartRegistryPlanTests {
    private func meeting(_ name: String) throws -> Meeting {
        try MeetingLoader.load(path: RepositoryPaths.samples + "/\(name).yaml").meeting
    }

    /// What the registry's declarations say a meeting's export holds, worked out here from
    /// `exported` and `ChartCondition` by hand: the meeting's charts, then each round's.
    private func expectedPaths(_ meeting: Meeting) -> Set<String> {
        var paths = Set<String>()
        let tables = meeting.rounds.filter { $0.table != nil }.count
        func holds(_ condition: ChartCondition, _ round: Round?) -> Bool {
            switch condition {
            case .always: true
            case .hasTable: round.map { $0.table != nil } ?? (tables > 0)
            case .rounds(let count): meeting.rounds.count >= count
            case .tables(let count): tables >= count
            }
        }
        for chart in ChartRegistry.charts {
            for placement in chart.exported {
                switch placement.level {
                case .meeting where holds(placement.condition, nil): paths.insert("\(meeting.id)/\(chart.name).svg")
                case .eachRound:
                    for round in meeting.rounds where holds(placement.condition, round) {
                        paths.insert("\(meeting.id)/\(round.id)/\(chart.name).svg")
                    }
                default: break
                }
            }
        }
        return paths
    }

    @Test(arguments: ["istanbul-2025", "normandy-paris-2019", "riyadh-2025"])
    func theExportPlanIsWhatTheChartsDeclare(_ name: String) throws {
        let meeting = try meeting(name)
        let items = ExportPlan.items(for: meeting, formats: [.svg])
        #expect(Set(items.map(\.path)) == expectedPaths(meeting))
        #expect(items.count == Set(items.map(\.path)).count)
        for item in items {
            let chart = try #require(ChartRegistry.chart(named: item.chart))
            #expect(item.round == nil ? chart.scope.takesSeveralRounds : chart.scope.takesOneRound, "\(item.path)")
        }
    }

    @Test func theIstanbulExportKeepsItsFilesAndAddsTheOverview() throws {
        let paths = ExportPlan.items(for: try meeting("istanbul-2025"), formats: [.svg, .png]).map(\.path)
        let svg = paths.filter { $0.hasSuffix(".svg") }
        // The files docs/export.md lists, in this order, whatever charts are added later.
        let documented = [
            "istanbul-2025/timeline.svg", "istanbul-2025/seating-compare.svg", "istanbul-2025/overview.svg",
            "istanbul-2025/round-1/timeline.svg", "istanbul-2025/round-1/seating.svg", "istanbul-2025/round-2/timeline.svg",
            "istanbul-2025/round-2/seating.svg", "istanbul-2025/round-3/timeline.svg",
        ]
        #expect(svg.filter(documented.contains) == documented, "\(svg)")
        #expect(paths.count == 2 * svg.count)
    }

    @Test(arguments: ["istanbul-2025", "normandy-paris-2019", "riyadh-2025"])
    func reportChartsAreWhatTheChartsDeclare(_ name: String) throws {
        let meeting = try meeting(name)
        let document = ReportDocument(meeting: meeting)
        let shown = document.sections.flatMap { section in section.charts.map { "\($0.chart) \($0.roundID ?? "-")" } }
        let declared = ChartRegistry.reported(in: meeting).map { "\($0.chart) \($0.roundID ?? "-")" }
        #expect(Set(shown) == Set(declared) && shown.count == declared.count)
        // Each round's charts in its own section; the meeting's in the comparison.
        for section in document.sections {
            for chart in section.charts { #expect(chart.roundID == (section.id == "comparison" ? nil : section.id)) }
        }
        #expect(Set(document.sections.flatMap(\.charts).map(\.slug)).count == shown.count)
    }

    @Test func everyChartDeclaresWhereItGoesAndTakesOnlyWhatItsScopeAllows() {
        for chart in ChartRegistry.charts {
            #expect(!chart.summary.isEmpty && !chart.summary.contains("\n"), "\(chart.name)")
            #expect(!chart.exported.isEmpty, "\(chart.name) is never exported")
            for placement in chart.exported + chart.reported {
                #expect(placement.level == .meeting ? chart.scope.takesSeveralRounds : chart.scope.takesOneRound, "\(chart.name)")
            }
            if !chart.scope.takesSeveralRounds { #expect(!chart.options.contains(.roundSelection), "\(chart.name)") }
        }
    }
}
