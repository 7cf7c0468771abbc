import Foundation
import ParleyLayout
import ParleyTestSupport
import Testing

/// `--lang` through the built `parley` (issue 17): one option for the chart's words and names
/// on every command that writes chart text, the meeting's `lang:` as the default, an unknown
/// language refused with the ones there are, and export writing several languages side by side.
@Suite struct LanguageOptionTests {
    private let sample = RepositoryPaths.sample("istanbul-2025")

    private func svg(_ arguments: [String], model: String? = nil) -> (status: Int32, text: String, stderr: String) {
        let result = CommandRunner.parley(
            ["render", model ?? sample, "--format", "svg", "--svg-text", "native", "-o", "-"] + arguments)
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    /// The sample with `lang:` (or any line) added before its time zone, in a folder of its own.
    private func model(adding line: String, in folder: TemporaryDirectory) throws -> String {
        let text = try String(contentsOfFile: sample, encoding: .utf8)
            .replacingOccurrences(of: "\ntimezone: Europe/Moscow\n", with: "\n\(line)\ntimezone: Europe/Moscow\n")
        return try folder.write(Array(text.utf8), to: "meeting.yaml").path
    }

    @Test func russianWordsNamesAndTitlesWithTheLanguageOnTheRoot() {
        let russian = svg(["--round", "round-2", "--lang", "ru"])
        #expect(russian.status == 0, "\(russian.stderr)")
        #expect(russian.stderr.isEmpty, "\(russian.stderr)")
        #expect(russian.text.contains(#"xml:lang="ru" lang="ru""#))
        #expect(russian.text.contains(">Россия") && russian.text.contains("Раунд 2"), "names and the round's title in Russian")
        #expect(!russian.text.contains("Outcomes") && !russian.text.contains(">Round 2"), "no English heading or title left")
        let english = svg(["--round", "round-2"])
        #expect(english.text.contains(#"xml:lang="en""#) && english.text.contains("Outcomes"))
        // Cairo's SVG (glyph outlines) says the language on its root too.
        let outline = CommandRunner.parley(["render", sample, "--round", "round-2", "--lang", "ru", "--format", "svg", "-o", "-"])
        let root = String(decoding: outline.stdout.prefix(2000), as: UTF8.self)
        #expect(outline.status == 0 && root.contains(#"xml:lang="ru" lang="ru""#), "\(outline.stderr)")
    }

    @Test func anUnknownLanguageIsRefusedWithTheAvailableOnesAndWritesNothing() throws {
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.svg").path
        let result = CommandRunner.parley(["render", sample, "--lang", "xx", "-o", output])
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix("error: --lang 'xx' is not a language Parley writes; available: en, ru, tr, uk, native"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        let misspelt = CommandRunner.parley(["render", sample, "--lang", "ukr", "-o", output])
        #expect(misspelt.stderr.contains("did you mean 'uk'?"), "\(misspelt.stderr)")
    }

    @Test func namesIsTheOldSpellingAndTwoDifferentValuesAreRefused() {
        let conflict = CommandRunner.parley(["render", sample, "--names", "ru", "--lang", "uk", "-o", "-", "--format", "svg"])
        #expect(conflict.status == 64)
        #expect(conflict.stderr.contains("--lang and --names are one option"), "\(conflict.stderr)")
        #expect(conflict.stdout.isEmpty)
        let old = svg(["--round", "round-2", "--names", "ru"])
        #expect(old.status == 0 && old.text.contains(#"xml:lang="ru""#), "\(old.stderr)")
        let same = svg(["--round", "round-2", "--names", "ru", "--lang", "ru"])
        #expect(same.status == 0, "\(same.stderr)")
        let help = String(decoding: CommandLineHelp.render, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("--lang <code>") && !help.contains("--names"), "\(help)")
        #expect(help.contains("en, ru, tr, uk, native"), "the help lists the languages")
    }

    @Test func theMeetingsLangIsTheDefaultAndLangOverridesIt() throws {
        let folder = try TemporaryDirectory()
        let model = try model(adding: "lang: uk", in: folder)
        let ukrainian = svg(["--round", "round-2"], model: model)
        #expect(ukrainian.status == 0, "\(ukrainian.stderr)")
        #expect(ukrainian.text.contains(#"xml:lang="uk""#) && ukrainian.text.contains(">Росія"))
        let english = svg(["--round", "round-2", "--lang", "en"], model: model)
        #expect(english.text.contains(#"xml:lang="en""#) && english.text.contains(">Russia") && !english.text.contains(">Росія"))
    }

    @Test func anUnknownLangInTheModelIsAnErrorAtItsLineAndColumn() throws {
        let folder = try TemporaryDirectory()
        let model = try model(adding: "lang: xx", in: folder)
        let result = CommandRunner.parley(["validate", model])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meeting.yaml:12:7: error: lang 'xx' is not a language Parley writes"), "\(result.stderr)")
        #expect(result.stderr.contains("available: en, ru, tr, uk, native"), "\(result.stderr)")
    }

    @Test func aLanguageOnlyTheNamesAreInIsOneWarning() {
        let german = svg(["--chart", "seating", "--lang", "de"], model: RepositoryPaths.sample("normandy-paris-2019"))
        #expect(german.status == 0, "\(german.stderr)")
        let lines = german.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines.first?.contains("--lang 'de'") == true, "\(german.stderr)")
        #expect(german.stderr.contains("the chart's words stay English"))
        #expect(german.text.contains("Deutschland"))
    }

    @Test func exportWritesEachLanguageIntoItsFolderWithOneManifest() throws {
        let out = try TemporaryDirectory()
        let result = CommandRunner.parley([
            "export", sample, "--out", out.url.path, "--formats", "svg,png", "--lang", "en,ru", "--jobs", "1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: out.file("manifest.json"))) as? [String: Any]
        let files = root?["files"] as? [[String: Any]] ?? []
        let paths = files.compactMap { $0["path"] as? String }
        #expect(!paths.isEmpty && paths.allSatisfy { $0.hasPrefix("en/istanbul-2025/") || $0.hasPrefix("ru/istanbul-2025/") })
        for file in files {
            let path = file["path"] as? String ?? ""
            #expect(file["language"] as? String == String(path.prefix(2)), "\(path)")
        }
        #expect(paths.filter { $0.hasPrefix("en/") }.count == paths.filter { $0.hasPrefix("ru/") }.count)
        for name in ["round-2/seating.svg", "round-2/seating.png", "timeline.svg"] {
            let english = try Data(contentsOf: out.file("en/istanbul-2025/" + name))
            let russian = try Data(contentsOf: out.file("ru/istanbul-2025/" + name))
            #expect(english != russian, "\(name) is the same in both languages")
        }
        // A repeated --lang is the same list.
        let again = CommandRunner.parley([
            "export", sample, "--out", out.url.path, "--formats", "svg,png", "--lang", "en", "--lang", "ru", "--jobs", "1",
        ])
        #expect(again.stderr.contains("0 files written"), "\(again.stderr)")
    }

    @Test func oneLanguageKeepsTodaysLayout() throws {
        let out = try TemporaryDirectory()
        let result = CommandRunner.parley(["export", sample, "--out", out.url.path, "--formats", "svg", "--lang", "ru"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.file("istanbul-2025/round-2/seating.svg").path))
        #expect(!FileManager.default.fileExists(atPath: out.file("ru").path))
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: out.file("manifest.json"))) as? [String: Any]
        let languages = Set((root?["files"] as? [[String: Any]] ?? []).map { $0["language"] as? String ?? "-" })
        #expect(languages == ["ru"], "one language named is recorded for every file")
        let unknown = CommandRunner.parley(["export", sample, "--out", out.url.path, "--formats", "svg", "--lang", "en,xx"])
        #expect(unknown.status == 1 && unknown.stderr.contains("--lang 'xx' is not a language Parley writes"), "\(unknown.stderr)")
    }

    @Test func theReportsPageIsInTheLanguage() throws {
        let folder = try TemporaryDirectory()
        let html = folder.file("report.html").path
        let result = CommandRunner.parley(["report", sample, "--lang", "ru", "-o", html])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains(#"<html lang="ru">"#))
        #expect(page.contains("<h1>Прямые переговоры России и Украины в Стамбуле</h1>"))
        // The chrome is the Russian table's (which says it in English only where it lacks a key,
        // and the completeness test lists those).
        let russian = try #require(Strings.language("ru"))
        for key in [StringKey.reportNotesTitle, .reportFactDate, .reportEventsTitle, .reportSourcesTitle] {
            #expect(page.contains(">\(russian.text(key))<"), "\(key)")
        }
        let several = CommandRunner.parley(["report", sample, "--lang", "ru,uk", "-o", html])
        #expect(several.status == 64 && several.stderr.contains("report writes one"), "\(several.stderr)")
    }

    @Test func describeAndDiffSeatingSpeakTheLanguage() {
        let turkish = CommandRunner.parley(["describe", sample, "--round", "round-2", "--lang", "tr"])
        #expect(turkish.status == 0, "\(turkish.stderr)")
        let text = String(decoding: turkish.stdout, as: UTF8.self)
        #expect(text.contains("Rusya") && text.contains("Türkiye"), "\(text)")
        #expect(!text.contains("Seating:") && !text.contains("Outcomes of"), "\(text)")
        let diff = CommandRunner.parley(["diff-seating", sample, "--lang", "uk"])
        #expect(diff.status == 0, "\(diff.stderr)")
        let sentences = String(decoding: diff.stdout, as: UTF8.self)
        #expect(sentences.contains("Росія") && sentences.contains("Раунд 2") && !sentences.contains("mirrors"), "\(sentences)")
        let unknown = CommandRunner.parley(["describe", sample, "--lang", "xx"])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: --lang 'xx'"), "\(unknown.stderr)")
    }
}

/// `parley render --help`, once.
private enum CommandLineHelp {
    static let render = CommandRunner.parley(["render", "--help"]).stdout
}
