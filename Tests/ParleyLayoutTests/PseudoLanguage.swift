import Foundation
import ParleyModel
import ParleyScene
import ParleyTestSupport

@testable import ParleyLayout

/// The pseudo-languages (`Strings.pseudo`) and what the tests check them against.
enum PseudoLanguage {
    static let plain = Strings.pseudo(code: "qps", lengthened: false)
    static let long = Strings.pseudo(code: "qps-long", lengthened: true)

    /// The options that draw in `strings`.
    static func options(_ strings: Strings, _ options: LayoutOptions = LayoutOptions()) -> LayoutOptions {
        var options = options
        options.words = WordsOverride(strings: strings)
        return options
    }

    /// The English table's words of three letters or more, lower-cased, placeholders left out:
    /// what must not appear in a chart in another language.
    static let englishWords: Set<String> = {
        var words = Set<String>()
        for value in Strings.english.values.values {
            for template in value.templates { words.formUnion(Self.words(in: Self.withoutPlaceholders(template))) }
        }
        return words
    }()

    /// The words a language's own table uses: a word it shares with English (Turkish "May"
    /// for Mayıs, "Mar" for Mart) is its own word there, not English left behind. A template
    /// the same as English's counts for nothing, so an untranslated value still fails, except
    /// a month's or weekday's name, which `CLDRAgreementTests` checks against CLDR instead.
    static func ownWords(of strings: Strings) -> Set<String> {
        var words = Set<String>()
        for (key, value) in strings.values {
            let english = calendarNames.contains(key) ? [] : Set(Strings.english.values[key]?.templates ?? [])
            for template in value.templates where !english.contains(template) {
                words.formUnion(Self.words(in: Self.withoutPlaceholders(template)))
            }
        }
        return words
    }

    /// The keys of month and weekday names.
    static let calendarNames: Set<StringKey> = Set(
        StringKey.allCases.filter { key in
            let name = key.rawValue
            return name.hasPrefix("weekday")
                || [
                    "january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december",
                ].contains { name == $0 || name == $0 + "Short" }
        })

    static func withoutPlaceholders(_ template: String) -> String {
        template.replacingOccurrences(of: #"\{[a-zA-Z]+\}"#, with: " ", options: .regularExpression)
    }

    /// Runs of letters, lower-cased, three or more long.
    static func words(in text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 3 }.map { $0.lowercased() })
    }
}

/// Every model the language tests lay out: the samples and the layout, seating and time fixtures.
enum LanguageTestModels {
    static var paths: [String] {
        let folders = ["layouts", "seating", "time"].map { RepositoryPaths.root + "/Tests/Fixtures/" + $0 }
        let fixtures = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map {
                folder + "/" + $0
            }
        }
        return RepositoryPaths.sampleNames.map(RepositoryPaths.sample) + fixtures
    }

    /// Every chart an export makes of `meeting`, and for a meeting of several rounds the timeline
    /// in each alignment and on the 12-hour clock: the placements and the options that change words.
    static func charts(of meeting: Meeting) -> [(chart: String, options: LayoutOptions, name: String)] {
        var result: [(String, LayoutOptions, String)] = []
        for placed in ChartRegistry.exported(in: meeting) {
            let round = placed.roundID.map { " --round \($0)" } ?? ""
            result.append((placed.chart, LayoutOptions(roundID: placed.roundID), placed.chart + round))
            if placed.chart == TimelineLayout.name, placed.roundID == nil, meeting.rounds.count > 1 {
                for alignment in TimelineAlignment.allCases where alignment != .automatic {
                    result.append((placed.chart, LayoutOptions(alignment: alignment), "\(placed.chart) --align \(alignment.rawValue)"))
                }
            }
            if placed.chart != SeatingCompareLayout.name {
                result.append((placed.chart, LayoutOptions(roundID: placed.roundID, clock: .twelve), placed.chart + round + " --clock 12"))
            }
        }
        return result
    }

    /// Every language to check: the pseudo-languages and each real one but English.
    static var languages: [(name: String, words: (LayoutOptions) -> LayoutOptions)] {
        var result: [(String, (LayoutOptions) -> LayoutOptions)] = [
            ("pseudo", { PseudoLanguage.options(PseudoLanguage.plain, $0) }),
            ("pseudo-long", { PseudoLanguage.options(PseudoLanguage.long, $0) }),
        ]
        for code in Strings.availableLanguages where code != "en" {
            result.append(
                (
                    code,
                    { options in
                        var options = options
                        options.language = code
                        return options
                    }
                ))
        }
        return result
    }
}
