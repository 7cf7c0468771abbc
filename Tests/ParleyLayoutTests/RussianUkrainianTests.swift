import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Russian and Ukrainian as the charts say them: three plural forms chosen by CLDR's rule on
/// real keys, dates with genitive months as Foundation's CLDR writes them, and change sentences
/// that stay grammatical whatever the gender or number of the names filled in.
@Suite struct RussianUkrainianTests {
    private let ru = Strings.language("ru") ?? .english
    private let uk = Strings.language("uk") ?? .english

    /// The counts the issue names, and the ones where the rule turns (0, 12, 14, 111, 1001).
    private static let counts = [0, 1, 2, 3, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1001]

    private func texts(_ strings: Strings, _ key: StringKey, _ facts: [Placeholder: String] = [:]) -> [Int: String] {
        Dictionary(uniqueKeysWithValues: Self.counts.map { ($0, strings.text(key, count: $0, facts)) })
    }

    /// `word` for each count, by the form its count takes (hand-written, not the rule under test).
    private func byForm(one: String, few: String, many: String) -> [Int: String] {
        let forms: [Int: String] = [
            0: many, 1: one, 2: few, 3: few, 5: many, 11: many, 12: many, 14: many, 21: one, 22: few, 25: many, 101: one,
            111: many, 1001: one,
        ]
        return Dictionary(uniqueKeysWithValues: forms.map { count, form in (count, form.replacingOccurrences(of: "#", with: "\(count)")) })
    }

    @Test func russianCountsDaysRoundsHoursSeatsAndPeople() {
        #expect(
            texts(ru, .timeNextDay, [.value: "03:20"]) == byForm(one: "03:20 (+# день)", few: "03:20 (+# дня)", many: "03:20 (+# дней)"))
        #expect(
            texts(ru, .roundsSummary, [.meeting: "Стамбул"])
                == byForm(one: "Стамбул: # раунд.", few: "Стамбул: # раунда.", many: "Стамбул: # раундов."))
        #expect(texts(ru, .dayPlannerGap) == byForm(one: "# день без заседаний", few: "# дня без заседаний", many: "# дней без заседаний"))
        #expect(
            texts(ru, .dayPlannerDayLength, [.from: "MSK", .to: "MSD"])
                == byForm(one: "# час в сутках, MSK → MSD", few: "# часа в сутках, MSK → MSD", many: "# часов в сутках, MSK → MSD"))
        #expect(texts(ru, .seatGroupOfParty, [.party: "США"]) == byForm(one: "США: # место", few: "США: # места", many: "США: # мест"))
        #expect(
            texts(ru, .changeSeatsChangedOccupant)
                == byForm(one: "на # месте — другой человек", few: "на # местах — другие люди", many: "на # местах — другие люди"))
        let more = "; parley diff-seating перечисляет все изменения."
        #expect(
            texts(ru, .morePeopleChanged)
                == byForm(
                    one: "Ещё # человек сменил место" + more, few: "Ещё # человека сменили места" + more,
                    many: "Ещё # человек сменили места" + more))
        // The counts the issue spells out, word for word.
        #expect(
            [1, 2, 5].map { ru.text(.dayPlannerDayLength, count: $0, [.from: "", .to: ""]).prefix { $0 != "," } } == [
                "1 час в сутках", "2 часа в сутках", "5 часов в сутках",
            ])
        #expect(
            [21, 22, 25, 101].map { ru.text(.timeNextDay, count: $0, [.value: "03:20"]) } == [
                "03:20 (+21 день)", "03:20 (+22 дня)", "03:20 (+25 дней)", "03:20 (+101 день)",
            ])
    }

    @Test func ukrainianCountsDaysRoundsHoursSeatsAndPeople() {
        #expect(
            texts(uk, .timeNextDay, [.value: "03:20"]) == byForm(one: "03:20 (+# день)", few: "03:20 (+# дні)", many: "03:20 (+# днів)"))
        #expect(
            texts(uk, .roundsSummary, [.meeting: "Стамбул"])
                == byForm(one: "Стамбул: # раунд.", few: "Стамбул: # раунди.", many: "Стамбул: # раундів."))
        #expect(texts(uk, .dayPlannerGap) == byForm(one: "# день без засідань", few: "# дні без засідань", many: "# днів без засідань"))
        #expect(
            texts(uk, .dayPlannerDayLength, [.from: "EET", .to: "EEST"])
                == byForm(one: "# година в добі, EET → EEST", few: "# години в добі, EET → EEST", many: "# годин у добі, EET → EEST"))
        #expect(texts(uk, .seatGroupOfParty, [.party: "США"]) == byForm(one: "США: # місце", few: "США: # місця", many: "США: # місць"))
        let more = "; parley diff-seating перелічує всі зміни."
        #expect(
            texts(uk, .morePeopleChanged)
                == byForm(
                    one: "Ще # особа змінила місце" + more, few: "Ще # особи змінили місця" + more, many: "Ще # осіб змінили місця" + more))
        #expect(
            [21, 22, 25, 101].map { uk.text(.timeNextDay, count: $0, [.value: "03:20"]) } == [
                "03:20 (+21 день)", "03:20 (+22 дні)", "03:20 (+25 днів)", "03:20 (+101 день)",
            ])
    }

    @Test func durationsUseAbbreviationsThatNeedNoPlural() {
        for (strings, hours, minutes, seconds) in [(ru, "ч", "мин", "с"), (uk, "год", "хв", "с")] {
            #expect(Formatting.duration(seconds: 74 * 60, strings: strings) == "1 \(hours) 14 \(minutes)")
            #expect(Formatting.duration(seconds: 21 * 60, strings: strings) == "21 \(minutes)")
            #expect(Formatting.duration(seconds: 5 * 3600, strings: strings) == "5 \(hours)")
            #expect(Formatting.duration(seconds: 105 * 60, approximate: true, strings: strings) == "≈1 \(hours) 45 \(minutes)")
            #expect(Formatting.duration(seconds: 100, strings: strings) == "1 \(minutes) 40 \(seconds)")
        }
    }

    @Test func datesHaveGenitiveMonthsAndTheYearMark() {
        let june2 = LocalDate(year: 2025, month: 6, day: 2)
        // CLDR joins the year and its mark with a narrow no-break space (U+202F).
        #expect(Formatting.date(june2, strings: ru) == "2 июня 2025\u{202F}г.")
        #expect(Formatting.date(june2, strings: uk) == "2 червня 2025\u{202F}р.")
        #expect(Formatting.shortDate(june2, strings: ru) == "2 июня")
        #expect(Formatting.shortDate(june2, strings: uk) == "2 черв.")
        #expect(Formatting.shortDate(LocalDate(year: 2025, month: 9, day: 30), strings: ru) == "30 сент.")
        // 2 June 2025 was a Monday.
        #expect(Formatting.weekdayDate(june2, strings: ru) == "Пн, 2 июня")
        #expect(Formatting.weekdayDate(june2, strings: uk) == "пн, 2 черв.")
        #expect(ru.text(.roundTimeCaption, [.zone: "МСК"]) == "Время (МСК)")
    }

    /// Foundation's CLDR formatter for `locale`, in UTC, by template or by style.
    private func formatter(_ locale: String, template: String? = nil) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = TimeZone(identifier: "UTC")
        if let template { formatter.setLocalizedDateFormatFromTemplate(template) } else { formatter.dateStyle = .long }
        return formatter
    }

    private func foundationDate(_ date: LocalDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// Each month's 1st and 28th and the days of one week, so every month and weekday is read.
    private static let days: [LocalDate] =
        (1...12).flatMap { [LocalDate(year: 2025, month: $0, day: 1), LocalDate(year: 2025, month: $0, day: 28)] }
        + (2...8).map { LocalDate(year: 2025, month: 6, day: $0) }

    /// The file's language and the CLDR locale its dates follow: English's are British.
    private static let locales = [("en", "en_GB"), ("ru", "ru"), ("uk", "uk"), ("tr", "tr")]

    @Test(arguments: locales) func datesAgreeWithFoundationsCLDR(code: String, locale: String) throws {
        guard let strings = Strings.language(code) else { return }  // Turkish, before its file is merged.
        let long = formatter(locale), short = formatter(locale, template: "dMMM"), weekday = formatter(locale, template: "EEE")
        for day in Self.days {
            let date = foundationDate(day)
            #expect(Formatting.date(day, strings: strings) == long.string(from: date), "\(code) \(day)")
            #expect(Formatting.shortDate(day, strings: strings) == short.string(from: date), "\(code) \(day)")
            #expect(Formatting.weekday(day, strings: strings) == weekday.string(from: date), "\(code) \(day)")
        }
    }

    @Test(arguments: [("en", "en_GB"), ("ru", "ru"), ("uk", "uk")]) func dayPlannerRowsAgreeWithFoundationsCLDR(
        code: String, locale: String
    ) throws {
        let strings = try #require(Strings.language(code))
        let rowDate = formatter(locale, template: "EEEdMMM")
        for day in Self.days {
            #expect(Formatting.weekdayDate(day, strings: strings) == rowDate.string(from: foundationDate(day)), "\(code) \(day)")
        }
    }

    /// A feminine, a masculine and a plural name, and a mediator: every sentence must read with any of them.
    private static let header = """
        parley: 1
        id: d
        timezone: UTC
        parties:
          - {id: ru, name: Russia, names: {ru: Россия, uk: Росія}}
          - {id: eu, name: European Union, names: {ru: Европейский союз, uk: Європейський союз}}
          - {id: us, name: United States, names: {ru: США, uk: США}}
          - {id: tr, name: Turkey, names: {ru: Турция, uk: Туреччина}, role: mediator}
        people:
          - {id: petrov, name: Petrov, names: {ru: Петров, uk: Петров}, party: ru, role: Head of delegation}
          - {id: ivanova, name: Ivanova, names: {ru: Иванова, uk: Іванова}, party: ru, role: Head of delegation}
          - {id: moreau, name: Moreau, names: {ru: Моро, uk: Моро}, party: tr, role: chair}
          - {id: garcia, name: García, names: {ru: Гарсия, uk: Гарсія}, party: tr, role: chair}
        rounds:

        """

    private func round(_ id: String, _ table: String) -> String {
        "  - {id: \(id), date: 2025-06-02, start: '10:00', end: '11:00', table: \(table)}\n"
    }

    private func sentences(_ rounds: String, _ strings: Strings) throws -> [[String]] {
        let meeting = try MeetingLoader.parse(Array((Self.header + rounds).utf8), file: "d.yaml").meeting
        let titles = ["a": ["ru": "Раунд 1", "uk": "Раунд 1"], "b": ["ru": "Встреча в Париже", "uk": "Зустріч у Парижі"]]
        let text = SeatingChangeText(
            strings: strings, names: { meeting.party($0)?.name(in: strings.language) ?? $0 },
            titles: { titles[$0]?[strings.language] ?? "Раунд \($0)" },
            people: { id in meeting.people.first { $0.id == id }?.name(in: strings.language) ?? id })
        return SeatingDiff.consecutive(in: meeting).map {
            text.sentences(for: $0) + text.details(for: $0) { id in meeting.people.first { $0.id == id }?.party }
        }
    }

    @Test func changeSentencesKeepEveryNameInTheNominative() throws {
        let rounds =
            round("a", "{head: [moreau], left: [petrov, ru], right: [eu, eu]}")
            + round("b", "{head: [garcia], left: [eu, eu], right: [ivanova, petrov]}")
            + round("b2", "{head: [tr], left: [eu, eu], right: [ru, petrov]}")
            + round("c", "{head: [us], left: [eu, eu], right: [ru, ivanova]}")
            + round("d", "{head: [us], left: [eu, eu], right: [ru, ivanova], flags: [us, eu]}")
            + round("e", "{head: [us, tr], left: [eu, ru, ivanova], right: [eu]}")
            + round("f", "{shape: round, seats: [us, eu, ru, ivanova]}")
        let russian = try sentences(rounds, ru), ukrainian = try sentences(rounds, uk)
        // Every caption, with a feminine, a masculine and a plural name as subjects and a title as comparison.
        #expect(
            russian.map { $0[0] } == [
                "Встреча в Париже — как Раунд 1, но зеркально: Россия и Европейский союз — переход на противоположную сторону стола; Турция — по-прежнему во главе стола.",
                "Раунд b2 — иначе, чем Встреча в Париже.",
                "Раунд c — иначе, чем Раунд b2: США — новый участник, во главе стола; Турция — больше не за столом.",
                "Раунд d — иначе, чем Раунд c: флаги переставлены.",
                "Раунд e — иначе, чем Раунд d: Россия — переход на противоположную сторону стола; США — по-прежнему во главе стола; Турция — новый участник, во главе стола; флаги переставлены.",
                "Раунд f — иначе, чем Раунд e: Россия — теперь за круглым столом, а не слева; Европейский союз — теперь за круглым столом, а не слева; США — теперь за круглым столом, а не во главе стола; Турция — больше не за столом; стол теперь круглый, а не П-образный.",
            ])
        #expect(
            ukrainian.map { $0[0] } == [
                "Зустріч у Парижі — як Раунд 1, але дзеркально: Росія та Європейський союз — перехід на протилежний бік столу; Туреччина — як і раніше, на чолі столу.",
                "Раунд b2 — інакше, ніж Зустріч у Парижі.",
                "Раунд c — інакше, ніж Раунд b2: США — новий учасник, на чолі столу; Туреччина — більше не за столом.",
                "Раунд d — інакше, ніж Раунд c: прапори переставлено.",
                "Раунд e — інакше, ніж Раунд d: Росія — перехід на протилежний бік столу; США — як і раніше, на чолі столу; Туреччина — новий учасник, на чолі столу; прапори переставлено.",
                "Раунд f — інакше, ніж Раунд e: Росія — тепер за круглим столом, а не ліворуч; Європейський союз — тепер за круглим столом, а не ліворуч; США — тепер за круглим столом, а не на чолі столу; Туреччина — більше не за столом; стіл тепер круглий, а не П-подібний.",
            ])
        // New heads and chairs, people who moved, joined and left, and diff-seating's details.
        #expect(
            russian[0].dropFirst() == [
                "Россия: глава делегации теперь Иванова, а не Петров.",
                "Гарсия — теперь председатель (ранее — Моро).",
                "Петров: смена места, место 1 слева → место 2 справа.",
                "Иванова — новый участник, место 1 справа.",
                "Моро — больше не за столом (ранее: место 1 во главе стола).",
                "Гарсия — новый участник, место 1 во главе стола.",
                "Петров (Россия): место 1 слева → место 2 справа",
                "Иванова (Россия): новый участник, место 1 справа",
                "Моро (Турция): больше не за столом, ранее место 1 во главе стола",
                "Гарсия (Турция): новый участник, место 1 во главе стола",
                "Россия: глава делегации теперь Иванова, а не Петров",
                "Гарсия — теперь председатель (ранее — Моро)",
            ])
        #expect(
            ukrainian[0].dropFirst() == [
                "Росія: голова делегації тепер Іванова, а не Петров.",
                "Гарсія тепер головує (раніше — Моро).",
                "Петров: зміна місця, місце 1 ліворуч → місце 2 праворуч.",
                "Іванова — новий учасник, місце 1 праворуч.",
                "Моро — більше не за столом (раніше: місце 1 на чолі столу).",
                "Гарсія — новий учасник, місце 1 на чолі столу.",
                "Петров (Росія): місце 1 ліворуч → місце 2 праворуч",
                "Іванова (Росія): новий учасник, місце 1 праворуч",
                "Моро (Туреччина): більше не за столом, раніше місце 1 на чолі столу",
                "Гарсія (Туреччина): новий учасник, місце 1 на чолі столу",
                "Росія: голова делегації тепер Іванова, а не Петров",
                "Гарсія тепер головує (раніше — Моро)",
            ])
        #expect(
            russian[5].dropFirst() == [
                "Европейский союз: делегация сократилась с 2 до 1 (−1 место без имени).",
                "Европейский союз: 2 → 1 место (−1 место без имени)",
                "Турция: 1 → 0 мест (−1 место без имени)",
            ])
        #expect(
            ukrainian[5].dropFirst() == [
                "Європейський союз: делегація зменшилася з 2 до 1 (−1 місце без імені).",
                "Європейський союз: 2 → 1 місце (−1 місце без імені)",
                "Туреччина: 1 → 0 місць (−1 місце без імені)",
            ])
    }

    @Test func aSeatingDescriptionReadsInRussianAndUkrainian() throws {
        let istanbul = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let round = try #require(istanbul.round("round-2"))
        func text(_ code: String, _ strings: Strings) -> String {
            SeatingDescription.round(
                round, meeting: istanbul, style: PartyStyle(meeting: istanbul, theme: .light, language: code, strings: strings),
                clock: .twentyFour)
        }
        let russian = text("ru", ru), ukrainian = text("uk", uk)
        // The parts the files word: the date, the duration, where each party sits, the flags and each side's heading.
        for part in [
            "2 июня 2025\u{202F}г.", "≈1 ч 13–28 мин.", "Рассадка: Россия слева, Украина справа, Турция во главе стола.",
            "Флаги: Россия, Турция, Украина.", "Слева (от главы стола): ", "Справа (от главы стола): ", "Во главе стола: ",
        ] {
            #expect(russian.contains(part), "\(part) not in \(russian)")
        }
        for part in [
            "2 червня 2025\u{202F}р.", "≈1 год 13–28 хв.", "Розсадка: Росія ліворуч, Україна праворуч, Туреччина на чолі столу.",
            "Прапори: Росія, Туреччина, Україна.", "Ліворуч (від чола столу): ", "Праворуч (від чола столу): ", "На чолі столу: ",
        ] {
            #expect(ukrainian.contains(part), "\(part) not in \(ukrainian)")
        }
    }
}

/// Zone abbreviations in the language's own letters (`@zone.MSK = МСК`).
struct ZoneNameTests {
    @Test func moscowTimeIsCyrillicInRussianAndUkrainianAndStaysLatinInTurkish() throws {
        let russian = try #require(Strings.language("ru")), ukrainian = try #require(Strings.language("uk"))
        let turkish = try #require(Strings.language("tr"))
        #expect(russian.text(.roundTimeCaption, [.zone: "MSK"]) == "Время (МСК)")
        #expect(ukrainian.text(.roundTimeCaption, [.zone: "MSK"]) == "Час (МСК)")
        #expect(turkish.text(.roundTimeCaption, [.zone: "MSK"]) == "Saat (MSK)")
        // Only whole names are replaced, and a zone list keeps its joins.
        #expect(russian.localizedZones("MSK → CET, MSKX") == "МСК → CET, MSKX")
    }

    @Test func aZoneNameGivenTwiceIsRefusedAtItsLine() {
        #expect(throws: LanguageFileError.self) {
            try LanguageFile.parse("@language = xx\n@zone.MSK = A\n@zone.MSK = B\n", file: "xx.txt")
        }
        do {
            _ = try LanguageFile.parse("@language = xx\n@zone.MSK = A\n@zone.MSK = B\n", file: "xx.txt")
        } catch {
            #expect(error.description == "xx.txt:3:1: error: @zone.MSK is given twice")
        }
    }
}
