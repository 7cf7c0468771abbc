/// The words of one language that layouts draw and put into descriptions: a value for every
/// `StringKey`, with `{placeholder}`s for the facts, and the language's plural rule. Layouts
/// never spell a sentence themselves; they ask this table, so a language is one more file
/// (`Strings+English.swift` is the pattern) and a completeness test says what it lacks.
public struct Strings: Sendable {
    /// The language's code (`en`).
    public let language: String
    /// How the language picks a plural form for a count.
    public let pluralRule: PluralRule
    let values: [StringKey: StringValue]

    init(language: String, pluralRule: PluralRule, values: [StringKey: StringValue]) {
        self.language = language
        self.pluralRule = pluralRule
        self.values = values
    }

    /// The text of `key` with its placeholders filled from `facts`. A plural value picks its
    /// form by `count` under the language's rule, and `{count}` is `count` unless `facts` says
    /// how to write it (`12,345`). A key the language lacks reads as its name, so a gap shows
    /// in the chart instead of ending it; the completeness test keeps English whole.
    public func text(_ key: StringKey, count: Int = 0, _ facts: [Placeholder: String] = [:]) -> String {
        let template: String
        switch values[key] {
        case .text(let value)?: template = value
        case .plural(let forms)?: template = forms[pluralRule.category(count)] ?? forms[.other] ?? key.rawValue
        case nil: return key.rawValue
        }
        guard template.contains("{") else { return template }
        var filled = facts
        if filled[.count] == nil { filled[.count] = String(count) }
        return Self.fill(template, with: filled)
    }

    /// `items` as a sentence lists them: "a", "a and b", "a, b and c".
    public func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let head = items.dropLast().joined(separator: text(.listSeparator))
        return text(.listLastPair, [.first: head, .last: last])
    }

    /// Replaces every `{name}` in one pass, so a fact that itself contains braces (a party
    /// called "{to}") is copied as it is and never filled in turn.
    static func fill(_ template: String, with facts: [Placeholder: String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                let name = Placeholder(rawValue: String(rest[afterOpen..<close])), let value = facts[name]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The `{placeholder}` names a template uses, for the completeness test.
    static func placeholderNames(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            names.append(String(rest[afterOpen..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// One value of a strings table: a text, or forms by plural category.
enum StringValue: Sendable {
    case text(String)
    /// Forms by plural category; `.other` is required and stands in for a missing one.
    case plural([PluralCategory: String])

    /// Every template of the value, for the completeness test.
    var templates: [String] {
        switch self {
        case .text(let value): [value]
        case .plural(let forms): PluralCategory.allCases.compactMap { forms[$0] }
        }
    }
}

/// The plural categories of Unicode CLDR; a language uses the ones its rule returns.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    /// CLDR's six categories; English uses only `one` and `other`.
    case zero, one, two, few, many, other
}

/// How a language picks a plural form for a count (CLDR's rules for whole numbers). English
/// has one/other; Russian and Ukrainian one/few/many; Turkish one/other; each is one `static
/// let` beside the language's strings.
public struct PluralRule: Sendable {
    /// The category the rule picks for a whole number.
    public let category: @Sendable (Int) -> PluralCategory

    /// Makes a rule from a function of the count.
    public init(_ category: @escaping @Sendable (Int) -> PluralCategory) {
        self.category = category
    }

    /// English: 1 is `one`, everything else `other`.
    public static let english = PluralRule { $0 == 1 ? .one : .other }
}
