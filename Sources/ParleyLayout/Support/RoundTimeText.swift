import ParleyModel

/// How one round's times print everywhere (charts, descriptions, reports, `describe`): the
/// wall clock of the round's zone at each instant, in the chosen clock, with seconds when the
/// model gave them, the zone named as it was in force then, and a mark when the time falls on
/// another local date than the round's.
public struct RoundTimeText: Sendable {
    /// The round whose times these are; its date is the one a day mark counts from.
    public let round: Round
    /// The meeting's zone, when it differs from the round's: spans then also print in it.
    public let meetingZone: ZoneSpec?
    /// A round held in the meeting's zone, which names that zone as the model does.
    let meetingLabelSource: Round?
    /// 24- or 12-hour clock.
    public let clock: ClockStyle
    /// Whether the zone's offset changes between the round's earliest start and latest end.
    public let spansOffsetChange: Bool
    let strings: Strings

    /// Times of `round` in the words of `strings`; with `meeting`, a round held in another zone
    /// also gives the meeting's times.
    public init(_ round: Round, meeting: Meeting?, clock: ClockStyle, strings: Strings) {
        self.round = round
        self.clock = clock
        spansOffsetChange = !ZonedTimeAxis.offsetChanges(in: round.possibleSpan, zone: round.timeZone).isEmpty
        self.strings = strings
        if let meeting, RoundTimeText.differ(round.timeZone, meeting.timeZone, over: round) {
            meetingZone = meeting.timeZone
            meetingLabelSource = meeting.rounds.first { $0.timeZone == meeting.timeZone }
        } else {
            meetingZone = nil
            meetingLabelSource = nil
        }
    }

    /// The meeting's zone as named at `instant`: as a round held in it names it (so the model's
    /// `timezoneLabel` counts where it holds), else the zone's abbreviation then.
    public static func meetingZoneLabel(_ meeting: Meeting, at instant: Int) -> String {
        meetingZoneLabel(meeting.rounds.first { $0.timeZone == meeting.timeZone }, zone: meeting.timeZone, at: instant)
    }

    static func meetingZoneLabel(_ roundInZone: Round?, zone: ZoneSpec, at instant: Int) -> String {
        roundInZone?.zoneLabel(at: instant) ?? zone.abbreviation(at: instant)
    }

    /// Two zones differ for a round when their offsets differ at its start or end: a second
    /// name for the same clock ("Europe/Zurich" beside "Europe/Berlin") adds nothing to convert.
    static func differ(_ a: ZoneSpec, _ b: ZoneSpec, over round: Round) -> Bool {
        [round.start.instant, round.end.instant].contains { a.offset(at: $0) != b.offset(at: $0) }
    }

    /// True when the model gave seconds for any of the round's start and end, so both print them.
    public var spanHasSeconds: Bool { hasSeconds(round.start) || hasSeconds(round.end) }

    /// The wall clock at `instant` in `zone` ("03:20", "3:20:40 a.m."), no day mark.
    public func wallClock(at instant: Int, in zone: ZoneSpec? = nil, seconds: Bool = false, approximate: Bool = false) -> String {
        let wall = (zone ?? round.timeZone).wallClock(at: instant)
        return clock.text(secondsOfDay: wall.secondsOfDay, seconds: seconds, approximate: approximate, strings: strings)
    }

    /// How many local dates `instant` lies after the round's date, in `zone` (the round's by default).
    public func daysAfterRoundDate(_ instant: Int, in zone: ZoneSpec? = nil) -> Int {
        (zone ?? round.timeZone).wallClock(at: instant).date.daysSinceEpoch - round.date.daysSinceEpoch
    }

    /// `text` with the mark of the day `instant` falls on, when that is not the round's date.
    func markingDay(_ text: String, of instant: Int, in zone: ZoneSpec? = nil) -> String {
        let days = daysAfterRoundDate(instant, in: zone)
        if days > 0 { return strings.text(.timeNextDay, count: days, [.value: text]) }
        if days < 0 { return strings.text(.timePreviousDay, count: -days, [.value: text]) }
        return text
    }

    /// A time of the round as a label prints it: "14:43", "≈03:20 (+1 day)", "10:00:40",
    /// "14:43/14:44" when the sources disagree, "11:50–12:05" for a range.
    /// Across a change of offset a wall time can name two instants (02:30 CEST and 02:30 CET on
    /// a fall-back night), so there every time carries the zone's name then: "02:30 CEST (+1 day)".
    public func time(_ time: MeetingTime) -> String { labelled(time, seconds: hasSeconds(time)) }

    /// The start as the bar's label prints it, with seconds when either end has them.
    public var startText: String { labelled(round.start, seconds: spanHasSeconds) }

    /// The end as the bar's label prints it, with seconds when either end has them, and the day mark.
    public var endText: String { labelled(round.end, seconds: spanHasSeconds) }

    private func labelled(_ time: MeetingTime, seconds: Bool) -> String {
        let reading = values(of: time, seconds: seconds)
        let text =
            spansOffsetChange
            ? strings.text(.timeWithZone, [.value: reading.text, .zone: zoneName(at: time.latestInstant)]) : reading.text
        return reading.dayOf.map { markingDay(text, of: $0) } ?? text
    }

    /// Every value the sources give for `time`, on the wall clock of `zone`: one value, the
    /// claims in time order (each distinct reading once), or a range's two ends (in brackets
    /// `inSpan`, where a dash already joins start and end). Values on different local dates
    /// carry their own day marks; otherwise `dayOf` is the instant whose day the caller marks
    /// once, after whatever follows the time (a zone's name).
    func values(of time: MeetingTime, in zone: ZoneSpec? = nil, seconds: Bool, inSpan: Bool = false) -> (text: String, dayOf: Int?) {
        var readings: [MeetingTime] = []
        if time.isRange {
            readings = [time.earliest, time.latest]
        } else if time.isUncertain {
            for claim in time.claims.sorted(by: { $0.time.instant < $1.time.instant })
            where !readings.contains(where: { $0.instant == claim.time.instant && $0.isApproximate == claim.time.isApproximate }) {
                readings.append(claim.time)
            }
        } else {
            readings = [time]
        }
        let eachMarked = Set(readings.map { daysAfterRoundDate($0.instant, in: zone) }).count > 1
        let texts = readings.map { value in
            let text = self.wallClock(at: value.instant, in: zone, seconds: seconds, approximate: value.isApproximate)
            return eachMarked ? markingDay(text, of: value.instant, in: zone) : text
        }
        var text = texts.joined(separator: strings.text(.timeClaimSeparator))
        if time.isRange, let first = texts.first, let last = texts.last {
            text = strings.text(.timeRange, [.from: first, .to: last])
            if inSpan { text = strings.text(.timeRangeInSpan, [.value: text]) }
        }
        return (text, eachMarked ? nil : time.latestInstant)
    }

    /// Whether any value the sources give for `time` has seconds.
    private func hasSeconds(_ time: MeetingTime) -> Bool {
        ([time] + time.claims.map(\.time)).contains { $0.secondsOfDay % 60 != 0 }
    }

    /// "14:43–15:57 MSK", "21:30 CEST – 03:20 CET (+1 day)", and when the round's zone is not
    /// the meeting's, the meeting's times after it: "08:00–09:15 EDT (14:00–15:15 CEST)".
    public var span: String {
        let own = span(in: round.timeZone, label: zoneName(at:))
        guard let meetingZone else { return own }
        let meeting = span(in: meetingZone, label: { RoundTimeText.meetingZoneLabel(meetingLabelSource, zone: meetingZone, at: $0) })
        return strings.text(.timeInMeetingZone, [.value: own, .text: meeting])
    }

    private func span(in zone: ZoneSpec, label: (Int) -> String) -> String {
        let start = round.start, end = round.end
        let from = values(of: start, in: zone, seconds: spanHasSeconds, inSpan: true)
        let to = values(of: end, in: zone, seconds: spanHasSeconds, inSpan: true)
        let fromText = from.dayOf.map { markingDay(from.text, of: $0, in: zone) } ?? from.text
        let fromZone = label(start.latestInstant), toZone = label(end.latestInstant)
        let text =
            fromZone == toZone
            ? strings.text(.timeSpan, [.from: fromText, .to: to.text, .zone: toZone])
            : strings.text(.timeSpanAcrossZones, [.from: fromText, .fromZone: fromZone, .to: to.text, .zone: toZone])
        return to.dayOf.map { markingDay(text, of: $0, in: zone) } ?? text
    }

    /// The round's duration: real elapsed time, a range when its ends are contested.
    public var duration: String { Formatting.duration(of: round, strings: strings) }

    /// The round's zone as named at `instant`: the round's label, unless it names two offsets
    /// the same (a fixed label across a change), where the zone's abbreviation at the instant tells them apart.
    public func zoneName(at instant: Int) -> String {
        let zone = round.timeZone
        let label = round.zoneLabel(at: instant)
        let other = [round.start.instant, round.end.instant].first { zone.offset(at: $0) != zone.offset(at: instant) }
        guard let other, round.zoneLabel(at: other) == label else { return label }
        return zone.abbreviation(at: instant)
    }

    /// The zones in force over `range`, as an axis caption names them: "MSK", "CEST, then CET".
    public func zonesInForce(over range: ClosedRange<Int>) -> String {
        var names = [zoneName(at: range.lowerBound)]
        for change in ZonedTimeAxis.offsetChanges(in: range, zone: round.timeZone) {
            let name = zoneName(at: change)
            if name != names.last { names.append(name) }
        }
        guard var text = names.first else { return "" }
        // Past a change or two the sequence would repeat itself: each name once ("CET and CEST").
        var distinct: [String] = []
        for name in names where !distinct.contains(name) { distinct.append(name) }
        if names.count > 3 { return strings.list(distinct) }
        for name in names.dropFirst() { text = strings.text(.zoneSequence, [.from: text, .to: name]) }
        return text
    }

    /// What a change of the round's zone's offset at `instant` (the first second of the new
    /// offset) says where it is drawn: "clocks back 03:00 → 02:00 · CEST → CET".
    public func change(at instant: Int) -> String {
        let zone = round.timeZone
        let (offsetBefore, offsetAfter) = (zone.offset(at: instant - 1), zone.offset(at: instant))
        let before = ClockStyle.secondsOfDay(instant + offsetBefore)
        let after = ClockStyle.secondsOfDay(instant + offsetAfter)
        let seconds = before % 60 != 0 || after % 60 != 0
        // The round's own label where it tells the two sides apart, else the zone's abbreviations.
        var names = (before: zoneName(at: instant - 1), after: zoneName(at: instant))
        if names.before == names.after { names = (zone.abbreviation(at: instant - 1), zone.abbreviation(at: instant)) }
        let facts: [Placeholder: String] = [
            .from: clock.text(secondsOfDay: before, seconds: seconds, strings: strings),
            .to: clock.text(secondsOfDay: after, seconds: seconds, strings: strings),
            .fromZone: names.before, .zone: names.after,
        ]
        return strings.text(offsetAfter < offsetBefore ? .clocksBack : .clocksForward, facts)
    }
}
