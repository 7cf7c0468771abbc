/// What a chart language (`--lang`, a meeting's `lang:`) amounts to for one model: one Parley
/// writes, one only the model's names are in (its words then stay English), or neither. Decided
/// here once, so the command line, the loader and export say the same thing in the same words.
public enum LanguageChoice: Sendable, Hashable {
    /// A language Parley has words for, or `native`.
    case written
    /// A language the model has names or titles in but Parley has no words for.
    case namesOnly
    /// Neither: the values to offer instead and the closest of them.
    case unknown(available: [String], suggestion: String?)

    /// The choice `code` makes for `meeting`, where Parley writes `parleyLanguages`.
    public static func of(_ code: String, parleyLanguages: [String], meeting: Meeting) -> LanguageChoice {
        if code == "native" || parleyLanguages.contains(code) { return .written }
        let named = meeting.modelLanguages
        if named.contains(code) { return .namesOnly }
        let available = available(parleyLanguages: parleyLanguages, meeting: meeting)
        return .unknown(available: available, suggestion: suggestion(for: code, in: available))
    }

    /// The closest available value, when it starts as `code` does: two-letter codes are all
    /// within two edits of each other, and "did you mean 'en'?" for `xx` would be a guess.
    private static func suggestion(for code: String, in available: [String]) -> String? {
        guard let closest = Suggestions.closest(to: code, in: available), let first = code.lowercased().first,
            closest.lowercased().first == first
        else { return nil }
        return closest
    }

    /// Parley's languages, then `native`, then the model's own that Parley does not write.
    public static func available(parleyLanguages: [String], meeting: Meeting?) -> [String] {
        let named = meeting?.modelLanguages ?? []
        return parleyLanguages.sorted() + ["native"] + named.filter { $0 != "native" && !parleyLanguages.contains($0) }
    }

    /// "'xx' is not a language Parley writes; available: en, ru, tr, uk, native; did you mean 'uk'?",
    /// after `subject` (`--lang`, `lang:`); nil when `self` is not `unknown`.
    public func problem(_ subject: String, code: String) -> String? {
        guard case .unknown(let available, let suggestion) = self else { return nil }
        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        return "\(subject) \(Quoted.text(code)) is not a language Parley writes; available: \(available.joined(separator: ", "))\(hint)"
    }

    /// The warning for `namesOnly`: the chart's names are in `code`, its words in English.
    public static func namesOnlyWarning(_ subject: String, code: String) -> String {
        "\(subject) \(Quoted.text(code)): Parley has no words in this language, so the chart's words stay English; the model's names in \(Quoted.text(code)) are used"
    }
}

/// The meeting's `lang:` against the languages Parley writes and the model's own.
struct LanguageCheck {
    let context: DecodingContext

    func check(_ meeting: Meeting, parleyLanguages: [String]) {
        guard let code = meeting.defaultLanguage, let location = meeting.defaultLanguageLocation, !parleyLanguages.isEmpty else {
            return
        }
        switch LanguageChoice.of(code, parleyLanguages: parleyLanguages, meeting: meeting) {
        case .written: break
        case .namesOnly: context.warning(at: location, LanguageChoice.namesOnlyWarning("lang", code: code))
        case .unknown(let available, let suggestion):
            context.error(at: location) {
                (
                    "lang \(Quoted.text(code)) is not a language Parley writes",
                    [suggestion.map { .didYouMean($0) }, .note("available: \(available.joined(separator: ", "))")]
                )
            }
        }
    }
}
