import ParleyLayout
import ParleyModel

/// Choosing the chart's language: `--lang` (render, export, report, describe, diff-seating) is
/// checked against the languages Parley writes and the ones the model's names are in, once
/// here for every command and the server.
extension Parley {
    /// The values a chart language may take for `meeting` (`nil`: any model): Parley's
    /// languages, `native`, then the model's own that Parley has no words for.
    public static func availableLanguages(for meeting: Meeting? = nil) -> [String] {
        LanguageChoice.available(parleyLanguages: Strings.availableLanguages, meeting: meeting)
    }

    /// Checks `code`, given as `option` (`--lang`), for `meeting`. Returns the warning for a
    /// language only the model's names are in (the chart's words stay English), `nil` for one
    /// Parley writes or none given; throws for a language neither knows.
    @discardableResult
    public static func checkLanguage(_ code: String?, option: String = "--lang", for meeting: Meeting) throws(ParleyError)
        -> Diagnostic?
    {
        guard let code else { return nil }
        let choice = LanguageChoice.of(code, parleyLanguages: Strings.availableLanguages, meeting: meeting)
        if let problem = choice.problem(option, code: code) { throw .option(problem) }
        return choice == .namesOnly ? Diagnostic(.warning, at: nil, LanguageChoice.namesOnlyWarning(option, code: code)) : nil
    }

    /// The words `describe` and `diff-seating` write for `meeting` in `language` (the
    /// command's `--lang`, else the meeting's `lang:`), as a chart in that language has them.
    public static func strings(for meeting: Meeting, language: String?) -> Strings {
        LayoutOptions(language: language).strings(for: meeting)
    }
}
