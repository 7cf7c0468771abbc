/// Which rounds a chart draws, so the command line can refuse `--round` where a chart draws the
/// whole meeting instead of silently ignoring it.
public enum ChartScope: Sendable, Hashable {
    /// The whole meeting (or the rounds `--rounds` picks, if the chart takes `.roundSelection`).
    case meeting
    /// One round (`--round`).
    case round
    /// Either: one round with `--round`, else the meeting.
    case meetingOrRound

    /// Whether `--round` picks what the chart draws.
    public var takesOneRound: Bool { self != .meeting }
    /// Whether the chart can draw more than one round.
    public var takesSeveralRounds: Bool { self != .round }
}

/// An option only some charts take; options every chart takes (theme, font, names, title,
/// canvas size) are not listed.
public enum ChartOption: String, Sendable, Hashable, CaseIterable {
    /// How several rounds share a time axis (`TimelineAlignment`).
    case alignment
    /// The clock of time labels (`ClockStyle`).
    case clock
    /// Which rounds to draw, in which order (`LayoutOptions.roundIDs`).
    case roundSelection

    /// Whether the option still means something when one round is drawn: aligning one round
    /// with nothing is not.
    public var appliesToOneRound: Bool { self != .alignment }
}
