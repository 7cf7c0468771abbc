import ParleyModel
import Testing

/// The meeting's `lang:`, and `titles:` and `venues:` by language (issue 17): decoded into the
/// model, checked at their line and column, and the chart language's choice said in one place.
struct LanguageDecodingTests {
    private let round = """
          - id: r1
            title: Round 1
            titles: {ru: Раунд 1, tr: 1. Tur}
            venue: Çırağan Palace, Istanbul
            venues: {tr: "Çırağan Sarayı, İstanbul"}
            date: 2025-06-02
            start: '10:00'
            end: '11:00'
            language: Russian

        """

    private func model(_ extra: String) -> String {
        ModelFixtures.header.replacingOccurrences(of: "rounds:\n", with: extra + "rounds:\n") + round
    }

    private let parley = ["en", "ru", "tr", "uk"]

    @Test func langTitlesAndVenuesAreDecoded() throws {
        let text = model("lang: ru\ntitles: {ru: Переговоры, de: Verhandlungen}\n")
        let meeting = try MeetingLoader.parse(Array(text.utf8), file: "test.yaml", languages: parley).meeting
        #expect(meeting.defaultLanguage == "ru")
        #expect(meeting.defaultLanguageLocation == SourceLocation(file: "test.yaml", line: 7, column: 7))
        #expect(meeting.displayTitle(in: "ru") == "Переговоры")
        #expect(meeting.displayTitle(in: "uk") == "demo", "no Ukrainian title, no title: the id")
        let r1 = try #require(meeting.rounds.first)
        #expect(r1.displayTitle(in: "tr") == "1. Tur")
        #expect(r1.displayTitle(in: "uk") == "Round 1")
        #expect(r1.venue(in: "tr") == "Çırağan Sarayı, İstanbul")
        #expect(r1.venue(in: "ru") == "Çırağan Palace, Istanbul")
        #expect(r1.language == "Russian", "a round's language is the spoken one, another field")
        #expect(meeting.modelLanguages == ["de", "ru", "tr"])
    }

    @Test func anUnknownLangIsAnErrorAtItsPlaceListingTheAvailableOnes() {
        let errors = errors(model("lang: xx\n"))
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("test.yaml:7:7: error: lang 'xx' is not a language Parley writes") == true, "\(errors)")
        #expect(errors.first?.hasSuffix("available: en, ru, tr, uk, native") == true, "\(errors)")
        #expect(errors.first?.contains("did you mean") == false, "no guess for a code like none there is")
    }

    @Test func aMisspeltLangGetsADidYouMean() {
        let errors = errors(model("lang: ukr\n"))
        #expect(errors.first?.contains("did you mean 'uk'?") == true, "\(errors)")
    }

    @Test func aLangThatIsNoCodeIsAnError() {
        let errors = errors(model("lang: Russian language\n"))
        #expect(errors.first?.hasPrefix("test.yaml:7:7: error: 'Russian language' is not a language code") == true, "\(errors)")
    }

    @Test func aLangOnlyTheNamesAreInLoadsWithOneWarning() throws {
        let text = model("lang: de\ntitles: {de: Verhandlungen}\n")
        let result = try MeetingLoader.parse(Array(text.utf8), file: "test.yaml", languages: parley)
        #expect(result.meeting.defaultLanguage == "de")
        let warnings = result.warnings.map(\.description).filter { $0.contains("lang 'de'") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("the chart's words stay English") == true, "\(warnings)")
    }

    @Test func nativeIsAlwaysALanguage() throws {
        let result = try MeetingLoader.parse(Array(model("lang: native\n").utf8), file: "test.yaml", languages: parley)
        #expect(result.meeting.defaultLanguage == "native")
        #expect(result.warnings.isEmpty)
    }

    @Test func titlesMustBeKeyedByLanguageCodes() {
        let errors = errors(model("titles: {Russian: Переговоры}\n"))
        #expect(errors.first?.hasPrefix("test.yaml:7:10: error: 'Russian' is not a language code") == true, "\(errors)")
        let venues = self.errors(ModelFixtures.header + round.replacingOccurrences(of: "{tr: ", with: "{tr1234567890: "))
        #expect(venues.first?.contains("'tr1234567890' is not a language code") == true, "\(venues)")
    }

    @Test func theChoiceIsSaidOnceForEveryCaller() throws {
        let meeting = try MeetingLoader.parse(Array(model("titles: {de: Verhandlungen}\n").utf8), file: "test.yaml").meeting
        #expect(LanguageChoice.of("ru", parleyLanguages: parley, meeting: meeting) == .written)
        #expect(LanguageChoice.of("native", parleyLanguages: parley, meeting: meeting) == .written)
        #expect(LanguageChoice.of("de", parleyLanguages: parley, meeting: meeting) == .namesOnly)
        let unknown = LanguageChoice.of("ruu", parleyLanguages: parley, meeting: meeting)
        #expect(unknown == .unknown(available: ["en", "ru", "tr", "uk", "native", "de"], suggestion: "ru"))
        #expect(
            unknown.problem("--lang", code: "ruu")
                == "--lang 'ruu' is not a language Parley writes; available: en, ru, tr, uk, native, de; did you mean 'ru'?")
    }

    private func errors(_ text: String) -> [String] {
        do {
            _ = try MeetingLoader.parse(Array(text.utf8), file: "test.yaml", languages: parley)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }
}
