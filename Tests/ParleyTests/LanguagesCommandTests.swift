import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// `parley languages` through the built binary (the release one when it is built): the list,
/// the keys each language leaves to English, and a template that is a language file.
@Suite struct LanguagesCommandTests {
    private func parley(_ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let result = ExternalTool.capture(ResourceRun.executable, arguments, environment: ["FONTCONFIG_FILE": TestFonts.configurationPath])
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    private let total = StringKey.allCases.count

    @Test func listsEveryLanguageWithItsOwnNameAndHowManyKeysItHas() {
        let result = parley(["languages"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0.first ?? "" } == Strings.availableLanguages)
        for row in rows {
            guard row.count == 3, let strings = Strings.language(row[0]) else {
                Issue.record("unexpected row \(row)")
                continue
            }
            #expect(row[1] == strings.languageName)
            #expect(row[2] == "\(total - strings.missingKeys.count)/\(total) keys")
        }
        #expect(rows.contains(["en", "English", "\(total)/\(total) keys"]))
        #expect(rows.contains(["tr", "Türkçe", "\(total)/\(total) keys"]))
    }

    @Test func missingListsTheKeysLeftToEnglishUnderTheirLanguage() {
        let result = parley(["languages", "--missing"])
        #expect(result.status == 0, "\(result.stderr)")
        var listed: [String: [String]] = [:]
        var current = ""
        for line in result.stdout.split(separator: "\n").map(String.init) {
            if line.hasPrefix("  ") {
                listed[current, default: []].append(line.trimmingCharacters(in: .whitespaces))
            } else {
                current = String(line.prefix { $0 != "\t" })
                listed[current] = []
            }
        }
        for code in Strings.availableLanguages {
            #expect(listed[code] == Strings.language(code)?.missingKeys.map(\.rawValue), "\(code)")
        }
    }

    @Test func aTemplateIsALanguageFileWithCLDRsDatesAndEnglishCommentedOut() throws {
        let result = parley(["languages", "--template", "de"])
        #expect(result.status == 0, "\(result.stderr)")
        let folder = try TemporaryDirectory()
        let path = folder.file("de.txt").path
        try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: path))
        let file = try LanguageFile.parse(String(contentsOfFile: path, encoding: .utf8), file: path)
        #expect(file.code == "de")
        #expect(file.name == "Deutsch")
        func value(_ key: StringKey) -> String? {
            if case .text(let text)? = file.values[key] { text } else { nil }
        }
        #expect(value(.march) == "März")
        #expect(value(.date) == "{day}. {month} {year}")
        #expect(value(.shortDate) == "{day}. {month}")
        #expect(value(.weekdayMondayShort) == "Mo.")
        #expect(value(.legendTitle) == nil, "a key for the translator stays commented out")
        // Every key is either filled from CLDR or waits, commented, with its English value.
        let commented = Set(
            result.stdout.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("# "), let equals = line.range(of: " = ") else { return nil }
                return line[line.index(line.startIndex, offsetBy: 2)..<equals.lowerBound].split(separator: ".").first.map(String.init)
            }
            .filter { StringKey(rawValue: $0) != nil })
        #expect(commented.contains("legendTitle") && result.stdout.contains("# legendTitle = Parties\n"))
        #expect(commented.isDisjoint(with: file.values.keys.map(\.rawValue)))
        #expect(commented.count + file.values.count == total, "keys neither filled nor commented")
    }

    @Test func aTemplateForTurkishHasTheMonthsOfTrTxt() throws {
        let result = parley(["languages", "--template", "tr"])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try LanguageFile.parse(result.stdout, file: "tr template")
        let turkish = try #require(Strings.language("tr"))
        #expect(file.name == "Türkçe")
        for month in 1...12 {
            let key = [
                StringKey.january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
            ][
                month - 1]
            if case .text(let name)? = file.values[key] { #expect(name == turkish.month(month)) } else { Issue.record("no \(key)") }
        }
    }

    @Test(arguments: ["qq", "ab", "english"])
    func aCodeWithoutCLDRDataIsAnErrorNamingTheLanguagesThereAre(code: String) {
        let result = parley(["languages", "--template", code])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains("'\(code)'") && result.stderr.contains(Strings.availableLanguages.joined(separator: ", ")),
            "\(result.stderr)")
    }

    @Test func templateAndMissingTogetherAreRefused() {
        let result = parley(["languages", "--template", "de", "--missing"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
    }
}
