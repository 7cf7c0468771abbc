import ParleyLayout
import ParleyModel
import ParleyTestSupport
import Testing

/// A report's captions and alt texts are what each chart says of itself (`reportText`), so a
/// chart added to the registry brings its own words into reports.
struct ChartTextTests {
    @Test(arguments: RepositoryPaths.sampleNames)
    func reportChartsSayWhatTheirChartSays(_ sample: String) throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.sample(sample)).meeting
        let document = ReportDocument(meeting: meeting)
        let charts = document.sections.flatMap(\.charts)
        #expect(!charts.isEmpty)
        for chart in charts {
            let layout = try #require(ChartRegistry.chart(named: chart.chart))
            let text = layout.reportText(of: meeting, round: chart.roundID.flatMap(meeting.round), language: nil)
            #expect(chart.caption == text.caption && chart.description == text.description, "\(sample) \(chart.slug)")
        }
    }

    @Test func theWordsOfTheFourCharts() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.sample("istanbul-2025")).meeting
        let round = try #require(meeting.round("round-2"))
        #expect(SeatingLayout.reportText(of: meeting, round: round, language: nil).caption == "\(round.displayTitle): seating")
        #expect(TimelineLayout.reportText(of: meeting, round: nil, language: nil).caption == "All rounds by time of day")
        let compared = SeatingCompareLayout.reportText(of: meeting, round: nil, language: nil)
        #expect(compared.caption == "Seating compared" && compared.description.contains("mirrors"))
        // A chart without words of its own: its summary, after the round's title.
        #expect(
            OverviewLayout.reportText(of: meeting, round: round, language: nil).caption
                == "\(round.displayTitle): \(OverviewLayout.summary)")
    }
}
