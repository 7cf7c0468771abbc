import ParleyModel

/// Where a chart goes in an export or a report: once for the meeting, or once for each round,
/// when its condition holds. Charts declare their placements, so export plans and reports
/// follow the registry instead of naming charts.
public struct ChartPlacement: Sendable, Hashable {
    /// Once for the meeting, or once a round.
    public enum Level: Sendable, Hashable {
        /// A single chart of the whole meeting.
        case meeting
        /// One chart for each round that meets the condition.
        case eachRound
    }

    /// Once for the meeting or once a round.
    public var level: Level
    /// What the model must have for the chart to be made.
    public var condition: ChartCondition

    /// Once for the meeting, when `condition` holds for it.
    public static func meeting(when condition: ChartCondition = .always) -> ChartPlacement {
        ChartPlacement(level: .meeting, condition: condition)
    }

    /// Once for each round for which `condition` holds.
    public static func eachRound(when condition: ChartCondition = .always) -> ChartPlacement {
        ChartPlacement(level: .eachRound, condition: condition)
    }

    /// The rounds this placement makes a chart of, in the model's order: `[nil]` for the
    /// meeting, the ids of the rounds that meet the condition, or none.
    public func roundIDs(in meeting: Meeting) -> [String?] {
        switch level {
        case .meeting: condition.holds(in: meeting, round: nil) ? [nil] : []
        case .eachRound: meeting.rounds.filter { condition.holds(in: meeting, round: $0) }.map(\.id)
        }
    }
}

/// When a placed chart is made: always, or only when the model has what the chart draws.
public enum ChartCondition: Sendable, Hashable {
    /// Whatever the model has.
    case always
    /// The round has a table; for the meeting, at least one round has.
    case hasTable
    /// The meeting has at least this many rounds.
    case rounds(atLeast: Int)
    /// At least this many rounds have a table.
    case tables(atLeast: Int)

    func holds(in meeting: Meeting, round: Round?) -> Bool {
        switch self {
        case .always: true
        case .hasTable: round.map { $0.table != nil } ?? meeting.rounds.contains { $0.table != nil }
        case .rounds(let count): meeting.rounds.count >= count
        case .tables(let count): meeting.rounds.lazy.filter { $0.table != nil }.count >= count
        }
    }
}
