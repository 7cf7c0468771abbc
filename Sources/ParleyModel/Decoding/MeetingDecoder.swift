import ParleyColor

/// Builds a `Meeting` from the composed YAML/JSON tree, reporting every problem it meets.
struct MeetingDecoder {
    let context: DecodingContext

    func decode(_ root: Node) -> Meeting? {
        guard let reader = MappingReader(root, schema: ModelSchema.object("meeting"), what: "the meeting", context: context) else {
            return nil
        }
        if let versionNode = reader.node("parley"), let version = reader.integer("parley"), version != 1 {
            context.error(versionNode, "this is format version \(version); this Parley reads version 1 ('parley: 1')")
        }
        let id = slug(reader, "id", what: "the meeting") ?? "meeting"
        var zone = ZoneSpec(name: "UTC", zone: .gmt)
        var zoneIsKnown = true
        if let node = reader.node("timezone"), let text = reader.string("timezone") {
            if let parsed = TimeParsing.zone(text) {
                zone = parsed
            } else {
                zoneIsKnown = false
                let intent = ZoneIntent(label: reader.string("timezoneLabel"), rounds: Array(reader.sequence("rounds").prefix(1)))
                TimeParsing.reportUnknownZone(text, at: node, example: "Europe/Moscow", intent: intent, context: context)
            }
        }
        let parties = reader.sequence("parties").compactMap(party)
        let people = reader.sequence("people").compactMap(person)
        let roundNodes = reader.sequence("rounds")
        if roundNodes.count > ModelLimits.maxRounds, let node = reader.node("rounds") {
            context.error(node, "\(roundNodes.count) rounds is more than the limit of \(ModelLimits.maxRounds)")
            return nil
        }
        if reader.has("rounds"), roundNodes.isEmpty, let node = reader.node("rounds") {
            context.error(node, "the meeting needs at least one round")
        }
        let statedLabel = reader.string("timezoneLabel")
        var roundDecoder = RoundDecoder(context: context, meetingZone: zone, meetingZoneLabel: statedLabel)
        // Rounds of an unknown zone are read in UTC: their labels are not checked against it.
        roundDecoder.meetingZoneLabelNode = reader.node("timezoneLabel")
        roundDecoder.meetingZoneIsKnown = zoneIsKnown
        let rounds = roundNodes.compactMap(roundDecoder.round)
        let firstInstant = rounds.first?.start.instant ?? 0
        var meeting = Meeting(
            id: id, title: reader.string("title"), timeZone: zone, timeZoneLabel: zone.label(at: firstInstant, stated: statedLabel),
            parties: parties, people: people, rounds: rounds, provenance: provenance(reader), location: context.location(root),
            statedZoneLabel: statedLabel)
        meeting.titles = LocalizedNames(reader.names("titles"))
        if let node = reader.node("lang"), let code = reader.string("lang") {
            if LanguageCode.isValid(code) {
                meeting.defaultLanguage = code
                meeting.defaultLanguageLocation = context.location(node)
            } else {
                context.error(
                    node, "\(Quoted.text(code)) is not a language code",
                    hints: [.fix("write one such as 'en', 'ru', 'uk' or 'tr', or leave 'lang' out for English")])
            }
        }
        return meeting
    }

    private func party(_ node: Node) -> Party? {
        guard let reader = MappingReader(node, schema: ModelSchema.object("party"), what: "a party", context: context),
            let id = slug(reader, "id", what: "a party"), let name = reader.string("name")
        else { return nil }
        return Party(
            id: id, name: name, names: LocalizedNames(reader.names("names")),
            role: reader.choice("role", as: Party.Role.self) ?? .delegation,
            color: reader.node("color").flatMap { color($0, what: "the colour of party '\(id)'") },
            flag: reader.node("flag").flatMap { flag($0, party: id) }, location: context.location(node),
            flagLocation: reader.node("flag").map { context.location($0) },
            colorLocation: reader.node("color").map { context.location($0) }, provenance: provenance(reader))
    }

    private func person(_ node: Node) -> Person? {
        guard let reader = MappingReader(node, schema: ModelSchema.object("person"), what: "a person", context: context),
            let id = slug(reader, "id", what: "a person"), let name = reader.string("name"), let party = reader.string("party")
        else { return nil }
        return Person(
            id: id, name: name, native: reader.string("native"), names: LocalizedNames(reader.names("names")), party: party,
            role: reader.string("role"), location: context.location(reader.node("party") ?? node), provenance: provenance(reader))
    }

    func color(_ node: Node, what: String) -> Color? {
        guard let text = MappingReader.text(node, what: what, context: context) else { return nil }
        if let color = Color(parsing: text) { return color }
        context.error(node, "'\(text)' is not a colour", hints: [.fix("write #RGB, #RRGGBB, #RRGGBBAA or a CSS name such as 'navy'")])
        return nil
    }

    private func flag(_ node: Node, party: String) -> FlagDesign? {
        let what = "the flag of party '\(party)'"
        if case .sequence(let items) = node {
            let colors = items.compactMap { color($0, what: what) }
            guard colors.count == items.count else { return nil }
            guard !colors.isEmpty else { context.error(node, "\(what) needs at least one stripe"); return nil }
            return .horizontal(colors)
        }
        guard let reader = MappingReader(node, schema: ModelSchema.object("flag"), what: what, context: context) else { return nil }
        let given = ["vertical", "horizontal", "image"].filter { reader.has($0) }
        guard given.count == 1 else {
            context.error(node, "\(what) needs exactly one of 'vertical', 'horizontal' or 'image'")
            return nil
        }
        if let path = reader.string("image") { return .image(path: path) }
        let key = given[0]
        let stripes = reader.sequence(key)
        let colors = stripes.compactMap { color($0, what: what) }
        guard colors.count == stripes.count, !colors.isEmpty else {
            if colors.isEmpty, let value = reader.node(key) { context.error(value, "\(what) needs at least one stripe") }
            return nil
        }
        return key == "vertical" ? .vertical(colors) : .horizontal(colors)
    }

    func slug(_ reader: MappingReader, _ key: String, what: String) -> String? {
        guard let node = reader.node(key), let text = reader.string(key) else { return nil }
        if let reserved = Slug.reservedName(text) {
            context.error(
                node,
                "'\(text)' cannot be an id for \(what): '\(reserved)' names a device on Windows, so the folder could not be copied there; add to it, e.g. '\(text)-1'"
            )
            return nil
        }
        guard Slug.isValid(text) else {
            context.error(
                node,
                "'\(text)' is not a valid id for \(what): use letters, digits, '-', '_' or '.', start with a letter or digit, at most 64 characters (e.g. '\(Slug.suggest(text))')"
            )
            return nil
        }
        return text
    }

    func provenance(_ reader: MappingReader) -> Provenance {
        Provenance(
            sources: reader.strings("sources").map(\.0), note: reader.string("note"),
            status: reader.choice("status", as: Provenance.Status.self))
    }
}

/// Ids become folder and file names, so they are kept to a safe alphabet.
public enum Slug {
    /// Whether `text` may be an id: 1–64 letters, digits, `-`, `_` or `.`, starting alphanumeric, not ending in a dot.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64, isAlphanumeric(first) else { return false }
        // A trailing dot is dropped by Windows, which would merge 'round-1.' with 'round-1'.
        guard !text.hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// Windows' device names (CON, NUL, COM1…), which no file or folder may take there, with or
    /// without an extension; ids end up as folder names in exports that get copied everywhere.
    public static func reservedName(_ text: String) -> String? {
        let stem = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        let upper = stem.uppercased()
        let devices: Set<String> = ["CON", "PRN", "AUX", "NUL"]
        if devices.contains(upper) { return stem }
        if upper.count == 4, upper.hasPrefix("COM") || upper.hasPrefix("LPT"), let digit = upper.last, ("1"..."9").contains(digit) {
            return stem
        }
        return nil
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    static func suggest(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if isAlphanumeric(scalar) { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-") { out += "-" }
        }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "item-1" : String(out.prefix(64))
    }
}
