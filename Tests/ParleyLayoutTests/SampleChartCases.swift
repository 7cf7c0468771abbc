import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Every sample × every chart × every option that changes what the chart draws: the default,
/// each timeline alignment, the 12-hour clock, each round; a candidate that fails to lay out
/// (a seating chart without a round) or draws the same scene as an earlier one of its chart
/// (an overview given a round) is left out, so new charts and options need no list here. The
/// first of equal candidates names the golden: `seating` is the seating of the first round
/// with a table, which a seating chart draws when given no round.
struct SampleChartCase: Sendable, CustomTestStringConvertible {
    var sample: String
    var chart: String
    /// The golden's name without `.scene.json`: `timeline`, `timeline-elapsed`, `seating-round-2`.
    var name: String
    var options: LayoutOptions

    var testDescription: String { "\(sample)/\(name)" }

    static let samples = RepositoryPaths.sampleNames

    static func meeting(_ sample: String) throws -> Meeting {
        try MeetingLoader.load(path: RepositoryPaths.sample(sample)).meeting
    }

    static func layout(_ chart: String, _ meeting: Meeting, _ options: LayoutOptions) throws -> Scene {
        guard let layout = ChartRegistry.chart(named: chart) else {
            throw LayoutError.unknownChart(name: chart, known: ChartRegistry.names)
        }
        return try layout.init().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
    }

    /// Every case, light theme, plus one dark and one print variant.
    static let all: [SampleChartCase] = {
        var cases: [SampleChartCase] = []
        for sample in samples {
            guard let meeting = try? meeting(sample) else { continue }
            for chart in ChartRegistry.names {
                var candidates: [(String, LayoutOptions)] = [(chart, LayoutOptions())]
                for alignment in TimelineAlignment.allCases where alignment != LayoutOptions().alignment {
                    candidates.append(("\(chart)-\(alignment.rawValue)", LayoutOptions(alignment: alignment)))
                }
                for clock in ClockStyle.allCases where clock != LayoutOptions().clock {
                    candidates.append(("\(chart)-clock-\(clock.rawValue)", LayoutOptions(clock: clock)))
                }
                for round in meeting.rounds { candidates.append(("\(chart)-\(round.id)", LayoutOptions(roundID: round.id))) }
                var drawn: [Scene] = []
                for (name, options) in candidates {
                    guard let scene = try? layout(chart, meeting, options), !drawn.contains(scene) else { continue }
                    drawn.append(scene)
                    cases.append(SampleChartCase(sample: sample, chart: chart, name: name, options: options))
                }
            }
        }
        if let timeline = cases.first(where: { $0.chart == TimelineLayout.name }) {
            cases.append(timeline.themed(.dark, "dark"))
        }
        if let seating = cases.first(where: { $0.chart == SeatingLayout.name && $0.options.roundID != nil }) {
            cases.append(seating.themed(.print, "print"))
        }
        return cases
    }()

    private func themed(_ theme: Theme, _ themeName: String) -> SampleChartCase {
        var copy = self
        copy.options.theme = theme
        copy.name += "-\(themeName)"
        return copy
    }

    var goldenPath: String { RepositoryPaths.root + "/Tests/ParleyLayoutTests/Goldens/\(sample)/\(name).scene.json" }

    func scene() throws -> Scene { try Self.layout(chart, Self.meeting(sample), options) }
}
