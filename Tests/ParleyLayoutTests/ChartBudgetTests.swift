import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Charts past a limit end early with an error at the place in the model where the limit was
/// passed, naming the limit; charts within it are drawn whole, never clipped.
@Suite struct ChartBudgetTests {
    private let header = """
        parley: 1
        id: budget
        timezone: UTC
        parties: [{id: a, name: Alpha}, {id: b, name: Beta}]

        """

    private func meeting(_ rounds: String) throws -> Meeting {
        try MeetingLoader.parse(Array((header + "rounds:\n" + rounds).utf8), file: "budget.yaml").meeting
    }

    private func layoutError(_ chart: any ChartLayout.Type, _ meeting: Meeting, _ options: LayoutOptions = LayoutOptions()) -> LayoutError?
    {
        do {
            _ = try chart.init().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
            return nil
        } catch {
            return error
        }
    }

    /// Eleven tables of 2,000 seats: 22,011 items, past the 20,000 a chart may draw. The error
    /// comes before any table is laid out, at the round that passed the limit (the tenth: 20,010).
    @Test func aSeatingComparisonPastTheItemBudgetIsRefusedAtTheRoundThatPassedIt() throws {
        let table =
            "{shape: rectangle, far: [{party: a, count: 500}], near: [{party: b, count: 500}], left: [{party: a, count: 500}], right: [{party: b, count: 500}]}"
        let rounds = (0..<11).map { "  - {id: r\($0), date: 2025-01-01, start: \"10:00\", end: \"11:00\", table: \(table)}\n" }.joined()
        let model = try meeting(rounds)
        let error = try #require(layoutError(SeatingCompareLayout.self, model))
        #expect(error.message.contains("would draw 22,011 items (11 rounds, 22,000 seats)"), "\(error.message)")
        #expect(error.message.contains("the limit is 20,000 items in one chart"))
        #expect(error.message.contains("--rounds"))
        #expect(error.location == model.rounds[9].location)
        // Two of those tables are within the budget and are drawn.
        #expect(layoutError(SeatingCompareLayout.self, model, LayoutOptions(roundIDs: ["r0", "r1"])) == nil)
    }

    /// A list too long for the largest canvas used to be cut off at 20,000 points without a word;
    /// now it is an error at the item where the list ran past.
    @Test func aChartTallerThanTheLargestSideIsAnErrorNotAClippedChart() throws {
        let events = (0..<2_000).map { "      - {label: \"Untimed event \($0)\"}\n" }.joined()
        let model = try meeting("  - id: r\n    date: 2025-01-01\n    start: \"10:00\"\n    end: \"11:00\"\n    events:\n" + events)
        let error = try #require(layoutError(TimelineLayout.self, model, LayoutOptions(roundID: "r")))
        #expect(error.message.contains("more than 20,000 points of height, the limit for a side; list fewer events"), "\(error.message)")
        let location = try #require(error.location)
        #expect(location.file == "budget.yaml")
        #expect(model.rounds[0].events.contains { $0.location == location })
        // A thousand fit, and the whole list is there.
        let fewer = try meeting(
            "  - id: r\n    date: 2025-01-01\n    start: \"10:00\"\n    end: \"11:00\"\n    events:\n"
                + events.split(separator: "\n").prefix(1_000).joined(separator: "\n") + "\n")
        let scene = try TimelineLayout().layout(fewer, options: LayoutOptions(roundID: "r"), measurer: FixedMetricsMeasurer())
        #expect(scene.size.height <= LayoutOptions.maximumSide)
        #expect(scene.textFrames.contains { $0.text == "Untimed event 999" })
    }

    /// Lists are set whole, so long texts in them are what still costs: past 100,000 characters
    /// of them the chart stops at the item that passed.
    @Test func longListTextsPastTheBudgetAreRefused() throws {
        let long = String(repeating: "L", count: 9_990)
        let events = (0..<12).map { "      - {label: \"\($0) \(long)\"}\n" }.joined()
        let model = try meeting("  - id: r\n    date: 2025-01-01\n    start: \"10:00\"\n    end: \"11:00\"\n    events:\n" + events)
        let error = try #require(layoutError(TimelineLayout.self, model, LayoutOptions(roundID: "r")))
        #expect(error.message.contains("more than 100,000 characters of long text"), "\(error.message)")
        // Each item is 9,992 characters or so: the eleventh passes 100,000.
        #expect(error.location == model.rounds[0].events[10].location)
    }

    @Test func footnotesAreNumberedInOrderOfFirstCitation() throws {
        let sources = (0..<20_000).map { "https://example.org/\($0 % 15_000)" }
        let events = stride(from: 0, to: sources.count, by: 100).map { start in
            "      - {label: e\(start), sources: [\(sources[start..<(start + 100)].joined(separator: ", "))]}\n"
        }.joined()
        let model = try meeting("  - id: r\n    date: 2025-01-01\n    start: \"10:00\"\n    end: \"11:00\"\n    events:\n" + events)
        let document = ReportDocument(meeting: model)
        #expect(document.footnotes.count == 15_000)
        #expect(document.footnotes.first == "https://example.org/0")
        let items = try #require(document.sections.first?.lists.first?.items)
        // The event citing sources 15,000… cites the numbers the first ones got.
        #expect(items[150].notes == Array(1...100))
        #expect(items[149].notes == Array(14_901...15_000))
    }

    @Test func countsReadWithThousandsSeparators() {
        #expect(ChartBudget.count(0) == "0")
        #expect(ChartBudget.count(999) == "999")
        #expect(ChartBudget.count(20_000) == "20,000")
        #expect(ChartBudget.count(1_234_567) == "1,234,567")
        #expect(ChartBudget.count(points: .infinity) == "unbounded")
        #expect(ChartBudget.count(points: 20_007.2) == "20,008")
    }
}
