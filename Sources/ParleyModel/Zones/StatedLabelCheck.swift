/// Warns where a model's `timezoneLabel` names another offset than the one in force at a
/// round's start or end ("EET" on a Kyiv summer round, when it is EEST).
struct StatedLabelCheck {
    let context: DecodingContext
    let zone: ZoneSpec
    let label: String
    /// The label as written (the round's own, or the meeting's it inherits).
    let node: Node

    func check(round: String, start: MeetingTime, end: MeetingTime) {
        for (instant, which) in [(start.instant, "start"), (end.instant, "end")] {
            guard case .contradicts(let usual) = zone.verdict(onStatedLabel: label, at: instant) else { continue }
            let truthful = zone.label(at: instant)
            let offset = ZoneSpec.offsetLabel(zone.offset(at: instant))
            let usualText = usual.map(ZoneSpec.offsetLabel).joined(separator: " or ")
            let date = zone.wallClock(at: instant).date
            let inForce = truthful == offset ? offset : "\(offset), \(truthful)"
            let place = ZoneSpec.writtenOffset(zone.name) == nil ? " in \(zone.name)" : ""
            context.warning(
                node,
                "timezoneLabel \(Quoted.text(label)) is \(usualText) in tzdata, but at the \(which) of \(round) (\(date)) the offset in force\(place) is \(inForce); charts show \(truthful) there",
                hints: [.fix("remove timezoneLabel to show tzdata's name at each instant, or write \(Quoted.text(truthful))")])
            // The end says nothing new when the start already disagreed the same way.
            if which == "start", zone.label(at: end.instant) == truthful { break }
        }
    }
}
