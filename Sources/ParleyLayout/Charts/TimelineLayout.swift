import ParleyModel
import ParleyScene

/// Session timelines: one round in detail (`--round`), or several compared on one axis
/// aligned by time of day, by elapsed time, or across the calendar.
public struct TimelineLayout: ChartLayout {
    public static let name = "timeline"
    public static let summary = "one round on a time axis, or rounds compared by clock, elapsed time or calendar"
    public static let scope = ChartScope.meetingOrRound
    public static let options: Set<ChartOption> = [.alignment, .clock, .roundSelection]
    public static let exported: [ChartPlacement] = [.meeting(), .eachRound()]
    public static let reported: [ChartPlacement] = [.eachRound(), .meeting(when: .rounds(atLeast: 2))]

    public init() {}

    public func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene {
        let rounds = try options.selectedRounds(of: meeting)
        guard !rounds.isEmpty else { throw .noRounds(chart: TimelineLayout.name) }
        let typesetter = Typesetter(measurer: measurer, family: options.fontFamily, theme: options.theme)
        let style = PartyStyle(meeting: meeting, theme: options.theme, language: options.language)
        if options.roundID != nil || rounds.count == 1 {
            return try RoundTimeline(meeting: meeting, round: rounds[0], options: options, typesetter: typesetter, style: style).scene()
        }
        switch options.alignment {
        case .clock, .elapsed:
            return try RoundsComparison(meeting: meeting, rounds: rounds, options: options, typesetter: typesetter, style: style).scene()
        case .calendar:
            return try CalendarTimeline(meeting: meeting, rounds: rounds, options: options, typesetter: typesetter).scene()
        }
    }
}
