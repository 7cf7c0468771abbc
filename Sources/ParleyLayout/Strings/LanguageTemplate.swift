import Foundation

/// The start of a new language file (`parley languages --template de`): the words CLDR already
/// knows (month and weekday names, a.m. and p.m., the date patterns) come from Foundation's
/// data for the code, and every other key is en.txt's line commented out, in en.txt's order,
/// so a translator replaces English line by line and a key left alone falls back to English.
public enum LanguageTemplate {
    /// The file for `code`; `nil` when Foundation has no CLDR data for that code, so a typo
    /// ("qq") or a language CLDR only names (Abkhazian, "ab") is refused instead of yielding a
    /// file of English months that look translated.
    public static func text(for code: String) -> String? {
        guard Locale.availableIdentifiers.contains(code.replacingOccurrences(of: "-", with: "_")),
            let englishName = Locale(identifier: "en").localizedString(forLanguageCode: code),
            let englishFile = embeddedLanguageFiles.first(where: { $0.name == "en.txt" })?.text
        else { return nil }
        let locale = Locale(identifier: code)
        let ownName = locale.localizedString(forLanguageCode: code) ?? englishName
        let cldr = cldrValues(locale)
        var lines = [
            "# Parley's words in \(englishName): a template made by `parley languages --template \(code)`.",
            "#",
            "# The format is described at the top of en.txt and in docs/languages.md. Month and weekday",
            "# names, a.m./p.m. and the date patterns are CLDR's, through Foundation: check them. Every",
            "# other line is English, commented out: translate it and remove the `# `; a line left",
            "# commented is said in English. Keep every {placeholder}; a sentence that would need a",
            "# case ending on a name reads better rebuilt around the bare name (\"{party}: …\").",
            "",
            "@language = \(code)",
            "@name = \(capitalisingFirst(ownName, locale: locale))",
            "# The plural rule in CLDR's syntax, from",
            "# https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html",
            "# (English's is below; Russian's is `@plural.one = n % 10 = 1 and n % 100 != 11` and",
            "# `@plural.few = n % 10 = 2..4 and n % 100 != 12..14`, with `many` for the rest).",
            "# @plural.one = n = 1",
            "",
        ]
        var inHeader = true
        for line in englishFile.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            // en.txt's own header (comments, facts) is replaced by the one above.
            if inHeader, trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("@") { continue }
            inHeader = false
            guard let equals = trimmed.range(of: " = "), !trimmed.hasPrefix("#"), !trimmed.hasPrefix("@") else {
                lines.append(line)
                continue
            }
            let name = String(trimmed[..<equals.lowerBound])
            if let value = StringKey(rawValue: name).flatMap({ cldr[$0] }) {
                lines.append("\(name) = \(quotedIfNeeded(value))")
            } else {
                lines.append("# " + trimmed)
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The keys whose values CLDR gives, for `locale`; a pattern that needs a field Parley does
    /// not fill (a numeric month, an era) is left out, so its English line stays for the translator.
    static func cldrValues(_ locale: Locale) -> [StringKey: String] {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = Calendar(identifier: .gregorian)
        var values: [StringKey: String] = [:]
        let months: [StringKey] = [
            .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
        ]
        let shortMonths: [StringKey] = [
            .januaryShort, .februaryShort, .marchShort, .aprilShort, .mayShort, .juneShort, .julyShort, .augustShort,
            .septemberShort, .octoberShort, .novemberShort, .decemberShort,
        ]
        // Foundation's weekdays start on Sunday, Parley's keys on Monday.
        let weekdays: [StringKey] = [
            .weekdaySundayShort, .weekdayMondayShort, .weekdayTuesdayShort, .weekdayWednesdayShort, .weekdayThursdayShort,
            .weekdayFridayShort, .weekdaySaturdayShort,
        ]
        // The format forms, as a date uses them (Russian "2 июня", not the standalone "июнь").
        for (key, name) in zip(months, formatter.monthSymbols) { values[key] = name }
        for (key, name) in zip(shortMonths, formatter.shortMonthSymbols) { values[key] = name }
        for (key, name) in zip(weekdays, formatter.shortWeekdaySymbols) { values[key] = name }
        values[.clockAM] = formatter.amSymbol
        values[.clockPM] = formatter.pmSymbol
        formatter.dateStyle = .long
        values[.date] = placeholders(in: formatter.dateFormat, allowing: [.day, .month, .year])
        formatter.setLocalizedDateFormatFromTemplate("dMMM")
        values[.shortDate] = placeholders(in: formatter.dateFormat, allowing: [.day, .month])
        formatter.setLocalizedDateFormatFromTemplate("EdMMM")
        values[.dayPlannerRowDate] = placeholders(in: formatter.dateFormat, allowing: [.day, .month, .value])
        return values.filter { !$0.value.isEmpty }
    }

    /// An ICU date pattern ("d. MMMM y", "d MMMM y 'г'.") in Parley's placeholders ("{day}.
    /// {month} {year}", "{day} {month} {year} г."); `E` is the weekday, Parley's `{value}`.
    /// `nil` when the pattern uses a field outside `allowing` or one Parley does not fill.
    static func placeholders(in pattern: String, allowing allowed: Set<Placeholder>) -> String? {
        var result = ""
        var characters = Array(pattern)[...]
        while let first = characters.first {
            if first == "'" {
                characters = characters.dropFirst()
                if characters.first == "'" {
                    result.append("'")
                    characters = characters.dropFirst()
                    continue
                }
                while let next = characters.first {
                    characters = characters.dropFirst()
                    if next == "'" {
                        guard characters.first == "'" else { break }
                        characters = characters.dropFirst()
                    }
                    result.append(next)
                }
                continue
            }
            guard first.isASCII, first.isLetter else {
                result.append(first)
                characters = characters.dropFirst()
                continue
            }
            let run = characters.prefix { $0 == first }.count
            characters = characters.dropFirst(run)
            let placeholder: Placeholder
            switch (first, run) {
            case ("d", 1...2): placeholder = .day
            case ("M", 3...4), ("L", 3...4): placeholder = .month
            case ("y", 1), ("y", 4): placeholder = .year
            case ("E", 1...4), ("c", 3...4): placeholder = .value
            default: return nil
            }
            guard allowed.contains(placeholder) else { return nil }
            result += "{\(placeholder.rawValue)}"
        }
        return result
    }

    /// A value as a language file must write it: in quotes when its spaces at either end matter.
    private static func quotedIfNeeded(_ value: String) -> String {
        guard value.first == " " || value.last == " " || value.first == "\"" else { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A language's own name as a list heads it ("Русский"; CLDR writes "русский"), with the
    /// language's own capitals, so Turkish "i" would be "İ".
    private static func capitalisingFirst(_ text: String, locale: Locale) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return String(first).uppercased(with: locale) + text.dropFirst()
    }
}
