import Testing

@testable import ParleyLayout

/// A language file that cannot be read says where and why, as `file:line:column: error: …`, so
/// whoever adds German finds the mistake without reading the parser; one that can be read
/// keeps its values exactly, spaces and escapes included.
@Suite struct LanguageFileTests {
    private let file = "Languages/xx.txt"

    /// The error `text` gives, as the tool prints it.
    private func error(_ text: String) -> String? {
        do throws(LanguageFileError) {
            _ = try LanguageFile.parse(text, file: file)
            return nil
        } catch {
            return error.description
        }
    }

    private func parsed(_ text: String) throws -> LanguageFile { try LanguageFile.parse(text, file: file) }

    private static let header = "@language = xx\n@name = Xx\n"

    @Test func aWellFormedFileKeepsItsFactsValuesAndForms() throws {
        let lines = [
            "@plural.one = n = 1",
            "# a comment, and a blank line after it",
            "",
            "  legendTitle = Parties  ",
            #"listSeparator = ", ""#,
            #"noteEntry = "[{number}] {subject}: \"{text}\" \\ \n""#,
            "changeSeatsChangedOccupant.one = {count} seat",
            "changeSeatsChangedOccupant.other = {count} seats",
            "seatUnnamed = a = b\r",
        ]
        let language = try parsed(Self.header + lines.joined(separator: "\n"))
        #expect(language.code == "xx")
        #expect(language.name == "Xx")
        #expect(language.pluralRule.category(1) == .one && language.pluralRule.category(2) == .other)
        #expect(language.values[.legendTitle]?.templates == ["Parties"], "a bare value is trimmed")
        #expect(language.values[.listSeparator]?.templates == [", "], "a quoted value keeps its spaces")
        #expect(language.values[.noteEntry]?.templates == ["[{number}] {subject}: \"{text}\" \\ \n"])
        #expect(language.values[.changeSeatsChangedOccupant]?.templates == ["{count} seat", "{count} seats"])
        #expect(language.values[.seatUnnamed]?.templates == ["a = b"], "the first ' = ' ends the key; a CR line end is dropped")
        #expect(language.values.count == 5)
    }

    @Test func anUnknownKeySuggestsTheNearestOne() {
        #expect(
            error(Self.header + "legendTitel = Parties\n")
                == "Languages/xx.txt:3:1: error: unknown key 'legendTitel'; did you mean 'legendTitle'?")
        // Indented, and a plural form of a misspelt key: the key's own name is what is unknown.
        #expect(
            error(Self.header + "\n  changeSeatsChangedOcupant.one = {count} seat\n")
                == "Languages/xx.txt:4:3: error: unknown key 'changeSeatsChangedOcupant'; did you mean 'changeSeatsChangedOccupant'?")
        #expect(error(Self.header + "zzzzzzzz = x\n") == "Languages/xx.txt:3:1: error: unknown key 'zzzzzzzz'")
    }

    @Test func aPlaceholderTheKeyDoesNotAllowIsPointedAt() {
        // `flagOf` may use {party} only; the column is the placeholder's, on the line as written.
        #expect(
            error(Self.header + "flagOf = Flag of {party} {count}\n")
                == "Languages/xx.txt:3:26: error: '{count}' is not a fact of flagOf; it may use {party}")
        #expect(
            error(Self.header + "legendTitle = \"{meeting} \"\n")
                == "Languages/xx.txt:3:16: error: '{meeting}' is not a fact of legendTitle; it may use none")
        #expect(
            error(Self.header + "listLastPair = {first} and {second}\n")
                == "Languages/xx.txt:3:28: error: '{second}' is not a fact of listLastPair; it may use {first}, {last}")
    }

    @Test func aKeyOrFormGivenTwiceIsAnError() {
        #expect(
            error(Self.header + "legendTitle = Parties\nlegendTitle = Sides\n")
                == "Languages/xx.txt:4:1: error: legendTitle is given twice")
        #expect(
            error(Self.header + "roundsSummary.one = a {count}\nroundsSummary.one = b {count}\n")
                == "Languages/xx.txt:4:1: error: roundsSummary.one is given twice")
        // A plain value and plural forms of one key cannot both stand.
        #expect(
            error(Self.header + "roundsSummary = a\nroundsSummary.other = b\n")
                == "Languages/xx.txt:4:1: error: roundsSummary.other is given twice")
        #expect(
            error(Self.header + "roundsSummary.other = b\nroundsSummary = a\n")
                == "Languages/xx.txt:4:1: error: roundsSummary is given twice")
        #expect(error("@language = xx\n@language = yy\n") == "Languages/xx.txt:2:1: error: @language is given twice")
        #expect(
            error(Self.header + "@plural.one = n = 1\n@plural.one = n = 2\n") == "Languages/xx.txt:4:1: error: @plural.one is given twice")
    }

    @Test func aQuotedValueMustBeClosed() {
        #expect(error(Self.header + "listSeparator = \", \n") == "Languages/xx.txt:3:17: error: a quoted value must end with '\"'")
        #expect(error(Self.header + "listSeparator = \"\n") == "Languages/xx.txt:3:17: error: a quoted value must end with '\"'")
        // The last quote is escaped: the value is open.
        #expect(error(Self.header + "listSeparator = \", \\\"\n") == "Languages/xx.txt:3:17: error: a quoted value must end with '\"'")
        // An escaped backslash then an escaped quote: still open (this once read as `, \`).
        #expect(
            error(Self.header + "listSeparator = \", \\\\\\\"\n") == "Languages/xx.txt:3:17: error: a quoted value must end with '\"'")
    }

    @Test func anUnknownEscapeIsPointedAtItsBackslash() {
        // `listSeparator = "a\tb"`: the backslash is the 19th character.
        #expect(
            error(Self.header + "listSeparator = \"a\\tb\"\n")
                == "Languages/xx.txt:3:19: error: unknown escape '\\t'; use \\\", \\\\ or \\n")
    }

    @Test func aFileMustSayItsLanguage() {
        #expect(error("@name = Xx\nlegendTitle = Parties\n") == "Languages/xx.txt:1:1: error: the file states no '@language = <code>'")
        #expect(error("") == "Languages/xx.txt:1:1: error: the file states no '@language = <code>'")
    }

    @Test func pluralFormsNeedTheOtherForm() {
        #expect(
            error(Self.header + "legendTitle = Parties\n\nroundsSummary.one = {meeting}: {count} round.\n")
                == "Languages/xx.txt:5:1: error: roundsSummary has plural forms but no roundsSummary.other, the form for counts no rule matches"
        )
    }

    @Test func factsAndFormsMustBeKnown() {
        #expect(
            error(Self.header + "@plural.other = n = 1\n")
                == "Languages/xx.txt:3:1: error: unknown plural category 'other'; use zero, one, two, few or many (other is what no rule matches)"
        )
        #expect(
            error(Self.header + "@direction = rtl\n")
                == "Languages/xx.txt:3:1: error: unknown fact '@direction'; a language file states @language, @name, @plural.<category> and @zone.<abbreviation>"
        )
        #expect(
            error(Self.header + "roundsSummary.several = x\n")
                == "Languages/xx.txt:3:1: error: unknown plural form 'several'; use zero, one, two, few, many or other")
        #expect(error(Self.header + "just words\n") == "Languages/xx.txt:3:1: error: expected 'key = value'")
    }

    @Test func aMalformedPluralRuleIsPointedAtItsValue() {
        #expect(
            error(Self.header + "@plural.few = n % 10 = 2..4 and\n")
                == "Languages/xx.txt:3:15: error: expected an operand (n, i, v, f, t, w, c or e) in the plural rule, found its end")
    }
}
