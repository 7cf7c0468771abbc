import Foundation
import ParleyModel
import Testing

@testable import ParleyLayout

/// Every language file's months, weekdays and date patterns against CLDR as Foundation has it
/// on this machine, so a typo in a month or a pattern in the wrong order fails here. The
/// languages come from `Strings.availableLanguages`: a new file is checked without a new line.
@Suite struct CLDRAgreementTests {
    /// A difference a language file makes on purpose: `parley` is what Parley writes when
    /// Foundation writes `foundation`. A listed difference that no longer occurs fails too.
    struct Exception: Sendable {
        let language: String
        let field: Field
        let parley: @Sendable (String) -> String
    }

    enum Field: String, CaseIterable {
        case months, shortMonths, shortWeekdays, date, shortDate, dayMonth, weekdayDate
    }

    /// Empty while every file follows CLDR. Write one as
    /// `Exception(language: "xx", field: .shortWeekdays, parley: { $0 + "." })` with a comment
    /// saying why, and say in docs/languages.md where Foundation on Linux is the one wrong.
    static let exceptions: [Exception] = []

    /// English is Parley's British style ("2 June 2025"); the others are CLDR's own locale.
    static func locale(for language: String) -> Locale { Locale(identifier: language == "en" ? "en_GB" : language) }

    /// Dates across months, weekdays, one- and two-digit days, a leap day and years far apart.
    static let dates: [LocalDate] = [
        LocalDate(year: 2025, month: 6, day: 2), LocalDate(year: 2024, month: 1, day: 1), LocalDate(year: 2028, month: 2, day: 29),
        LocalDate(year: 1999, month: 12, day: 31), LocalDate(year: 2022, month: 3, day: 29), LocalDate(year: 2014, month: 9, day: 5),
        LocalDate(year: 2025, month: 5, day: 16), LocalDate(year: 2019, month: 7, day: 13), LocalDate(year: 2015, month: 2, day: 11),
        LocalDate(year: 2023, month: 11, day: 26), LocalDate(year: 2021, month: 10, day: 24), LocalDate(year: 2020, month: 8, day: 9),
        LocalDate(year: 2026, month: 4, day: 12),
    ]

    static func formatter(_ language: String, style: DateFormatter.Style? = nil, template: String? = nil) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale(for: language)
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        if let style { formatter.dateStyle = style }
        if let template { formatter.setLocalizedDateFormatFromTemplate(template) }
        return formatter
    }

    static func instant(_ date: LocalDate) -> Date {
        var components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)
        components.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// Parley's text and Foundation's for one field of one language, one pair per item compared.
    static func pairs(_ field: Field, _ language: String) -> [(parley: String, foundation: String)] {
        guard let strings = Strings.language(language) else { return [] }
        let symbols = formatter(language)
        switch field {
        case .months:
            return (1...12).map { (strings.month($0), symbols.monthSymbols[$0 - 1]) }
        case .shortMonths:
            return (1...12).map { (strings.month($0, short: true), symbols.shortMonthSymbols[$0 - 1]) }
        case .shortWeekdays:
            // 2 June 2025 is a Monday; Foundation counts weekdays from Sunday (1).
            return (0..<7).map { offset in
                let date = LocalDate(year: 2025, month: 6, day: 2 + offset)
                let weekday = Calendar(identifier: .gregorian).component(.weekday, from: instant(date))
                return (Formatting.weekday(date, strings: strings), symbols.shortWeekdaySymbols[weekday - 1])
            }
        case .date:
            let long = formatter(language, style: .long)
            return dates.map { (Formatting.date($0, strings: strings), long.string(from: instant($0))) }
        case .shortDate:
            let short = formatter(language, template: "dMMM")
            return dates.map { (Formatting.shortDate($0, strings: strings), short.string(from: instant($0))) }
        case .dayMonth:
            // The short date's pattern with the full month, as CLDR's "d MMMM" writes it.
            let full = formatter(language, template: "dMMMM")
            return dates.map { date in
                let parley = strings.text(.shortDate, [.day: String(date.day), .month: strings.month(date.month)])
                return (parley, full.string(from: instant(date)))
            }
        case .weekdayDate:
            let row = formatter(language, template: "EdMMM")
            return dates.map { (Formatting.weekdayDate($0, strings: strings), row.string(from: instant($0))) }
        }
    }

    @Test(arguments: Strings.availableLanguages)
    func monthsWeekdaysAndDatePatternsAgreeWithCLDR(language: String) {
        #expect(
            Locale.availableIdentifiers.contains(Self.locale(for: language).identifier),
            "Foundation has no CLDR data for '\(language)': its dates cannot be checked here")
        for field in Field.allCases {
            let exception = Self.exceptions.first { $0.language == language && $0.field == field }
            var differed = false
            for (parley, foundation) in Self.pairs(field, language) {
                differed = differed || parley != foundation
                let expected = exception?.parley(foundation) ?? foundation
                #expect(parley == expected, "\(language) \(field.rawValue): Parley writes '\(parley)', CLDR '\(foundation)'")
            }
            if exception != nil {
                #expect(differed, "\(language) \(field.rawValue) now agrees with CLDR: remove its exception")
            }
        }
    }

    @Test func everyLanguageFileIsChecked() {
        #expect(Set(Strings.availableLanguages).isSuperset(of: ["en", "tr"]))
        for exception in Self.exceptions {
            #expect(Strings.availableLanguages.contains(exception.language), "an exception for '\(exception.language)', which has no file")
        }
    }
}
