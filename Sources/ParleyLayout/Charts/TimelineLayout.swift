import ParleyModel
import ParleyScene

/// Session timelines: one round in detail (`--round`), or several compared on one axis
/// aligned by time of day, by elapsed time or across the calendar, or as a day planner; by
/// default the alignment `TimelineAlignment.chosen(for:in:)` picks from the rounds' dates.
public struct TimelineLayout: ChartLayout {
    /// `--chart timeline`, and the file name an export gives it.
    public static let name = "timeline"
    /// Shown beside the name in `parley render --help`.
    public static let summary = "one round on a time axis, or rounds compared by clock, elapsed time, calendar or day planner"
    /// One round with `--round`, else the meeting's rounds compared.
    public static let scope = ChartScope.meetingOrRound
    /// Takes the alignment, the clock and `--rounds`.
    public static let options: Set<ChartOption> = [.alignment, .clock, .roundSelection]
    /// A round's timeline and its account; for the meeting, all rounds as the default alignment draws them.
    public static func reportText(of meeting: Meeting, round: Round?, language: String?) -> ChartText {
        let options = LayoutOptions(language: language)
        let style = PartyStyle(meeting: meeting, options: options)
        guard let round else {
            let caption: StringKey =
                switch TimelineAlignment.chosen(for: meeting.rounds, in: meeting.timeZone) {
                case .days: .timelineReportByDay
                case .elapsed: .timelineReportElapsed
                case .calendar: .timelineReportCalendar
                case .clock, .automatic: .timelineReportByClock
                }
            return ChartText(caption: style.strings.text(caption), description: MeetingDescription.overview(meeting, options: options))
        }
        return ChartText(
            caption: style.strings.text(.timelineRoundCaption, [.round: style.title(round)]),
            description: MeetingDescription.round(
                round, meeting: meeting, clock: options.clock, strings: style.strings, language: style.language))
    }
    /// Exported once for the meeting and once for each round.
    public static let exported: [ChartPlacement] = [.meeting(), .eachRound()]
    /// Reported once a round, and once for the meeting when it has at least two rounds.
    public static let reported: [ChartPlacement] = [.eachRound(), .meeting(when: .rounds(atLeast: 2))]

    /// Makes the chart.
    public init() {}

    /// One round in detail, or the selected rounds compared by `options.alignment`.
    public func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene {
        let rounds = try options.selectedRounds(of: meeting)
        guard !rounds.isEmpty else { throw .noRounds(chart: TimelineLayout.name) }
        let typesetter = Typesetter(measurer: measurer, family: options.fontFamily, theme: options.theme)
        let style = PartyStyle(meeting: meeting, options: options)
        if options.roundID != nil || rounds.count == 1 {
            return try RoundTimeline(meeting: meeting, round: rounds[0], options: options, typesetter: typesetter, style: style).scene()
        }
        var resolved = options
        resolved.alignment = options.alignment.resolved(for: rounds, in: meeting.timeZone)
        switch resolved.alignment {
        case .clock, .elapsed, .automatic:
            return try RoundsComparison(meeting: meeting, rounds: rounds, options: resolved, typesetter: typesetter, style: style).scene()
        case .calendar:
            return try CalendarTimeline(meeting: meeting, rounds: rounds, options: resolved, typesetter: typesetter, style: style).scene()
        case .days:
            return try DayPlanner(meeting: meeting, rounds: rounds, options: resolved, typesetter: typesetter, style: style).scene()
        }
    }
}
