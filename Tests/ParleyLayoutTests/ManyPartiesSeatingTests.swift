import Foundation
import ParleyColor
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Seating plans of 8–12 parties (the generator's many-parties models and the layout fixtures
/// written for them), in every theme: marks on the table read at 3:1, the party names on the
/// table are never cut, a round table joins each party's run of seats with an arc, and the
/// print theme draws seats and flags only in greys.
@Suite struct ManyPartiesSeatingTests {
    static let fixtures = ["vienna-multilateral", "jeddah-twelve-a-side"]
    /// The generator's `manyParties` profile comes every sixth seed from 1.
    static let seeds: [UInt64] = [1, 7, 13, 19, 25, 31]

    static func generated(_ seed: UInt64) throws -> Meeting {
        var generator = LayoutModelGenerator(seed: seed)
        let model = generator.make()
        return try MeetingLoader.parse(Array(model.yaml.utf8), file: "generated-\(seed).yaml").meeting
    }

    static func fixture(_ name: String) throws -> Meeting {
        try MeetingLoader.load(path: RepositoryPaths.root + "/Tests/Fixtures/layouts/\(name).yaml").meeting
    }

    @Test(arguments: fixtures) func writtenModelsReadOnTheTable(name: String) throws {
        try check(Self.fixture(name), name)
    }

    @Test(arguments: seeds) func generatedModelsReadOnTheTable(seed: UInt64) throws {
        try check(Self.generated(seed), "generated-\(seed)")
    }

    @Test func aRoundTableOfElevenPartiesNamesThemOnTheTable() throws {
        let meeting = try Self.fixture("vienna-multilateral")
        let scene = try SeatingLayout().layout(
            meeting, options: LayoutOptions(theme: .light, roundID: "plenary"), measurer: FixedMetricsMeasurer())
        let arcs = scene.flattened().filter { $0.groupPath.last == "party-arcs" }
        let lines = arcs.filter { if case .polyline = $0.node { return true } else { return false } }
        let names = arcs.compactMap { placed -> String? in
            if case .text(let run) = placed.node { return run.text } else { return nil }
        }
        // Eleven parties, Iran's two seats side by side: eleven runs, one arc each.
        #expect(lines.count == 11)
        #expect(names.count >= 7, "\(names)")
        #expect(names.allSatisfy { name in meeting.parties.contains { $0.name == name } })
    }

    private func check(_ meeting: Meeting, _ name: String) {
        let measurer = FixedMetricsMeasurer()
        let charts = ChartRegistry.exported(in: meeting).filter { $0.chart.hasPrefix("seating") }
        #expect(!charts.isEmpty)
        for placed in charts {
            guard let chart = ChartRegistry.chart(named: placed.chart) else { continue }
            for theme in Theme.all {
                let context = "\(name) \(placed.chart) \(placed.roundID ?? "") \(theme.name)"
                let scene: Scene
                do {
                    scene = try chart.init().layout(
                        meeting, options: LayoutOptions(theme: theme, roundID: placed.roundID), measurer: measurer)
                } catch {
                    Issue.record("\(context): \(error.message)")
                    continue
                }
                let onTable = LayoutInvariants.marksWithoutContrast(scene).filter { $0.contains("seat") || $0.contains("legend") }
                #expect(onTable.isEmpty, "\(context): \(onTable.prefix(5))")
                for item in scene.flattened() {
                    guard case .text(let run) = item.node else { continue }
                    if item.groupPath.contains("party-arcs") || item.groupPath.last == "table" {
                        #expect(!run.metrics.isTruncated, "\(context): '\(run.text)' is cut on the table")
                    }
                }
                if theme.name == ThemeName.print.rawValue {
                    for item in scene.flattened() where item.groupPath.contains("seats") || item.groupPath.contains("flags") {
                        switch item.node {
                        case .circle(let circle):
                            guard let fill = circle.style.fill else { continue }
                            #expect(fill.red == fill.green && fill.green == fill.blue, "\(context): \(fill.hexString)")
                        case .rect(let rect):
                            guard let fill = rect.style.fill else { continue }
                            #expect(fill.red == fill.green && fill.green == fill.blue, "\(context): flag \(fill.hexString)")
                        case .image: Issue.record("\(context): a flag picture in colour in the print theme")
                        default: continue
                        }
                    }
                }
            }
        }
    }
}
