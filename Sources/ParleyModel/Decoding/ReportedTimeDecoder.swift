/// Decodes a time as a model reports it: one value (`"14:43"`, `"~13:35"`, ISO 8601, or
/// `{at: "13:35", approx: true}`), a range (`{from: "14:30", to: "14:45"}`), or what each source
/// says (`{claims: [{at: "14:43", by: Turkish MFA, sources: […]}, …]}`).
struct ReportedTimeDecoder {
    let context: DecodingContext

    func time(_ node: Node, on date: LocalDate, in zone: ZoneSpec, what: String) -> MeetingTime? {
        guard case .mapping = node else {
            guard let text = MappingReader.text(node, what: what, context: context) else { return nil }
            return value(text, approximate: false, at: node, on: date, in: zone, what: what)
        }
        guard let reader = MappingReader(node, schema: ModelSchema.object("reportedTime"), what: what, context: context) else {
            return nil
        }
        let forms = ["at", "from", "claims"].filter(reader.has)
        guard forms.count == 1, let form = forms.first else {
            context.error(
                node, forms.isEmpty ? "\(what) gives no time" : "\(what) gives both '\(forms[0])' and '\(forms[1])'",
                hints: [
                    .fix(
                        "write one of 'at' (one time), 'from' and 'to' (a range) or 'claims' (what each source says), e.g. {from: \"14:30\", to: \"14:45\"}"
                    )
                ])
            return nil
        }
        let approximate = reader.bool("approx") ?? false
        switch form {
        case "from": return range(reader, node: node, approximate: approximate, on: date, in: zone, what: what)
        case "claims": return claims(reader, node: node, approximate: approximate, on: date, in: zone, what: what)
        default:
            if reader.has("to") {
                context.error(
                    reader.keyNode("to") ?? node, "'to' of \(what) belongs to a range", hints: [.fix("write 'from' instead of 'at'")])
            }
            guard let atNode = reader.node("at"), let text = reader.string("at") else { return nil }
            return value(text, approximate: approximate, at: atNode, on: date, in: zone, what: what)
        }
    }

    private func range(
        _ reader: MappingReader, node: Node, approximate: Bool, on date: LocalDate, in zone: ZoneSpec, what: String
    ) -> MeetingTime? {
        guard let toNode = reader.node("to") else {
            context.error(node, "the range of \(what) has 'from' but no 'to'", hints: [.fix("add its latest time, e.g. to: \"14:45\"")])
            return nil
        }
        guard let fromNode = reader.node("from"), let fromText = reader.string("from"), let toText = reader.string("to"),
            let from = value(
                fromText, approximate: approximate, at: fromNode, on: date, in: zone, what: "the start of the range of \(what)"),
            let to = value(toText, approximate: approximate, at: toNode, on: date, in: zone, what: "the end of the range of \(what)")
        else { return nil }
        guard to.instant > from.instant else {
            context.error(
                toNode, "the range of \(what) ends at \(to.clockText), not after it begins at \(from.clockText)",
                hints: [.fix("write the earliest time as 'from' and the latest as 'to'")])
            return nil
        }
        var time = from
        time.claims = [TimeClaim(time: from), TimeClaim(time: to)]
        time.isRange = true
        return time
    }

    private func claims(
        _ reader: MappingReader, node: Node, approximate: Bool, on date: LocalDate, in zone: ZoneSpec, what: String
    ) -> MeetingTime? {
        let items = reader.sequence("claims")
        guard !items.isEmpty else {
            context.error(
                reader.node("claims") ?? node, "'claims' of \(what) is empty",
                hints: [.fix("list what each source says, e.g. - {at: \"14:43\", by: Turkish MFA}")])
            return nil
        }
        var claims: [TimeClaim] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let claimWhat = "claim \(index + 1) of \(what)"
            guard let claimReader = MappingReader(item, schema: ModelSchema.object("timeClaim"), what: claimWhat, context: context),
                let atNode = claimReader.node("at"), let text = claimReader.string("at"),
                let time = value(text, approximate: approximate, at: atNode, on: date, in: zone, what: claimWhat)
            else {
                failed = true
                continue
            }
            let sources = claimReader.strings("sources").map(\.0) + (claimReader.string("source").map { [$0] } ?? [])
            claims.append(TimeClaim(time: time, by: claimReader.string("by"), sources: sources))
        }
        guard !failed, var time = claims.first?.time else { return nil }
        time.claims = claims
        return time
    }

    private func value(
        _ text: String, approximate: Bool, at node: Node, on date: LocalDate, in zone: ZoneSpec, what: String
    ) -> MeetingTime? {
        if let time = TimeParsing.time(text, approximate: approximate, on: date, in: zone, context: context, at: node) { return time }
        context.error(
            node,
            "'\(text)' is not a time for \(what): write HH:MM or HH:MM:SS (24-hour), '~' in front when approximate, or ISO 8601 such as 2025-06-02T14:43+03:00"
        )
        return nil
    }
}
