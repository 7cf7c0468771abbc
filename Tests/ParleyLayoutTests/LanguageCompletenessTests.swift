import Foundation
import Testing

@testable import ParleyLayout

/// Every language file says every key, with the facts English uses, in each plural form its
/// rule needs. A key a file lacks is said in English; these tests list what each file lacks,
/// so a missing key is a failure naming the key rather than an English word in a Russian chart.
@Suite struct LanguageCompletenessTests {
    /// The languages issue 17 promises whole; Turkish joins when its file is merged.
    static let promised = ["en", "ru", "uk", "tr"]
    /// Languages allowed to leave keys to English, for a file added one part at a time. Empty:
    /// every file today is whole, and a new partial one must be named here to pass.
    static let partial: Set<String> = []

    /// The plural forms that leave out a placeholder English uses, and which, because the form
    /// itself says it: English's "1 more person changed seat" spells its count, and a pointer to
    /// one note names it as {first} alone. (Under the Russian and Ukrainian rule `one` is also
    /// 21, 31…: a pointer to 21 notes would name only the first; see the report of issue 17.)
    static let droppedByForm: [String: String] = [
        "en:morePeopleChanged.one": "count", "en:notesPointer.one": "last", "ru:notesPointer.one": "last",
        "uk:notesPointer.one": "last",
        "tr:notesPointer.one": "last",
    ]

    @Test func theLanguageFilesAllParse() {
        #expect(Strings.languageFileErrors.isEmpty, "\(Strings.languageFileErrors.map(\.description).joined(separator: "\n"))")
    }

    @Test func englishRussianAndUkrainianAreAvailable() {
        let available = Strings.availableLanguages
        for code in ["en", "ru", "uk"] { #expect(available.contains(code), "no \(code).txt among \(available)") }
        #expect(available == available.sorted())
        #expect(Strings.language("xx") == nil)
        #expect(Strings.language("ru")?.languageName == "Русский")
        #expect(Strings.language("uk")?.languageName == "Українська")
    }

    @Test(arguments: Strings.availableLanguages) func everyLanguageSaysEveryKey(code: String) throws {
        let strings = try #require(Strings.language(code))
        let missing = strings.missingKeys
        if Self.partial.contains(code) {
            // What a partial file lacks reads in English, whole.
            for key in missing where key.placeholders.isEmpty {
                #expect(strings.text(key) == Strings.english.text(key), "\(code) does not fall back to English for \(key.rawValue)")
            }
        } else {
            #expect(
                missing.isEmpty,
                "\(code).txt lacks \(missing.count) keys, said in English for now: \(missing.map(\.rawValue).joined(separator: ", "))")
        }
    }

    @Test func aKeyAFileLacksIsListedAndSaidInEnglish() throws {
        let file = try LanguageFile.parse("@language = xx\nlegendTitle = Стороны\n", file: "xx.txt")
        let strings = Strings(
            language: file.code, languageName: file.name, pluralRule: file.pluralRule, values: file.values,
            fallback: Strings.english.values)
        #expect(strings.missingKeys == StringKey.allCases.filter { $0 != .legendTitle }, "listed in the order of StringKey")
        #expect(strings.text(.legendTitle) == "Стороны")
        #expect(strings.text(.notesTitle) == "Notes and sources")
        #expect(strings.text(.roundsSummary, count: 2, [.meeting: "Istanbul"]) == "Istanbul: 2 rounds.")
    }

    /// The placeholders of every form of a value.
    private func placeholders(_ value: StringValue) -> [(form: String, names: Set<String>, plural: Bool)] {
        switch value {
        case .text(let text): [("", Set(Strings.placeholderNames(in: text)), false)]
        case .plural(let forms):
            PluralCategory.allCases.compactMap { category in
                forms[category].map { (".\(category.rawValue)", Set(Strings.placeholderNames(in: $0)), true) }
            }
        }
    }

    @Test(arguments: Strings.availableLanguages) func everyValueUsesTheFactsEnglishUses(code: String) throws {
        let strings = try #require(Strings.language(code))
        for key in StringKey.allCases {
            guard let value = strings.values[key], let english = Strings.english.values[key] else { continue }
            let allowed = Set(key.placeholders.map(\.rawValue))
            let englishNames = placeholders(english).reduce(into: Set<String>()) { $0.formUnion($1.names) }
            for form in placeholders(value) {
                let name = "\(code):\(key.rawValue)\(form.form)"
                #expect(form.names.isSubset(of: allowed), "\(name) uses \(form.names.subtracting(allowed).sorted()), not facts of its key")
                var missing = englishNames.subtracting(form.names)
                if form.plural, let dropped = Self.droppedByForm[name] { missing.remove(dropped) }
                #expect(missing.isEmpty, "\(name) leaves out \(missing.sorted()), which English says")
            }
        }
    }

    @Test(arguments: Strings.availableLanguages) func everyPluralValueHasTheFormsItsRuleNeeds(code: String) throws {
        let strings = try #require(Strings.language(code))
        let needed = Set(strings.pluralRule.conditions.map(\.0) + [.other])
        for key in StringKey.allCases {
            switch strings.values[key] {
            case .plural(let forms)?:
                let lacking = needed.subtracting(forms.keys)
                #expect(lacking.isEmpty, "\(code):\(key.rawValue) lacks \(lacking.map { ".\($0.rawValue)" }.sorted())")
            case .text?:
                // A key English counts is counted in every language whose rule has forms to choose.
                if case .plural? = Strings.english.values[key], needed.count > 1 {
                    Issue.record("\(code):\(key.rawValue) has one text, but English counts it and \(code) has \(needed.count) forms")
                }
            case nil: continue
            }
        }
    }

    /// Keys English says once that another language may count, because their callers pass the
    /// count (a key called without one would read at count 0, Russian's `many`): the day planner
    /// passes a 23- or 25-hour day's hours ("23 часа", "25 часов" against English's "23-hour day").
    static let countedBeyondEnglish: Set<StringKey> = [.dayPlannerDayLength]

    @Test(arguments: Strings.availableLanguages) func onlyKeysGivenACountTakePluralForms(code: String) throws {
        let strings = try #require(Strings.language(code))
        for key in StringKey.allCases {
            guard case .plural? = strings.values[key], case .text? = Strings.english.values[key] else { continue }
            #expect(Self.countedBeyondEnglish.contains(key), "\(code):\(key.rawValue) has plural forms, but its callers pass no count")
        }
    }

    @Test func russianAndUkrainianUseTheirOwnPluralCategories() throws {
        for code in ["ru", "uk"] {
            let strings = try #require(Strings.language(code))
            #expect(strings.pluralRule.conditions.map(\.0) == [.one, .few, .many], "\(code) states another set of categories")
        }
    }

    /// The Latin words a Russian or Ukrainian value may keep: the format and command names.
    private static let latinKept = ["`parley describe`", "parley diff-seating", "SVG"]
    /// CLDR's own Russian day periods are Latin ("AM", "PM"); the 24-hour clock is the default.
    private static let latinKeys: Set<StringKey> = [.clockAM, .clockPM]

    @Test(arguments: ["ru", "uk"]) func noEnglishWordIsLeftInRussianOrUkrainian(code: String) throws {
        let strings = try #require(Strings.language(code))
        for key in StringKey.allCases where !(code == "ru" && Self.latinKeys.contains(key)) {
            for template in strings.values[key]?.templates ?? [] {
                var text = template
                for name in Strings.placeholderNames(in: template) { text = text.replacingOccurrences(of: "{\(name)}", with: "") }
                for kept in Self.latinKept { text = text.replacingOccurrences(of: kept, with: "") }
                let latin = text.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
                #expect(latin.isEmpty, "\(code):\(key.rawValue) '\(template)' keeps Latin letters")
                // Russian and Ukrainian quote with «…», never English's “…” or straight quotes.
                #expect(!template.contains { "“”\"".contains($0) }, "\(code):\(key.rawValue) '\(template)' quotes in English style")
            }
        }
    }
}
