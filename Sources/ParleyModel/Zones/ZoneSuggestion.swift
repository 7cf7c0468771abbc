/// "Did you mean" for an unknown zone name, offered only when it keeps the times' meaning.
enum ZoneSuggestion {
    /// Well-known places that have no tzdata zone of their own, and the zone whose time they
    /// keep. Short on purpose: only cities a model is likely to name (tzdata names one city
    /// per region of equal clocks since 1970, and every other city of the region keeps its time).
    static let citiesWithoutZone: [String: String] = [
        "geneva": "Europe/Zurich", "bern": "Europe/Zurich", "washington": "America/New_York", "boston": "America/New_York",
        "san_francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "munich": "Europe/Berlin",
        "frankfurt": "Europe/Berlin", "milan": "Europe/Rome", "geneve": "Europe/Zurich", "saint_petersburg": "Europe/Moscow",
        "st_petersburg": "Europe/Moscow", "ankara": "Europe/Istanbul", "abu_dhabi": "Asia/Dubai", "beijing": "Asia/Shanghai",
        "new_delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "the_hague": "Europe/Amsterdam",
        "rio_de_janeiro": "America/Sao_Paulo", "doha": "Asia/Qatar", "jeddah": "Asia/Riyadh", "minsk": "Europe/Minsk",
    ]

    /// A zone to suggest for `text`, or nil when none would keep the author's meaning.
    ///
    /// With an intent (a stated label or times with offsets) any tzdata name near `text` whose
    /// offset on the intent's date is one the author meant; with none, a city without a zone of
    /// its own (Geneva → Europe/Zurich), or a near-certain typo of the city part within the
    /// same area (Europe/Moskow → Europe/Moscow), the only one at that distance.
    static func suggestion(for text: String, intent: ZoneIntent, budget: inout Int) -> String? {
        guard text.utf8.count <= Suggestions.maxWordLength else { return nil }
        let names = ZoneRulesCache.allNames
        let keepsMeaning = { (name: String) -> Bool in
            guard let offsets = intent.offsets else { return true }
            guard let date = intent.date else { return false }
            let zone = ZoneSpec(name: name, zone: .gmt)
            // Noon UTC of the date: daylight saving changes happen at night, and a zone on
            // the meant offset has it all day.
            return offsets.contains(zone.offset(at: date.daysSinceEpoch * 86400 + 43200))
        }
        let parts = text.split(separator: "/", maxSplits: 1)
        let city = String(parts.last ?? Substring(text)).lowercased().replacingOccurrences(of: " ", with: "_")
            .replacingOccurrences(of: "-", with: "_")
        if let zone = citiesWithoutZone[city] { return keepsMeaning(zone) ? zone : nil }
        if intent.offsets != nil {
            return Suggestions.closest(to: text, in: names.filter(keepsMeaning), budget: &budget)
        }
        guard parts.count == 2 else { return nil }
        let area = parts[0].lowercased()
        let sameArea = names.filter { $0.lowercased().hasPrefix(area + "/") }
        let cityScalars = Array(parts[1].lowercased().unicodeScalars)
        let bound = cityScalars.count >= 5 ? 1 : 0
        var best: [(String, Int)] = []
        for name in sameArea {
            guard budget > 0 else { break }
            let other = Array(name.dropFirst(area.count + 1).lowercased().unicodeScalars)
            budget -= (2 * bound + 1) * max(cityScalars.count, other.count)
            guard let distance = Suggestions.editDistance(cityScalars, other, atMost: bound) else { continue }
            if let current = best.first?.1, distance > current { continue }
            if let current = best.first?.1, distance < current { best = [] }
            best.append((name, distance))
        }
        return best.count == 1 ? best[0].0 : nil
    }
}
