/// What tzdata says of a model's `timezoneLabel` at one instant of its zone.
enum StatedLabelVerdict: Sendable, Hashable {
    /// The label names the offset in force ("CEST" on a Zurich summer day, "MSK" on +03:00).
    case agrees
    /// tzdata uses the label, but with other offsets than the one in force ("EET" on a Kyiv
    /// summer day, when it is EEST): printing it would state a wrong offset.
    case contradicts(usualOffsets: [Int])
    /// A name tzdata does not use for this zone ("TRT" for Istanbul): the user's own name.
    case usersName
}

extension ZoneSpec {
    /// Whether `label` names the offset in force at `instant`, from facts only: an offset
    /// written out ("UTC+03:00", "+03") is compared as such; otherwise the abbreviations of
    /// the zone's own tzdata types, then those of the other zones of its area (PST for a New
    /// York round, CET for Istanbul), or, for a fixed offset, of all of tzdata's zones. A name
    /// no zone of the area uses is the user's: tzdata's abbreviations repeat across areas (its
    /// AST is Atlantic, the Gulf's press writes AST for Arabia), so a name is not guessed to
    /// mean a zone of another area.
    func verdict(onStatedLabel label: String, at instant: Int) -> StatedLabelVerdict {
        let inForce = rules.type(at: instant)
        if label == inForce.abbreviation || label == ZoneSpec.displayName(of: inForce, in: rules) { return .agrees }
        if let written = ZoneSpec.writtenOffset(label) {
            return written == inForce.offset ? .agrees : .contradicts(usualOffsets: [written])
        }
        let offsets: Set<Int>?
        switch rules.source {
        case .tzif:
            offsets = rules.ownAbbreviations[label] ?? ZoneRulesCache.abbreviationOffsetsByArea[ZoneRulesCache.area(of: name)]?[label]
        case .fixed, .foundation: offsets = ZoneRulesCache.abbreviationOffsets[label]
        }
        guard let offsets else { return .usersName }
        return offsets.contains(inForce.offset) ? .agrees : .contradicts(usualOffsets: offsets.sorted())
    }

    /// The name a chart prints at `instant`: `stated` where it does not contradict the offset
    /// in force, else tzdata's abbreviation (or the offset).
    func label(at instant: Int, stated: String?) -> String {
        if let stated, !stated.isEmpty {
            if case .contradicts = verdict(onStatedLabel: stated, at: instant) {} else { return stated }
        }
        return label(at: instant)
    }

    /// "UTC+03:00", "GMT+3", "+03", "UTC" → seconds; nil for a name.
    static func writtenOffset(_ label: String) -> Int? {
        if label == "UTC" || label == "GMT" || label == "Z" { return 0 }
        var text = Substring(label)
        if text.hasPrefix("UTC") || text.hasPrefix("GMT") { text = text.dropFirst(3) }
        return TimeParsing.offsetSeconds(String(text))
    }
}
