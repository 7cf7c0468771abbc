extension Round {
    /// The zone's name as a chart prints it at an instant of the round: the model's
    /// `timezoneLabel` where it agrees with the offset in force then (or is a name of the
    /// user's that tzdata does not use for the zone), else the abbreviation in force ("CEST"
    /// before a change, "CET" after), else the offset ("UTC+03:00").
    public func zoneLabel(at instant: Int) -> String { timeZone.label(at: instant, stated: statedZoneLabel) }

    /// The shortest and longest the round can have lasted, in seconds: from the latest start to
    /// the earliest end, and from the earliest start to the latest end. Contested ends that
    /// overlap (which the decoder warns about) give a shortest of 0, never a negative duration.
    /// Every instant the sources allow the round to have run: from the earliest start to the latest end.
    public var possibleSpan: ClosedRange<Int> { start.earliestInstant...max(end.latestInstant, start.earliestInstant) }

    /// The shortest and longest the round can have lasted (see above).
    public var durationRange: ClosedRange<Int> {
        let longest = max(end.latestInstant - start.earliestInstant, 0)
        let shortest = min(max(end.earliestInstant - start.latestInstant, 0), longest)
        return shortest...longest
    }
}

extension Meeting {
    /// The meeting zone's name at an instant, as `Round.zoneLabel(at:)` chooses it: the model's
    /// `timezoneLabel` where it agrees with the offset in force, else tzdata's abbreviation.
    public func zoneLabel(at instant: Int) -> String { timeZone.label(at: instant, stated: statedZoneLabel) }
}
