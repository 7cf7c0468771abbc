import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Turkish: complete, cased by Turkish rules, and never gluing a case ending to a name the
/// chart cannot know the sound of.
@Suite struct TurkishTests {
    let turkish = Strings.language("tr")

    @Test func everyKeyIsTranslated() throws {
        let turkish = try #require(turkish)
        #expect(turkish.missingKeys.isEmpty, "tr.txt leaves \(turkish.missingKeys.map(\.rawValue)) to English")
        #expect(turkish.languageName == "Türkçe")
        #expect(Strings.languageFileErrors.isEmpty, "\(Strings.languageFileErrors)")
    }

    @Test func theFirstLetterTakesTurkishCapitals() throws {
        let turkish = try #require(turkish)
        #expect(turkish.sentenceCase("istanbul") == "İstanbul")
        #expect(turkish.sentenceCase("ırak") == "Irak")
        #expect(turkish.sentenceCase("izmir'de") == "İzmir'de")
        #expect(turkish.sentenceCase("Irak") == "Irak", "a capital already there stays")
        #expect(Strings.english.sentenceCase("istanbul") == "Istanbul")
    }

    /// A comparison's sentence that starts with a lower-case name takes Turkish capitals too.
    @Test func aSeatingSentenceStartsWithATurkishCapital() throws {
        let turkish = try #require(turkish)
        let meeting = try MeetingLoader.load(path: RepositoryPaths.sample("istanbul-2025")).meeting
        let text = SeatingChangeText(strings: turkish, names: { $0 == "tr" ? "izmir" : $0 }, titles: { "Tur " + $0.filter(\.isNumber) })
        let sentences = SeatingDiff.consecutive(in: meeting).flatMap(text.sentences(for:))
        #expect(sentences.contains("İzmir heyeti 1 kişiden 2 kişiye çıktı."), "\(sentences)")
        #expect(
            sentences.first
                == "Tur 2, Tur 1 ile ayna simetrik: ru ve ua masada taraf değiştirdi; izmir masanın başında kalıyor.")
    }

    /// Names stand bare: a suffix after a `{placeholder}` would need the name's last vowel
    /// ("Rusya'nın", "Türkiye'nin", "ABD'nin" read "ABD-nin"), which a chart cannot know.
    @Test func noSuffixFollowsAPlaceholder() throws {
        let turkish = try #require(turkish)
        for key in StringKey.allCases {
            for template in turkish.values[key]?.templates ?? [] {
                var rest = Substring(template)
                while let close = rest.firstIndex(of: "}") {
                    let after = rest[rest.index(after: close)...]
                    if let next = after.first {
                        #expect(
                            !next.isLetter && !"'’-".contains(next),
                            "\(key.rawValue): '\(template)' glues '\(next)' to a placeholder")
                    }
                    rest = after
                }
            }
        }
    }

    @Test func sentencesReadWithTheNamesOfTheTalks() throws {
        let turkish = try #require(turkish)
        let names = ["Rusya", "Ukrayna", "Türkiye", "ABD"]
        for name in names {
            #expect(turkish.text(.flagOf, [.party: name]) == "\(name) bayrağı")
            #expect(turkish.text(.legendEntryWithRole, [.party: name, .role: turkish.text(.partyRoleMediator)]) == "\(name) (arabulucu)")
        }
        #expect(turkish.list(names) == "Rusya, Ukrayna, Türkiye ve ABD")
        #expect(
            turkish.text(.changeMoved, [.party: "Ukrayna", .from: turkish.text(.sideLeft), .to: turkish.text(.sideRight)])
                == "Ukrayna sol taraftan sağ tarafa geçti")
        #expect(
            turkish.text(.personReplacedHead, [.person: "Medinski", .replaced: "Lavrov", .party: "Rusya"])
                == "Medinski, Lavrov yerine Rusya heyetinin başkanı oldu")
    }

    @Test func durationsDatesAndMarksReadAsAnadoluAjansiWritesThem() throws {
        let turkish = try #require(turkish)
        #expect(Formatting.duration(seconds: 74 * 60, strings: turkish) == "1 sa 14 dk")
        #expect(Formatting.duration(seconds: 40 * 60, strings: turkish) == "40 dk")
        #expect(Formatting.duration(seconds: 100, strings: turkish) == "1 dk 40 sn")
        #expect(Formatting.date(LocalDate(year: 2025, month: 6, day: 2), strings: turkish) == "2 Haziran 2025")
        #expect(Formatting.shortDate(LocalDate(year: 2025, month: 8, day: 15), strings: turkish) == "15 Ağu")
        #expect(Formatting.weekday(LocalDate(year: 2025, month: 6, day: 2), strings: turkish) == "Pzt")
        #expect(Formatting.weekdayDate(LocalDate(year: 2024, month: 10, day: 26), strings: turkish) == "26 Eki Cmt")
        #expect(turkish.text(.roundTimeCaption, [.zone: "TSİ"]) == "Saat (TSİ)")
        #expect(turkish.text(.timeNextDay, count: 1, [.value: "03:20"]) == "03:20 (+1 gün)")
        #expect(turkish.text(.timeNextDay, count: 2, [.value: "03:20"]) == "03:20 (+2 gün)")
        #expect(turkish.text(.legendTitle) == "Taraflar")
    }

    /// A noun after a number stays singular: the rule still tells one from other, and the
    /// forms are the same words.
    @Test func countsTakeTheSingularNoun() throws {
        let turkish = try #require(turkish)
        #expect(turkish.pluralRule.category(1) == .one)
        #expect([0, 2, 5, 21, 101].allSatisfy { turkish.pluralRule.category($0) == .other })
        #expect(turkish.text(.roundsSummary, count: 1, [.meeting: "İstanbul 2025"]) == "İstanbul 2025: 1 tur.")
        #expect(turkish.text(.roundsSummary, count: 3, [.meeting: "İstanbul 2025"]) == "İstanbul 2025: 3 tur.")
        #expect(turkish.text(.dayPlannerGap, count: 5) == "Oturum yapılmayan 5 gün")
    }
}
