import ParleyModel
import ParleyScene

/// Every chart Parley draws, by the name users give it. Adding a chart adds one line here:
/// `parley render --help`, completions, the checks of options, export plans and reports read
/// what each chart declares (`ChartLayout.scope`, `options`, `exported`, `reported`).
public enum ChartRegistry {
    /// Every chart, in the order help lists them and exports and reports place them.
    public static let charts: [any ChartLayout.Type] = [
        TimelineLayout.self,
        SeatingLayout.self,
        SeatingCompareLayout.self,
        OverviewLayout.self,
    ]

    /// The charts' `--chart` names, in registry order.
    public static var names: [String] { charts.map { $0.name } }

    /// The chart users call `name`; `nil` for a name no chart has.
    public static func chart(named name: String) -> (any ChartLayout.Type)? {
        charts.first { $0.name == name }
    }

    /// One chart of a meeting, placed: which chart, and the round it draws (`nil`: the meeting).
    public struct Placed: Sendable, Hashable {
        /// The chart's `--chart` name.
        public var chart: String
        /// The round it draws; `nil` for the whole meeting.
        public var roundID: String?

        /// A chart placed for the meeting (`roundID` nil) or for one round.
        public init(chart: String, roundID: String?) { self.chart = chart; self.roundID = roundID }
    }

    /// The charts `placements` makes of a meeting: the meeting's first (in registry order),
    /// then each round's, round by round.
    public static func placed(in meeting: Meeting, by placements: (any ChartLayout.Type) -> [ChartPlacement]) -> [Placed] {
        let whole = charts.flatMap { chart in
            placements(chart).filter { $0.level == .meeting }.flatMap { $0.roundIDs(in: meeting) }.map { _ in
                Placed(chart: chart.name, roundID: nil)
            }
        }
        let perRound = charts.map { chart in
            Set(placements(chart).filter { $0.level == .eachRound }.flatMap { $0.roundIDs(in: meeting) }.compactMap { $0 })
        }
        let byRound = meeting.rounds.flatMap { round in
            zip(charts, perRound).filter { $0.1.contains(round.id) }.map { Placed(chart: $0.0.name, roundID: round.id) }
        }
        return whole + byRound
    }

    /// The charts an export makes of a meeting.
    public static func exported(in meeting: Meeting) -> [Placed] { placed(in: meeting) { $0.exported } }

    /// The charts a report shows of a meeting.
    public static func reported(in meeting: Meeting) -> [Placed] { placed(in: meeting) { $0.reported } }
}
