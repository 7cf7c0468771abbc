import Foundation
import ParleyModel
import ParleyScene
import ParleyTestSupport

@testable import ParleyLayout

/// A language made from English for the tests: every letter of every value accented
/// ("Outcomes" → "⟦Öüŧçöɱëš⟧"), each value wrapped in ⟦ ⟧, placeholders kept, so a word a
/// chart draws from the table can never read as English and one it spells itself always does.
/// `lengthened` stretches each word by 40 % (Ukrainian and Turkish run that much longer).
enum PseudoLanguage {
    static let plain = make(code: "qps", lengthened: false)
    static let long = make(code: "qps-long", lengthened: true)

    static func make(code: String, lengthened: Bool) -> Strings {
        let english = Strings.english
        var values: [StringKey: StringValue] = [:]
        for (key, value) in english.values {
            switch value {
            case .text(let text): values[key] = .text(transform(text, lengthened: lengthened))
            case .plural(let forms): values[key] = .plural(forms.mapValues { transform($0, lengthened: lengthened) })
            }
        }
        return Strings(language: code, languageName: "Pseudo", pluralRule: english.pluralRule, values: values, fallback: [:])
    }

    /// The options that draw in `strings`.
    static func options(_ strings: Strings, _ options: LayoutOptions = LayoutOptions()) -> LayoutOptions {
        var options = options
        options.words = WordsOverride(strings: strings)
        return options
    }

    private static let accents: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("åƀçđëƒĝĥïĵķľɱñöþǫŕšŧüṽŵẋÿžÅƁÇĐËƑĜĤÏĴĶĽṀÑÖÞǪŔŠŦÜṼŴẊŸŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented))
    }()

    /// Letters outside `{placeholder}`s accented (and words stretched), the whole in ⟦ ⟧;
    /// a value that is only spaces and punctuation (", ") is kept as it is, so lists still read.
    static func transform(_ text: String, lengthened: Bool) -> String {
        guard text.contains(where: \.isLetter) else { return text }
        var result = ""
        var inPlaceholder = false
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            result += word
            if lengthened, let last = word.last { result += String(repeating: last, count: (word.count * 2 + 4) / 5) }
            word = ""
        }
        for character in text {
            if inPlaceholder {
                result.append(character)
                if character == "}" { inPlaceholder = false }
            } else if character == "{" {
                flush()
                inPlaceholder = true
                result.append(character)
            } else if let accented = accents[character] {
                word.append(accented)
            } else if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        // Inside any end spaces, so that a suffix (" · longest") still stands apart.
        let leading = result.prefix { $0 == " " }, trailing = String(result.reversed().prefix { $0 == " " })
        let core = result.dropFirst(leading.count).dropLast(trailing.count)
        return leading + "⟦" + core + "⟧" + trailing
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
            result.append((code, { options in
                var options = options
                options.language = code
                return options
            }))
        }
        return result
    }
}
