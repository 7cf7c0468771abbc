import Foundation
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Issue 17's "no English word remains": every chart of every sample and layout fixture, laid
/// out in the pseudo-language (and in every real language but English), draws and describes
/// no word of the English strings table, save the words the model itself gives (names,
/// titles, venues, notes, sources, ids, zone labels). A word a layout spells in code, or a
/// text it takes from the table in English, fails here with the chart and the text it is in.
struct NoEnglishWordTests {
    @Test func thePseudoLanguageKeepsEveryPlaceholderAndNoEnglishWord() {
        for key in StringKey.allCases {
            for (english, pseudo) in zip(
                Strings.english.values[key]?.templates ?? [], PseudoLanguage.plain.values[key]?.templates ?? [])
            {
                #expect(Strings.placeholderNames(in: english) == Strings.placeholderNames(in: pseudo), "\(key)")
                #expect(PseudoLanguage.words(in: PseudoLanguage.withoutPlaceholders(pseudo)).isDisjoint(with: PseudoLanguage.englishWords))
            }
        }
        #expect(PseudoLanguage.plain.text(.listOutcomesTitle) == "⟦Öüŧçöɱëš⟧")
        #expect(PseudoLanguage.plain.text(.comparisonLongest) == " ⟦· ľöñĝëšŧ⟧")
    }

    /// The oracle sees English where there is some: the same Istanbul timeline in English is
    /// full of the table's words ("Outcomes", "min"), none of them the model's.
    @Test func theCheckFindsTheEnglishOfAnEnglishChart() throws {
        let path = RepositoryPaths.sample("istanbul-2025")
        let meeting = try MeetingLoader.load(path: path).meeting
        let allowed = Self.modelWords(meeting)
        let scene = try TimelineLayout().layout(meeting, options: LayoutOptions(roundID: "round-2"), measurer: FixedMetricsMeasurer())
        let found = Self.texts(of: scene).reduce(into: Set<String>()) { $0.formUnion(PseudoLanguage.words(in: $1)) }
            .subtracting(allowed).intersection(PseudoLanguage.englishWords)
        #expect(found.isSuperset(of: ["min", "axis", "session", "outcomes"]), "\(found.sorted())")
        let pseudo = try TimelineLayout().layout(
            meeting, options: PseudoLanguage.options(PseudoLanguage.plain, LayoutOptions(roundID: "round-2")),
            measurer: FixedMetricsMeasurer())
        #expect(Self.texts(of: pseudo).contains { $0.contains("⟦Öüŧçöɱëš⟧") })
    }

    @Test(arguments: LanguageTestModels.paths) func everyChartSpeaksTheChartsLanguage(path: String) throws {
        let loaded = try MeetingLoader.load(path: path)
        let meeting = loaded.meeting
        // What the model itself says may be English: its words are allowed wherever they appear.
        let allowed = Self.modelWords(meeting).union(zoneWords(meeting))
        let name = (path as NSString).lastPathComponent
        for language in LanguageTestModels.languages {
            let allowed = allowed.union(Strings.language(language.name).map(PseudoLanguage.ownWords) ?? [])
            for (chart, options, chartName) in LanguageTestModels.charts(of: meeting) {
                guard let layout = ChartRegistry.chart(named: chart) else { continue }
                let scene: Scene
                do {
                    scene = try layout.init().fittedLayout(meeting, options: language.words(options), measurer: FixedMetricsMeasurer())
                        .scene
                } catch {
                    Issue.record("\(name) \(chartName) in \(language.name): \(error.message)")
                    continue
                }
                let english = Self.texts(of: scene).compactMap { text -> String? in
                    // A command's name is the same in every language ("parley diff-seating перечисляет…").
                    let words = ["parley diff-seating", "parley describe"].reduce(text) { $0.replacingOccurrences(of: $1, with: " ") }
                    let found = PseudoLanguage.words(in: words).subtracting(allowed).intersection(PseudoLanguage.englishWords)
                    return found.isEmpty ? nil : "\(found.sorted().joined(separator: ", ")) in “\(text.prefix(160))”"
                }
                if !english.isEmpty {
                    let listed = english.prefix(12).joined(separator: "\n  ")
                    Issue.record("\(name) \(chartName) in \(language.name): \(english.count) texts with English words\n  \(listed)")
                }
            }
        }
    }

    /// What the chart says: every line it draws, every group's title and description, the
    /// scene's title and description.
    static func texts(of scene: Scene) -> [String] {
        var texts = [scene.title, scene.description]
        for placed in scene.flattened() {
            switch placed.node {
            case .text(let run): texts += run.metrics.lines.map(\.text) + [run.text]
            case .group(let group): texts += [group.title, group.description].compactMap { $0 }
            default: break
            }
        }
        return texts.filter { !$0.isEmpty }
    }

    /// Every word of every text the decoded model holds (names, titles, venues, labels, notes,
    /// sources, roles, ids), found by reflection so that a field added to the model is covered;
    /// the YAML's keys ("outcomes:") are not among them, as they are no text of the meeting.
    static func modelWords(_ meeting: Meeting) -> Set<String> {
        var words = Set<String>()
        func visit(_ value: Any, depth: Int) {
            guard depth < 40 else { return }
            if let text = value as? String { words.formUnion(PseudoLanguage.words(in: text)); return }
            for child in Mirror(reflecting: value).children { visit(child.value, depth: depth + 1) }
        }
        visit(meeting, depth: 0)
        return words
    }

    /// The zones' names as the charts print them (abbreviations the time-zone data gives, "GMT+3").
    private func zoneWords(_ meeting: Meeting) -> Set<String> {
        var words = Set<String>()
        for round in meeting.rounds {
            for instant in stride(from: round.start.earliestInstant - 86400, through: round.end.latestInstant + 86400, by: 3600) {
                words.formUnion(PseudoLanguage.words(in: round.zoneLabel(at: instant)))
            }
        }
        return words
    }
}
