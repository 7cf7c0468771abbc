import Testing

@testable import ParleyLayout

/// CLDR's plural rules as a language file writes them: the parser reads each language's real
/// rule and picks the category CLDR's own samples give, and a malformed rule says what it lacked.
@Suite struct PluralRuleTests {
    /// A rule from `@plural.<category>` lines, as a language file states them.
    private func rule(_ lines: [PluralCategory: String]) throws -> PluralRule {
        var conditions: [(PluralCategory, PluralCondition)] = []
        for category in PluralCategory.allCases {
            guard let text = lines[category] else { continue }
            conditions.append((category, try PluralCondition.parse(text)))
        }
        return PluralRule(conditions: conditions)
    }

    private func categories(_ rule: PluralRule, _ counts: [Int]) -> [Int: PluralCategory] {
        Dictionary(uniqueKeysWithValues: counts.map { ($0, rule.category($0)) })
    }

    /// Russian and Ukrainian share CLDR's rule, so one table checks both files' `@plural` lines.
    private static let eastSlavic: [PluralCategory: String] = [
        .one: "n % 10 = 1 and n % 100 != 11",
        .few: "n % 10 = 2..4 and n % 100 != 12..14",
        .many: "n % 10 = 0 or n % 10 = 5..9 or n % 100 = 11..14",
    ]

    @Test func russianAndUkrainianPickOneFewAndManyAsCLDRSamplesDo() throws {
        let rule = try rule(Self.eastSlavic)
        // CLDR's samples: one @integer 1, 21, 31, 101, 1001; few 2~4, 22~24, 102, 1002; many 0, 5~19, 100, 1000.
        let expected: [Int: PluralCategory] = [
            0: .many, 1: .one, 2: .few, 3: .few, 4: .few, 5: .many, 11: .many, 12: .many, 14: .many, 19: .many, 20: .many,
            21: .one, 22: .few, 25: .many, 101: .one, 111: .many, 112: .many, 122: .few, 1001: .one, 1000: .many,
        ]
        #expect(categories(rule, Array(expected.keys)) == expected)
        // The rule the files state is the one they are read with.
        for code in ["ru", "uk"] {
            let strings = try #require(Strings.language(code), "no \(code).txt")
            #expect(
                categories(strings.pluralRule, Array(expected.keys)) == expected, "\(code).txt states another rule than CLDR's")
        }
    }

    @Test func cldrsOwnSpellingOfTheRulesAgreesForWholeNumbers() throws {
        // CLDR writes the Russian rule with `i` and `v` (visible fraction digits, 0 for whole numbers).
        let cldr = try rule([
            .one: "v = 0 and i % 10 = 1 and i % 100 != 11",
            .few: "v = 0 and i % 10 = 2..4 and i % 100 != 12..14",
            .many: "v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14",
        ])
        let counts = Array(0...250) + [1001, 1011, 1021, 1_000_000]
        #expect(categories(cldr, counts) == categories(try rule(Self.eastSlavic), counts))
        // English's CLDR rule, `i = 1 and v = 0`, and a rule no whole number meets (`v != 0`).
        #expect(categories(try rule([.one: "i = 1 and v = 0"]), [0, 1, 2]) == [0: .other, 1: .one, 2: .other])
        #expect(categories(try rule([.few: "v != 0"]), [0, 1, 2]) == [0: .other, 1: .other, 2: .other])
    }

    @Test func englishAndTurkishHaveOneForOneAlone() throws {
        let rule = try rule([.one: "n = 1"])
        #expect(categories(rule, [0, 1, 2, 11, 21, 101]) == [0: .other, 1: .one, 2: .other, 11: .other, 21: .other, 101: .other])
        #expect(categories(Strings.english.pluralRule, [0, 1, 2, 21]) == [0: .other, 1: .one, 2: .other, 21: .other])
        if let turkish = Strings.language("tr") {
            #expect(categories(turkish.pluralRule, [0, 1, 2, 21]) == [0: .other, 1: .one, 2: .other, 21: .other])
        }
    }

    @Test func frenchCountsZeroAsOne() throws {
        // CLDR's French: one is `i = 0,1` (a list); many is a whole number of millions ("1 million de"),
        // with `e` (the compact exponent) and `v` (visible fraction digits) zero for whole numbers.
        let rule = try rule([.one: "i = 0,1", .many: "e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5"])
        #expect(
            categories(rule, [0, 1, 2, 1_000_000, 2_000_000, 2_000_001]) == [
                0: .one, 1: .one, 2: .other, 1_000_000: .many, 2_000_000: .many, 2_000_001: .other,
            ])
    }

    @Test func anArabicLikeRuleUsesAllSixCategories() throws {
        let rule = try rule([.zero: "n = 0", .one: "n = 1", .two: "n = 2", .few: "n % 100 = 3..10", .many: "n % 100 = 11..99"])
        #expect(
            categories(rule, [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]) == [
                0: .zero, 1: .one, 2: .two, 3: .few, 10: .few, 11: .many, 99: .many, 100: .other, 102: .other, 103: .few, 111: .many,
            ])
    }

    @Test func samplesAfterTheRuleAndSpacingDoNotMatter() throws {
        let spaced = try rule([.one: "n % 10 = 1 and n % 100 != 11 @integer 1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …"])
        let tight = try rule([.one: "n%10=1 and n%100!=11"])
        let counts = [1, 11, 21, 111, 121]
        #expect(categories(spaced, counts) == [1: .one, 11: .other, 21: .one, 111: .other, 121: .one])
        #expect(categories(tight, counts) == categories(spaced, counts))
    }

    @Test func aRuleListsAndRangesTogether() throws {
        // `n % 100 = 2,22..24,40` holds for each listed number and each number of the range.
        let rule = try rule([.few: "n % 100 = 2,22..24,40"])
        #expect(
            categories(rule, [2, 22, 23, 24, 25, 40, 102, 140, 141]) == [
                2: .few, 22: .few, 23: .few, 24: .few, 25: .other, 40: .few, 102: .few, 140: .few, 141: .other,
            ])
    }

    @Test func aNegativeCountTakesTheCategoryOfItsSize() throws {
        let rule = try rule(Self.eastSlavic)
        #expect(rule.category(-1) == .one)
        #expect(rule.category(-22) == .few)
        #expect(rule.category(-5) == .many)
    }

    /// The message of a rule that does not parse.
    private func failure(_ text: String) -> String? {
        do throws(PluralSyntaxError) {
            _ = try PluralCondition.parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aMalformedRuleSaysWhatItExpectedAndWhatItFound() {
        #expect(failure("") == "expected an operand (n, i, v, f, t, w, c or e) in the plural rule, found its end")
        #expect(failure("x = 1") == "expected an operand (n, i, v, f, t, w, c or e) in the plural rule, found 'x'")
        #expect(failure("n 1") == "expected = or != in the plural rule, found '1'")
        #expect(failure("n == 1") == "expected a number or a range such as 2..4 in the plural rule, found '='")
        #expect(failure("n % = 1") == "expected a modulus after % in the plural rule, found '='")
        #expect(failure("n % 0 = 1") == "expected a modulus after % in the plural rule, found '0'")
        #expect(failure("n = 4..2") == "expected a number or a range such as 2..4 in the plural rule, found '4..2'")
        #expect(failure("n = 1..") == "expected a number or a range such as 2..4 in the plural rule, found '1..'")
        #expect(failure("n = one") == "expected a number or a range such as 2..4 in the plural rule, found 'one'")
        #expect(failure("n = 1,") == "expected a number or a range such as 2..4 in the plural rule, found its end")
        #expect(failure("n = 1 and") == "expected an operand (n, i, v, f, t, w, c or e) in the plural rule, found its end")
        #expect(failure("n = 1 or") == "expected an operand (n, i, v, f, t, w, c or e) in the plural rule, found its end")
        #expect(failure("n = 1 xor n = 2") == "expected and, or or the end of the rule in the plural rule, found 'xor'")
        #expect(failure("n = 1 n = 2") == "expected and, or or the end of the rule in the plural rule, found 'n'")
    }
}
