/// Decodes rounds: dates, times in the round's zone, segments, events, outcomes and tables.
struct RoundDecoder {
    let context: DecodingContext
    let meetingZone: ZoneSpec
    let meetingZoneLabel: String?
    /// Where the meeting's `timezoneLabel` is written, for warnings about rounds that inherit it.
    var meetingZoneLabelNode: Node? = nil
    /// False when the meeting's zone was unknown (and UTC stands in): labels are then not checked.
    var meetingZoneIsKnown = true

    private var shared: MeetingDecoder { MeetingDecoder(context: context) }

    func round(_ node: Node) -> Round? {
        guard let reader = MappingReader(node, schema: ModelSchema.object("round"), what: "a round", context: context) else { return nil }
        let id = shared.slug(reader, "id", what: "a round")
        var date: LocalDate?
        if let dateNode = reader.node("date"), let text = reader.string("date") {
            date = TimeParsing.date(text)
            if date == nil { context.error(dateNode, "'\(text)' is not a date", hints: [.fix("write YYYY-MM-DD, e.g. 2025-06-02")]) }
        }
        var zone = meetingZone
        var zoneLabel = meetingZoneLabel
        var zoneLabelNode = meetingZoneLabelNode
        var zoneIsKnown = meetingZoneIsKnown
        if let zoneNode = reader.node("timezone"), let text = reader.string("timezone") {
            if let parsed = TimeParsing.zone(text) {
                zone = parsed
                zoneLabel = nil
                zoneLabelNode = nil
                zoneIsKnown = true
            } else {
                // The round's times are read in the meeting's zone instead: no label is checked.
                zoneIsKnown = false
                let intent = ZoneIntent(label: reader.string("timezoneLabel"), rounds: [node])
                TimeParsing.reportUnknownZone(text, at: zoneNode, example: "Europe/Istanbul", intent: intent, context: context)
            }
        }
        if let ownLabel = reader.string("timezoneLabel") {
            zoneLabel = ownLabel
            zoneLabelNode = reader.node("timezoneLabel")
        }
        guard let id, let date else { return nil }
        let what = "round '\(id)'"
        guard let start = reader.node("start").flatMap({ time($0, on: date, in: zone, what: "the start of \(what)") }),
            let end = reader.node("end").flatMap({ time($0, on: date, in: zone, what: "the end of \(what)") })
        else { return nil }
        if let endNode = reader.node("end"), end.instant <= start.instant {
            let hint =
                end.hasOwnDate
                ? ""
                : "; for a session that crosses midnight write the end with its date, e.g. \(LocalDate(daysSinceEpoch: date.daysSinceEpoch + 1))T\(end.clockText.replacingOccurrences(of: "≈", with: ""))"
            context.error(
                endNode,
                "\(what) ends at \(end.clockText), \(end.instant == start.instant ? "the same time as" : "before") its start at \(start.clockText)\(hint)"
            )
        } else if end.instant - start.instant > 86400, let endNode = reader.node("end") {
            context.warning(endNode, "\(what) lasts more than 24 hours; check the dates of its start and end")
        } else if end.earliestInstant <= start.latestInstant, let endNode = reader.node("end") {
            // Contested ends that overlap: some pair of the values given has the round end before it began.
            context.warning(
                endNode,
                "the values given for the end of \(what) reach back to \(end.earliest.clockText), not after the latest start given, \(start.latest.clockText); the shortest duration is counted as 0",
                hints: [.fix("check the claims or ranges of its start and end")])
        }
        let within = { (time: MeetingTime, node: Node, thing: String) in
            // A contested time lies inside when every value the sources give could.
            if time.earliestInstant < start.earliestInstant || time.latestInstant > end.latestInstant {
                self.context.error(
                    node, "\(thing) at \(time.clockText) lies outside \(what), which runs \(start.clockText)–\(end.clockText)")
            }
        }
        let segments: [Segment] = reader.sequence("segments").compactMap { item in
            guard let segment = self.segment(item, on: date, in: zone, round: what) else { return nil }
            within(segment.start, item, "segment '\(segment.label)' starts")
            within(segment.end, item, "segment '\(segment.label)' ends")
            return segment
        }
        let events: [Event] = reader.sequence("events").compactMap { item in
            guard let event = self.event(item, on: date, in: zone, round: what) else { return nil }
            if let at = event.at { within(at, item, "event '\(event.label)'") }
            return event
        }
        if zoneIsKnown, let zoneLabel, let zoneLabelNode {
            StatedLabelCheck(context: context, zone: zone, label: zoneLabel, node: zoneLabelNode).check(round: what, start: start, end: end)
        }
        let outcomes = reader.sequence("outcomes").compactMap(outcome)
        let table = reader.node("table").flatMap { TableDecoder(context: context).table($0, round: what) }
        var round = Round(
            id: id, title: reader.string("title"), date: date, venue: reader.string("venue"), timeZone: zone,
            timeZoneLabel: zone.label(at: start.instant, stated: zoneLabel), statedZoneLabel: zoneLabel, start: start, end: end,
            language: reader.string("language"),
            segments: segments, events: events, outcomes: outcomes, table: table, provenance: shared.provenance(reader),
            location: context.location(node))
        round.titles = LocalizedNames(reader.names("titles"))
        round.venues = LocalizedNames(reader.names("venues"))
        return round
    }

    /// A time as the model reports it (see `ReportedTimeDecoder`).
    func time(_ node: Node, on date: LocalDate, in zone: ZoneSpec, what: String) -> MeetingTime? {
        ReportedTimeDecoder(context: context).time(node, on: date, in: zone, what: what)
    }

    private func segment(_ node: Node, on date: LocalDate, in zone: ZoneSpec, round: String) -> Segment? {
        guard let reader = MappingReader(node, schema: ModelSchema.object("segment"), what: "a segment of \(round)", context: context),
            let label = reader.string("label"),
            let start = reader.node("start").flatMap({ time($0, on: date, in: zone, what: "the start of segment '\(label)'") }),
            let end = reader.node("end").flatMap({ time($0, on: date, in: zone, what: "the end of segment '\(label)'") })
        else { return nil }
        if end.instant <= start.instant, let endNode = reader.node("end") {
            context.error(endNode, "segment '\(label)' ends at \(end.clockText), not after its start at \(start.clockText)")
            return nil
        }
        // Only an explicit `kind` says what the part was; a label such as "Coffee break" is free text.
        let kind = reader.choice("kind", as: Segment.Kind.self) ?? .other
        return Segment(
            start: start, end: end, label: label, kind: kind, provenance: shared.provenance(reader), location: context.location(node))
    }

    private func event(_ node: Node, on date: LocalDate, in zone: ZoneSpec, round: String) -> Event? {
        guard let reader = MappingReader(node, schema: ModelSchema.object("event"), what: "an event of \(round)", context: context),
            let label = reader.string("label")
        else { return nil }
        var at: MeetingTime?
        if let atNode = reader.node("at") {
            at = time(atNode, on: date, in: zone, what: "event '\(label)'")
            if at == nil { return nil }
        }
        return Event(
            at: at, label: label, parties: partyRefs(reader), provenance: shared.provenance(reader), location: context.location(node))
    }

    private func outcome(_ node: Node) -> Outcome? {
        guard let reader = MappingReader(node, schema: ModelSchema.object("outcome"), what: "an outcome", context: context),
            let text = reader.string("text")
        else { return nil }
        return Outcome(text: text, parties: partyRefs(reader), provenance: shared.provenance(reader), location: context.location(node))
    }

    private func partyRefs(_ reader: MappingReader) -> [String] {
        reader.strings("parties").map { text, node in
            context.recordReference(text, at: context.location(node), kind: .party)
            return text
        }
    }
}
