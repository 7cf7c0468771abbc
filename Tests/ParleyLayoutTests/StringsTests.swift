import ParleyModel
import Testing

@testable import ParleyLayout

@Suite struct StringsTests {
    @Test func everyKeyHasAnEnglishValue() {
        let missing = StringKey.allCases.filter { Strings.english.values[$0] == nil }
        #expect(missing.isEmpty, "English lacks \(missing.map(\.rawValue))")
    }

    @Test func everyPlaceholderAValueUsesIsOneItsKeyDeclares() {
        for key in StringKey.allCases {
            for template in Strings.english.values[key]?.templates ?? [] {
                let names = Strings.placeholderNames(in: template)
                let declared = Set(key.placeholders.map(\.rawValue))
                let undeclared = names.filter { !declared.contains($0) }
                #expect(undeclared.isEmpty, "\(key.rawValue): '\(template)' uses \(undeclared), declared \(declared.sorted())")
            }
        }
    }

    @Test func everyPluralValueHasTheOtherForm() {
        for key in StringKey.allCases {
            guard case .plural(let forms)? = Strings.english.values[key] else { continue }
            #expect(forms[.other] != nil, "\(key.rawValue) has no 'other' form")
        }
    }

    @Test func pluralFormsFollowTheEnglishRule() {
        #expect(Strings.english.text(.changeSeatsChangedOccupant, count: 1) == "1 seat changed occupant")
        #expect(Strings.english.text(.changeSeatsChangedOccupant, count: 0) == "0 seats changed occupant")
        #expect(Strings.english.text(.changeSeatsChangedOccupant, count: 21) == "21 seats changed occupant")
        #expect(PluralRule.oneOther.category(1) == .one)
        #expect(PluralRule.oneOther.category(2) == .other)
    }

    @Test func aRuleOfAnotherShapeChoosesItsOwnForms() throws {
        // Russian's one/few/many, as the localisation issue will add it: the table needs no change.
        let file = try LanguageFile.parse(
            """
            @language = ru
            @plural.one = n % 10 = 1 and n % 100 != 11
            @plural.few = n % 10 = 2..4 and n % 100 != 12..14
            @plural.many = n % 10 = 0 or n % 10 = 5..9 or n % 100 = 11..14
            changeSeatsChangedOccupant.one = {count} место
            changeSeatsChangedOccupant.few = {count} места
            changeSeatsChangedOccupant.many = {count} мест
            changeSeatsChangedOccupant.other = {count} места
            """, file: "ru.txt")
        let strings = Strings(language: "ru", languageName: "Русский", pluralRule: file.pluralRule, values: file.values, fallback: [:])
        #expect(
            [1, 2, 5, 11, 22].map { strings.text(.changeSeatsChangedOccupant, count: $0) } == [
                "1 место", "2 места", "5 мест", "11 мест", "22 места",
            ])
        #expect(strings.text(.legendTitle) == "legendTitle", "a missing key shows its name rather than ending the chart")
    }

    @Test func factsAreFilledOnceAndNeverReadAsPlaceholders() {
        let text = Strings.english.text(.changeMirrors, [.to: "{from}", .from: "Round {1}"])
        #expect(text == "{from} mirrors Round {1}")
        #expect(Strings.fill("{unknown} and {to", with: [.to: "x"]) == "{unknown} and {to")
    }

    @Test func listsReadAsSentences() {
        let strings = Strings.english
        #expect(strings.list([]) == "")
        #expect(strings.list(["Russia"]) == "Russia")
        #expect(strings.list(["Russia", "Ukraine"]) == "Russia and Ukraine")
        #expect(strings.list(["Russia", "Ukraine", "Turkey"]) == "Russia, Ukraine and Turkey")
    }

    @Test func datesAndDurationsReadAsBefore() {
        #expect(Formatting.duration(seconds: 74 * 60, strings: .english) == "1 h 14 min")
        #expect(Formatting.duration(seconds: 40 * 60, strings: .english) == "40 min")
        #expect(Formatting.duration(seconds: 7200, strings: .english) == "2 h")
        #expect(Formatting.duration(seconds: 105 * 60, approximate: true, strings: .english) == "≈1 h 45 min")
        #expect(Formatting.date(LocalDate(year: 2025, month: 6, day: 2), strings: .english) == "2 June 2025")
        #expect(Formatting.shortDate(LocalDate(year: 2025, month: 6, day: 2), strings: .english) == "2 Jun")
        #expect(Formatting.shortDate(LocalDate(year: 2025, month: 9, day: 30), strings: .english) == "30 Sep")
    }
}
