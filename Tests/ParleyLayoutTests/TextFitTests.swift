import Foundation
import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Text that fits by reflow: widths honoured exactly or refused, no text below the minimum
/// size, and whatever is still shortened listed in full (issue 14, fit part).
@Suite struct TextFitTests {
    static let fixtures = RepositoryPaths.root + "/Tests/Fixtures/layouts"
    static let models = ["geneva-titles-round", "brussels-twelve-a-side"]
    static let charts: [any ChartLayout.Type] = [SeatingLayout.self, SeatingCompareLayout.self, OverviewLayout.self]

    /// The fitted chart, or the error that refused it.
    static func attempt(_ chart: any ChartLayout.Type, _ meeting: Meeting, _ options: LayoutOptions) -> Result<FittedScene, LayoutError> {
        do {
            return .success(try chart.init().fittedLayout(meeting, options: options, measurer: FixedMetricsMeasurer()))
        } catch {
            return .failure(error)
        }
    }

    static func load(_ name: String) throws -> Meeting {
        try MeetingLoader.load(path: "\(fixtures)/\(name).yaml").meeting
    }

    /// Every width from a phone to a wall: the chart is exactly that wide with every text at
    /// least `Font.minimumSize`, or the width is refused naming a wider one that works.
    @Test(arguments: models)
    func everyWidthIsHonouredOrRefusedWithOneThatWorks(_ name: String) throws {
        let meeting = try Self.load(name)
        for chart in Self.charts where chart != SeatingCompareLayout.self || meeting.rounds.filter({ $0.table != nil }).count >= 2 {
            for width in [320.0, 480, 600, 900, 2400] {
                for theme in Theme.all {
                    let options = LayoutOptions(width: width, theme: theme)
                    let context = "\(name) \(chart.name) at \(Int(width)), \(theme.name)"
                    let scene: Scene
                    switch Self.attempt(chart, meeting, options) {
                    case .success(let fitted): scene = fitted.scene
                    case .failure(.widthTooNarrow(let asked, let minimum, let named)):
                        #expect(asked == width && minimum > width && named == chart.name, "\(context)")
                        let wider = try chart.init().fittedLayout(
                            meeting, options: LayoutOptions(width: minimum, theme: theme), measurer: FixedMetricsMeasurer())
                        #expect(wider.scene.size.width == minimum, "\(context): the minimum named is not the width drawn")
                        continue
                    case .failure(let error):
                        Issue.record("\(context): \(error)")
                        continue
                    }
                    #expect(scene.size.width == width, "\(context): drawn \(scene.size.width) wide")
                    let smallest = try #require(scene.smallestTextSize)
                    #expect(smallest >= Font.minimumSize, "\(context): text at \(smallest) points")
                    SceneInvariants.check(scene, context)
                }
            }
        }
    }

    /// The seating plan is never scaled: a narrow canvas moves names to a numbered list under
    /// it, each seat's name, role and party in full.
    @Test func aNarrowSeatingPlanListsItsSeatsInFull() throws {
        let meeting = try Self.load("geneva-titles-round")
        let scene = try SeatingLayout().fittedLayout(
            meeting, options: LayoutOptions(width: 320), measurer: FixedMetricsMeasurer()
        ).scene
        let plan = scene.flattened().first {
            $0.groupPath.isEmpty && { if case .group(let g) = $0.node { g.id == "plan" } else { false } }($0)
        }
        guard case .group(let group)? = plan?.node else { throw Expectation.missing("plan group") }
        #expect(group.transform.a == 1 && group.transform.d == 1, "the plan is scaled by \(group.transform.a)")
        let list = scene.placedTexts.filter { $0.groupPath == ["seat-list"] }.map(\.run.text)
        let keller = try #require(meeting.people.first { $0.id == "keller" })
        #expect(list.contains { $0.contains(keller.name) && $0.contains(keller.role ?? "?") }, "\(list)")
        #expect(list.count == 1 + 8, "a heading and one line per seat: \(list.count)")
    }

    /// A chart that shows every text whole is exactly the chart's own layout: no key, no cost.
    @Test func aChartWithNothingCutGainsNoKey() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let fitted = try OverviewLayout().fittedLayout(meeting, options: LayoutOptions(), measurer: FixedMetricsMeasurer())
        let plain = try OverviewLayout().layout(meeting, options: LayoutOptions(), measurer: FixedMetricsMeasurer())
        #expect(fitted.shortened.isEmpty && fitted.warnings.isEmpty)
        #expect(fitted.scene == plain)
    }

    /// A text that cannot fit even the whole canvas is shortened, and then listed in full in a
    /// key under the chart and in its description, and warned of at its place in the model; a
    /// text of thousands of characters (set from a prefix) is known whole too.
    @Test func whatIsShortenedIsListedInFullAndWarnedOf() throws {
        let long = (0..<30).map { "Delegation\($0)" }.joined(separator: " ")
        let huge = (0..<120).map { "Commission\($0)" }.joined(separator: " ")
        let yaml = """
            parley: 1
            id: long
            timezone: UTC
            parties:
              - {id: a, name: A}
            rounds:
              - {id: r, title: "\(long)", date: 2026-01-01, start: "10:00", end: "11:00"}
              - {id: s, title: "\(huge)", date: 2026-01-02, start: "10:00", end: "11:00"}
            """
        let meeting = try MeetingLoader.parse(Array(yaml.utf8), file: "long.yaml").meeting
        #expect(long.unicodeScalars.count < 512 && huge.unicodeScalars.count > 1_000)
        let fitted = try OverviewLayout().fittedLayout(meeting, options: LayoutOptions(width: 400), measurer: FixedMetricsMeasurer())
        #expect(fitted.shortened.count == 2)
        let first = try #require(fitted.shortened.first), second = try #require(fitted.shortened.last)
        #expect(first.text.contains(long) && first.shown.hasSuffix("…"))
        #expect(second.text.contains(huge), "the full text is known, not the prefix it was set from")
        #expect(first.location?.line == 7 && second.location?.line == 8, "at the rounds")
        let key = fitted.scene.placedTexts.filter { $0.groupPath == ["shortened-labels"] }
        #expect(key.contains { $0.run.text.contains(long) && !$0.run.metrics.isTruncated })
        #expect(key.allSatisfy { fitted.scene.size.height >= $0.canvasFrame.maxY && !$0.run.metrics.isTruncated })
        #expect(fitted.scene.description.contains(long) && fitted.scene.description.contains(huge))
        let warning = try #require(fitted.warnings.first)
        #expect(warning.severity == .warning && warning.description.hasPrefix("long.yaml:7:"))
        #expect(warning.description.contains("overview chart shortens"))
        SceneInvariants.check(fitted.scene, "shortened key")
    }

    /// A width below what a chart can be drawn at is refused with the chart and the width that
    /// works, for every chart, never silently widened.
    @Test func aWidthTooNarrowIsRefusedByEveryChart() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        for chart in ChartRegistry.charts {
            let options = LayoutOptions(width: 200, roundID: chart == SeatingCompareLayout.self ? nil : "round-2")
            switch Self.attempt(chart, meeting, options) {
            case .success(let fitted): Issue.record("\(chart.name) drew \(fitted.scene.size.width) points for --width 200")
            case .failure(.widthTooNarrow(let asked, let minimum, let named)):
                #expect(asked == 200 && minimum >= LayoutOptions.narrowestWidth && named == chart.name)
                let message = LayoutError.widthTooNarrow(asked: asked, minimum: minimum, chart: named).description
                #expect(
                    message.contains("the \(chart.name) chart needs at least \(Int(minimum)) points") && message.contains("--width 200"))
            case .failure(let error): Issue.record("\(chart.name): \(error)")
            }
        }
    }
}

private enum Expectation: Error { case missing(String) }
