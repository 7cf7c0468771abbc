import Foundation

/// The words of one language that layouts draw and put into descriptions: a value for every
/// `StringKey`, with `{placeholder}`s for the facts, and the language's plural rule. Layouts
/// never spell a sentence themselves; they ask this table, so a language is one more file
/// (`Languages/<code>.txt`, `en.txt` is the reference) and a completeness test says what it lacks.
public struct Strings: Sendable {
    /// The language's code (`en`).
    public let language: String
    /// The language's name in itself (`Русский`).
    public let languageName: String
    /// How the language picks a plural form for a count.
    public let pluralRule: PluralRule
    /// The language's own values; a key it lacks is said in English.
    let values: [StringKey: StringValue]
    private let fallback: [StringKey: StringValue]
    /// Zone abbreviations as the language writes them ("MSK" is "МСК" in Russian): every
    /// `{zone}` and `{fromZone}` fact goes through it, so no layout has to.
    var zoneNames: [String: String] = [:]

    init(
        language: String, languageName: String, pluralRule: PluralRule, values: [StringKey: StringValue], fallback: [StringKey: StringValue]
    ) {
        self.language = language
        self.languageName = languageName
        self.pluralRule = pluralRule
        self.values = values
        self.fallback = fallback
    }

    /// The keys this language leaves to English, in the order of `StringKey`.
    public var missingKeys: [StringKey] { StringKey.allCases.filter { values[$0] == nil } }

    /// `text` with its first letter in capitals by the language's own rules (Turkish "istanbul"
    /// is "İstanbul", "ırak" is "Irak"), for a clause that starts a sentence or a list item.
    public func sentenceCase(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return String(first).uppercased(with: Locale(identifier: language)) + text.dropFirst()
    }

    /// The text of `key` with its placeholders filled from `facts`. A plural value picks its
    /// form by `count` under the language's rule, and `{count}` is `count` unless `facts` says
    /// how to write it (`12,345`). A key the language lacks is said in English; one English
    /// lacks reads as its name, so a gap shows in the chart instead of ending it, and the
    /// completeness test keeps English whole.
    public func text(_ key: StringKey, count: Int = 0, _ facts: [Placeholder: String] = [:]) -> String {
        let template: String
        switch values[key] ?? fallback[key] {
        case .text(let value)?: template = value
        case .plural(let forms)?: template = forms[pluralRule.category(count)] ?? forms[.other] ?? key.rawValue
        case nil: return key.rawValue
        }
        guard template.contains("{") else { return template }
        var filled = facts
        if filled[.count] == nil { filled[.count] = String(count) }
        if !zoneNames.isEmpty {
            for placeholder in [Placeholder.zone, .fromZone] { filled[placeholder] = filled[placeholder].map(localizedZones) }
        }
        return Self.fill(template, with: filled)
    }

    /// `text` (zone names and what joins them: "MSK → MSD", "MSK, CET") with each name the
    /// language spells its own way replaced; a zone it does not name stays as the model has it.
    func localizedZones(_ text: String) -> String {
        var result = ""
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                result += zoneNames[word] ?? word
                word = ""
                result.append(character)
            }
        }
        return result + (zoneNames[word] ?? word)
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
