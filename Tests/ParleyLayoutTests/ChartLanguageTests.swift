import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// One option picks a chart's words and its names (issue 17): the meeting's and rounds' titles
/// and venues in the names language wherever a chart and its description give them, and
/// clauses that start a sentence capitalised by the language's own rules.
struct ChartLanguageTests {
    private func istanbul() throws -> Meeting {
        var meeting = try MeetingLoader.load(path: RepositoryPaths.sample("istanbul-2025")).meeting
        meeting.titles = LocalizedNames(["tr": "İstanbul'da Rusya–Ukrayna görüşmeleri"])
        meeting.rounds[1].titles = LocalizedNames(["tr": "2. tur"])
        meeting.rounds[1].venues = LocalizedNames(["tr": "Çırağan Sarayı, İstanbul"])
        return meeting
    }

    @Test func titlesAndVenuesComeInTheNamesLanguage() throws {
        let meeting = try istanbul()
        let options = LayoutOptions(language: "tr", roundID: "round-2")
        let timeline = try TimelineLayout().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
        let texts = NoEnglishWordTests.texts(of: timeline)
        #expect(timeline.title.contains("İstanbul'da Rusya–Ukrayna görüşmeleri") && timeline.title.contains("2. tur"))
        #expect(texts.contains { $0.contains("Çırağan Sarayı, İstanbul") })
        #expect(timeline.description.contains("2. tur"), "the description names the round as the chart does")
        #expect(!texts.contains { $0.contains("Round 2") }, "no English title is left where a Turkish one exists")
        // Without a language, the model's own title.
        let english = try TimelineLayout().layout(meeting, options: LayoutOptions(roundID: "round-2"), measurer: FixedMetricsMeasurer())
        #expect(english.title == "Russia–Ukraine direct talks in Istanbul: Round 2 timeline")
    }

    @Test func theSeatingComparisonNamesRoundsInTheNamesLanguage() throws {
        let scene = try SeatingCompareLayout().layout(
            try istanbul(), options: LayoutOptions(language: "tr"), measurer: FixedMetricsMeasurer())
        #expect(scene.description.hasPrefix("2. tur, 1. Tur ile ayna simetrik"), "\(scene.description.prefix(80))")
    }

    @Test func aSentenceStartsWithTheLanguagesCapital() throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.sample("istanbul-2025")).meeting
        var values = Strings.english.values
        values[.changeGrew] = .text("iki kat: {party} heyeti {from} kişiden {to} kişiye çıktı")
        let turkish = Strings(language: "tr", languageName: "Türkçe", pluralRule: .oneOther, values: values, fallback: [:])
        let text = SeatingChangeText(strings: turkish, names: { meeting.party($0)?.name ?? $0 })
        let sentences = SeatingDiff.consecutive(in: meeting).flatMap { text.sentences(for: $0) }
        #expect(sentences.contains("İki kat: Turkey heyeti 1 kişiden 2 kişiye çıktı."), "\(sentences)")
        #expect(Strings.english.sentenceCase("ireland") == "Ireland")
        #expect(turkish.sentenceCase("ırak") == "Irak")
    }
}
