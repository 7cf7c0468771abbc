import Foundation

/// The plural categories of Unicode CLDR; a language uses the ones its rule returns.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    /// CLDR's six categories; English uses only `one` and `other`.
    case zero, one, two, few, many, other
}

/// How a language picks a plural form for a whole number: CLDR's rules, written in a
/// language file's `@plural.<category>` lines in CLDR's own syntax, so a new language brings
/// its rule as text ("n % 10 = 2..4 and n % 100 != 12..14") and needs no code.
public struct PluralRule: Sendable {
    /// The rules in CLDR's order (zero, one, two, few, many); a count none matches is `other`.
    let conditions: [(PluralCategory, PluralCondition)]

    init(conditions: [(PluralCategory, PluralCondition)]) {
        self.conditions = PluralCategory.allCases.compactMap { category in
            conditions.first { $0.0 == category }
        }
    }

    /// The category the rule picks for a whole number; a negative count is taken as its size.
    public func category(_ count: Int) -> PluralCategory {
        let n = count.magnitude
        return conditions.first { $0.1.holds(for: n) }?.0 ?? .other
    }

    /// English's rule (1 is `one`), the fallback when a file states none.
    static let oneOther = PluralRule(conditions: [
        (.one, PluralCondition(alternatives: [[.init(modulus: nil, equal: true, ranges: [1...1])]]))
    ])
}

/// One CLDR condition for whole numbers: relations joined by `and`, alternatives by `or`.
/// Integers have no visible fraction digits, so the operands `n` and `i` are the number and
/// `v`, `w`, `f`, `t`, `c` and `e` are zero.
struct PluralCondition: Sendable {
    struct Relation: Sendable {
        enum Operand: Sendable { case number, zero }
        var operand: Operand = .number
        /// `n % modulus` when set.
        let modulus: UInt?
        /// `=` (in the ranges) or `!=` (in none of them).
        let equal: Bool
        let ranges: [ClosedRange<UInt>]

        func holds(for number: UInt) -> Bool {
            var value = operand == .zero ? 0 : number
            if let modulus, modulus > 0 { value %= modulus }
            return ranges.contains { $0.contains(value) } == equal
        }
    }

    /// Each alternative holds when all its relations hold.
    let alternatives: [[Relation]]

    func holds(for number: UInt) -> Bool {
        alternatives.contains { $0.allSatisfy { $0.holds(for: number) } }
    }

    /// Parses CLDR's syntax: `n % 10 = 1 and n % 100 != 11`, `n = 0 or n != 1 and n % 100 = 1..19`.
    /// The message says what was expected; the samples after `@integer` are ignored.
    static func parse(_ text: String) throws(PluralSyntaxError) -> PluralCondition {
        let body = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        let words = body.replacingAll(["%", "=", "!=", ","]).split(separator: " ").map(String.init)
        var index = 0
        func next() -> String? { index < words.count ? words[index] : nil }
        var alternatives: [[Relation]] = []
        var relations: [Relation] = []
        while true {
            guard let operandWord = next() else { throw PluralSyntaxError("an operand (n, i, v, f, t, w, c or e)", found: nil) }
            let operand: Relation.Operand
            switch operandWord {
            case "n", "i": operand = .number
            case "v", "w", "f", "t", "c", "e": operand = .zero
            default: throw PluralSyntaxError("an operand (n, i, v, f, t, w, c or e)", found: operandWord)
            }
            index += 1
            var modulus: UInt?
            if next() == "%" {
                index += 1
                guard let word = next(), let value = UInt(word), value > 0 else {
                    throw PluralSyntaxError("a modulus after %", found: next())
                }
                modulus = value
                index += 1
            }
            guard let op = next(), op == "=" || op == "!=" else { throw PluralSyntaxError("= or !=", found: next()) }
            index += 1
            var ranges: [ClosedRange<UInt>] = []
            while true {
                guard let word = next() else { throw PluralSyntaxError("a number or a range such as 2..4", found: nil) }
                let bounds = word.components(separatedBy: "..")
                guard bounds.count <= 2, let low = UInt(bounds[0]), let high = UInt(bounds.last ?? ""), low <= high else {
                    throw PluralSyntaxError("a number or a range such as 2..4", found: word)
                }
                ranges.append(low...high)
                index += 1
                guard next() == "," else { break }
                index += 1
            }
            var relation = Relation(modulus: modulus, equal: op == "=", ranges: ranges)
            relation.operand = operand
            relations.append(relation)
            switch next() {
            case nil:
                alternatives.append(relations)
                return PluralCondition(alternatives: alternatives)
            case "and": index += 1
            case "or":
                alternatives.append(relations)
                relations = []
                index += 1
            case let word?: throw PluralSyntaxError("and, or or the end of the rule", found: word)
            }
        }
    }
}

/// What a plural rule lacked where it went wrong.
struct PluralSyntaxError: Error, Sendable {
    let expected: String
    let found: String?
    init(_ expected: String, found: String?) {
        self.expected = expected
        self.found = found
    }
    var message: String { "expected \(expected) in the plural rule, found \(found.map { "'\($0)'" } ?? "its end")" }
}

extension String {
    /// The text with a space either side of each symbol, so the rule splits into words;
    /// `!=` is marked first so its `=` is not split off.
    fileprivate func replacingAll(_ symbols: [String]) -> String {
        var result = ""
        var rest = Substring(self)
        while let first = rest.first {
            if rest.hasPrefix("!=") {
                result += " != "
                rest = rest.dropFirst(2)
            } else if symbols.contains(String(first)) {
                result += " \(first) "
                rest = rest.dropFirst()
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }
}
