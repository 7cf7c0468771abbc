import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// Issue 18, section 5: inputs that were misread, misplaced or silently cut. Each is read as
/// the user wrote it, or refused at the exact line and column with what would be right.
struct LocatedInputTests {
    static let model = ModelFixtures.header + "  - {id: r1, date: 2025-06-02, start: '10:00', end: '11:00'}\n"

    func errors(_ text: String) -> [String] { ModelFixtures.errors(text) }

    @Test func aByteOrderMarkIsNoPartOfTheFirstKey() throws {
        let loaded = try MeetingLoader.parse([0xEF, 0xBB, 0xBF] + Array(Self.model.utf8), file: "test.yaml")
        #expect(loaded.meeting.parties.count == 2)
        // Locations stay those of the editor, which shows no mark.
        #expect(errors("\u{FEFF}" + Self.model + "bogus: 1\n") == ["test.yaml:9:1: error: unknown key 'bogus' in the meeting"])
    }

    @Test func aSecondDocumentIsAnErrorNotDroppedSilently() {
        #expect(
            errors(Self.model + "---\nid: other\n") == [
                "test.yaml:9:1: error: syntax error: a second YAML document starts here; a model is one document: remove the '---' line, or put the second model in a file of its own"
            ])
        #expect(errors(Self.model + "...\nleft: over\n").first?.hasPrefix("test.yaml:10:1: error: syntax error:") == true)
        #expect(errors(Self.model + "...\n").isEmpty)
    }

    @Test func jsonSurrogatePairsAreReadAsTheCharacterTheyEncode() throws {
        let json =
            #"{"parley": 1, "id": "demo", "title": "Talks \uD83D\uDE00 \ud83c\uddfa\ud83c\udde6", "timezone": "UTC", "#
            + #""parties": [{"id": "ru", "name": "R"}], "rounds": [{"id": "r1", "date": "2025-06-02", "start": "10:00", "end": "11:00"}]}"#
        let loaded = try MeetingLoader.parse(Array(json.utf8), file: "test.json")
        #expect(loaded.meeting.title == "Talks 😀 🇺🇦")
        // Columns after the pairs are those of the text as written.
        let wrong = json.replacingOccurrences(of: #""end": "11:00""#, with: #""end": "11:00", "bogus": 1"#)
        let column = try #require(wrong.range(of: #""bogus""#)).lowerBound.utf16Offset(in: wrong) + 1
        #expect(errors(wrong) == ["test.yaml:1:\(column): error: unknown key 'bogus' in a round"])
        // A lone half stays an error, where it is.
        #expect(errors(#"{"title": "\uD83D x"}"#).first?.hasPrefix("test.yaml:1:") == true)
        // The same characters in a single-quoted, plain or block scalar are text, as YAML says;
        // only flow-style texts (every JSON file) are rewritten.
        let pair = #""\uD83D\uDE00""#
        for (replacement, name) in [
            (#"'\uD83D\uDE00'"#, #"\uD83D\uDE00"#), ("a, \(pair)", "a, \(pair)"),
            ("'don''t, \(pair)'", "don't, \(pair)"), ("|\n      \(pair)", "\(pair)\n"),
        ] {
            let text = Self.model.replacingOccurrences(of: "{id: ru, name: Russia}", with: "id: ru\n    name: \(replacement)")
                .replacingOccurrences(of: "  - id: ru", with: "  - id: ru")
            let loaded = try MeetingLoader.parse(Array(text.utf8), file: "t")
            #expect(loaded.meeting.parties[0].name == name, "\(replacement)")
        }
        // In flow style, a `''` inside a single-quoted string does not end it.
        let flow = json.replacingOccurrences(of: #""name": "R""#, with: #""name": 'don''t, "\uD83D\uDE00"'"#)
        #expect(try MeetingLoader.parse(Array(flow.utf8), file: "t").meeting.parties[0].name == #"don't, "\uD83D\uDE00""#)
        // Lines end where libyaml ends them: after a lone CR, columns are still right.
        let crLines = wrong.replacingOccurrences(of: #"{"parley": 1,"#, with: "{\r\"parley\": 1,")
        #expect(errors(crLines) == ["test.yaml:2:\(column - 1): error: unknown key 'bogus' in a round"])
    }

    @Test func readerErrorsAreWhereTheCharacterIs() {
        let text = Self.model.replacingOccurrences(of: "name: Ukraine", with: "name: Ukr\u{1}aine")
        #expect(
            errors(text) == [
                "test.yaml:6:23: error: syntax error: U+0001 (a control character) cannot stand in a model; write text without it (tab and newline are the only control characters allowed)"
            ])
    }

    @Test func textsRefuseControlsAndNoncharactersAtTheirPlace() {
        for (escape, name) in [
            (#"\e"#, "U+001B (a control character)"), (#"\x7F"#, "U+007F (a control character)"),
            (#"\x9B"#, "U+009B (a C1 control character)"), (#"\uFFFE"#, "U+FFFE (a noncharacter)"),
            (#"\uFFFF"#, "U+FFFF (a noncharacter)"), (#"\uFDD0"#, "U+FDD0 (a noncharacter)"),
            (#"\U0010FFFF"#, "U+10FFFF (a noncharacter)"), (#"\r"#, "U+000D (a carriage return)"),
        ] {
            let text = Self.model.replacingOccurrences(of: "name: Russia", with: "name: \"Rus\(escape)sia\"")
            #expect(
                errors(text) == [
                    "test.yaml:5:20: error: 'name' of a party contains \(name) at character 4; remove it (tab and newline are the only control characters a text may hold)"
                ])
        }
        // Tab and newline stay allowed.
        #expect(errors(Self.model.replacingOccurrences(of: "name: Russia", with: #"name: "Rus\tsia\nline""#)).isEmpty)
    }

    @Test func diagnosticsAreAlwaysOneLine() {
        // A newline in a quoted value cannot forge a second `file:line:col: error:` line.
        let text = Self.model.replacingOccurrences(
            of: "timezone: Europe/Moscow", with: #"timezone: "Nowhere\ntest.yaml:1:1: error: forged""#)
        let messages = errors(text)
        #expect(messages.count == 1)
        #expect(messages.allSatisfy { !$0.contains("\n") })
        #expect(messages.first?.contains(#"'Nowhere\ntest.yaml:1:1: error: forged'"#) == true)
        #expect(Diagnostic.visible("a\u{1B}]0;title\u{7}b\u{202E}c\u{2028}d") == #"a\u{1B}]0;title\u{7}b\u{202E}c\u{2028}d"#)
    }

    @Test func theEndOfATextWithoutAFinalNewlineIsOnItsLastLine() {
        #expect(errors("parley: [").first?.hasPrefix("test.yaml:1:10: error: syntax error:") == true)
        #expect(errors("parley: 1\nid: [x").first?.hasPrefix("test.yaml:2:7: error: syntax error:") == true)
    }

    @Test func unreadableFilesAndFoldersAreLocatedAtTheFilesStart() throws {
        let folder = try TemporaryDirectory()
        let missing = folder.file("missing.yaml").path
        #expect(throws: ModelError.self) { try MeetingLoader.load(path: missing) }
        do {
            _ = try MeetingLoader.load(path: missing)
        } catch {
            #expect(error.description == "\(missing):1:1: error: cannot read the model: there is no such file")
        }
        do {
            _ = try MeetingLoader.load(path: folder.url.path)
        } catch {
            #expect(error.description == "\(folder.url.path):1:1: error: this is a folder; name a model file (.yaml, .yml or .json) in it")
        }
    }

    @Test func aFIFOIsReadLikeAFile() throws {
        let folder = try TemporaryDirectory()
        let fifo = folder.file("model.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(Self.model.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let loaded = try MeetingLoader.load(path: fifo)
        #expect(loaded.meeting.rounds.count == 1)
    }

    @Test func roundIDsThatDifferOnlyInCaseCollide() {
        let text = Self.model + "  - {id: R1, date: 2025-06-03, start: '10:00', end: '11:00'}\n"
        #expect(
            errors(text) == [
                "test.yaml:9:5: error: round id 'R1' differs from 'r1' (line 8) only in case; ids name files, and on macOS and Windows the two would be one file: choose another id"
            ])
    }

    @Test func datesAreFourDigitsWithoutASign() {
        #expect(
            errors(Self.model.replacingOccurrences(of: "2025-06-02", with: "+999-01-01")) == [
                "test.yaml:8:20: error: '+999-01-01' is not a date; write YYYY-MM-DD, e.g. 2025-06-02"
            ])
    }

    @Test func everyTzdataNameIsAZoneAndAbbreviationsAreNot() throws {
        for zone in ["EST", "EST5EDT", "CET", "MET", "US/Eastern", "Europe/Kiev", "Etc/GMT+3", "Asia/Calcutta"] {
            let loaded = try MeetingLoader.parse(
                Array(Self.model.replacingOccurrences(of: "Europe/Moscow", with: zone).utf8), file: "test.yaml")
            #expect(loaded.meeting.timeZone.name == zone)
        }
        // EST is a fixed −05:00 in tzdata; EST5EDT keeps daylight saving.
        let est = try MeetingLoader.parse(Array(Self.model.replacingOccurrences(of: "Europe/Moscow", with: "EST").utf8), file: "t")
        #expect(est.meeting.rounds[0].start.utcOffsetSeconds == -5 * 3600)
        let edt = try MeetingLoader.parse(Array(Self.model.replacingOccurrences(of: "Europe/Moscow", with: "EST5EDT").utf8), file: "t")
        #expect(edt.meeting.rounds[0].start.utcOffsetSeconds == -4 * 3600)
        for abbreviation in ["PST", "MSK", "europe/moscow"] {
            let messages = errors(Self.model.replacingOccurrences(of: "Europe/Moscow", with: abbreviation))
            #expect(messages.first?.contains("unknown time zone '\(abbreviation)'") == true)
        }
    }

    @Test func anAliasInsideTheCollectionItNamesIsRefused() {
        for text in ["a: &x [1, *x]\n", "a: &m {b: *m}\n", "a: &m\n  b: [*m]\n"] {
            let messages = errors(text)
            #expect(messages.count == 1)
            #expect(messages.first?.contains("stands inside the collection it names; a model cannot contain itself") == true)
        }
    }

    @Test func tooManyProblemsEndInOneClosingLine() {
        let rounds = (0..<300).map { "  - {id: r\($0), date: 2025-06-02, start: '10:00', end: '11:00', nope\($0): 1}\n" }.joined()
        let text = Self.model.replacingOccurrences(of: "  - {id: r1, date: 2025-06-02, start: '10:00', end: '11:00'}\n", with: rounds)
        let messages = errors(text)
        #expect(messages.count == 101)
        #expect(messages.last == "test.yaml:1:1: error: 200 more problems not listed: only the first 100 are; fix these and validate again")
    }

    @Test func keysAndLanguageCodesAreShortWords() {
        let key = String(repeating: "k", count: 65)
        #expect(
            errors(Self.model + "? \(key)\n: 1\n") == [
                "test.yaml:9:3: error: a key of 65 characters in the meeting; keys are short words such as 'title' (at most 64 characters)"
            ])
        let names = Self.model.replacingOccurrences(of: "name: Russia}", with: "name: Russia, names: {'e n': x}}")
        #expect(
            errors(names) == ["test.yaml:5:36: error: 'e n' is not a language code; write one such as 'en', 'ru', 'uk', 'tr' or 'pt-BR'"])
    }

    /// The optimal-string-alignment distance, written plainly (the whole table, no band): the
    /// oracle for the banded one.
    static func plainDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }

    @Test func suggestionsStayWithinTheirBoundsAndStillHelp() {
        var budget = 1_000_000
        #expect(Suggestions.closest(to: "titel", in: ["title", "timezone"], budget: &budget) == "title")
        #expect(Suggestions.closest(to: "Europe/Moskow", in: ["Europe/Moscow", "Europe/Minsk"], budget: &budget) == "Europe/Moscow")
        #expect(Suggestions.closest(to: String(repeating: "x", count: 10_000), in: ["x"], budget: &budget) == nil)
        var spent = 0
        #expect(Suggestions.closest(to: "abc", in: ["abd"], budget: &spent) == nil)
        // The banded distance agrees with the full one wherever it answers.
        var generator = SeededGenerator(seed: 18)
        let alphabet = Array("abcde").map { Unicode.Scalar(String($0))! }
        for _ in 0..<2_000 {
            let a = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let full = Self.plainDistance(a, b)
            for bound in 0...4 {
                let banded = Suggestions.editDistance(a, b, atMost: bound)
                #expect(banded == (full <= bound ? full : nil), "\(a) \(b) bound \(bound)")
            }
        }
    }
}
