extension Round {
    /// The zone's name as a chart prints it at an instant of the round: the abbreviation in
    /// force then ("CEST" before a change, "CET" after), or the model's `timezoneLabel` where it
    /// agrees with the offset in force.
    public func zoneLabel(at instant: Int) -> String { timeZoneLabel }

    /// The shortest and longest the round can have lasted, in seconds: from the latest start to
    /// the earliest end, and from the earliest start to the latest end.
    public var durationRange: ClosedRange<Int> {
        let shortest = end.earliestInstant - start.latestInstant
        let longest = end.latestInstant - start.earliestInstant
        return min(shortest, longest)...longest
    }
}
