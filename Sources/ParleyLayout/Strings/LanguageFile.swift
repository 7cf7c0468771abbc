import Foundation
import ParleyModel

/// One language file read: its code, its own name, its plural rule and its values. The format
/// is typst's `translations/*.txt` with plural forms and a few `@` facts; `en.txt` documents it.
struct LanguageFile: Sendable {
    /// The language's code (`ru`), from `@language`.
    let code: String
    /// The language's name in itself (`Русский`), from `@name`.
    let name: String
    let pluralRule: PluralRule
    let values: [StringKey: StringValue]
    /// Zone abbreviations as the language writes them (`@zone.MSK = МСК`).
    var zoneNames: [String: String] = [:]

    /// Reads `text`; `file` names it in the errors, which point at a line and column.
    static func parse(_ text: String, file: String) throws(LanguageFileError) -> LanguageFile {
        var facts: [String: String] = [:]
        var zoneNames: [String: String] = [:]
        var plural: [(PluralCategory, PluralCondition)] = []
        var texts: [StringKey: String] = [:]
        var forms: [StringKey: [PluralCategory: String]] = [:]
        // Where each key's plural forms start, so a key without `.other` is reported there.
        var formsStart: [StringKey: (line: Int, column: Int)] = [:]
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = content.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let column = content.count - trimmed.count + 1
            func failure(_ message: String, at column: Int = column) -> LanguageFileError {
                LanguageFileError(file: file, line: line, column: column, message: message)
            }
            guard let equals = trimmed.range(of: " = ") ?? trimmed.range(of: "=") else {
                throw failure("expected 'key = value'")
            }
            let name = trimmed[..<equals.lowerBound].trimmingSpaces
            let valueColumn = column + trimmed.distance(from: trimmed.startIndex, to: equals.upperBound)
            let value = try unquoted(trimmed[equals.upperBound...].trimmingSpaces, file: file, line: line, column: valueColumn)
            if name.hasPrefix("@") {
                let fact = String(name.dropFirst())
                if fact.hasPrefix("plural.") {
                    guard let category = PluralCategory(rawValue: String(fact.dropFirst("plural.".count))), category != .other else {
                        throw failure(
                            "unknown plural category '\(fact.dropFirst("plural.".count))'; use zero, one, two, few or many (other is what no rule matches)"
                        )
                    }
                    guard !plural.contains(where: { $0.0 == category }) else { throw failure("\(name) is given twice") }
                    do throws(PluralSyntaxError) {
                        plural.append((category, try PluralCondition.parse(value)))
                    } catch {
                        throw failure(error.message, at: valueColumn)
                    }
                } else if fact.hasPrefix("zone."), fact.count > "zone.".count {
                    let abbreviation = String(fact.dropFirst("zone.".count))
                    guard zoneNames[abbreviation] == nil else { throw failure("\(name) is given twice") }
                    zoneNames[abbreviation] = value
                } else if ["language", "name"].contains(fact) {
                    guard facts[fact] == nil else { throw failure("\(name) is given twice") }
                    facts[fact] = value
                } else {
                    throw failure(
                        "unknown fact '@\(fact)'; a language file states @language, @name, @plural.<category> and @zone.<abbreviation>")
                }
                continue
            }
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            guard let keyName = parts.first, let key = StringKey(rawValue: keyName) else {
                let suggestion =
                    Suggestions.closest(to: parts.first ?? name, in: StringKey.allCases.map(\.rawValue)).map { "; did you mean '\($0)'?" }
                    ?? ""
                throw failure("unknown key '\(parts.first ?? name)'\(suggestion)")
            }
            for placeholder in Strings.placeholderNames(in: value) where !key.placeholders.map(\.rawValue).contains(placeholder) {
                let allowed = key.placeholders.map { "{\($0.rawValue)}" }.sorted().joined(separator: ", ")
                // Pointed at the placeholder itself, which escapes never change, as written on the line.
                let written = trimmed[equals.upperBound...]
                let offset =
                    written.range(of: "{\(placeholder)}").map { written.distance(from: written.startIndex, to: $0.lowerBound) } ?? 0
                throw failure(
                    "'{\(placeholder)}' is not a fact of \(keyName); it may use \(allowed.isEmpty ? "none" : allowed)",
                    at: valueColumn + offset)
            }
            if parts.count == 2 {
                guard let category = PluralCategory(rawValue: parts[1]) else {
                    throw failure("unknown plural form '\(parts[1])'; use zero, one, two, few, many or other")
                }
                guard texts[key] == nil, forms[key]?[category] == nil else { throw failure("\(name) is given twice") }
                forms[key, default: [:]][category] = value
                if formsStart[key] == nil { formsStart[key] = (line, column) }
            } else {
                guard texts[key] == nil, forms[key] == nil else { throw failure("\(name) is given twice") }
                texts[key] = value
            }
        }
        guard let code = facts["language"] else {
            throw LanguageFileError(file: file, line: 1, column: 1, message: "the file states no '@language = <code>'")
        }
        var values = texts.mapValues(StringValue.text)
        // In key order, so the first such key in `StringKey` is the one reported, whatever the dictionary's order.
        for key in StringKey.allCases {
            guard let keyForms = forms[key] else { continue }
            guard keyForms[.other] != nil else {
                let start = formsStart[key] ?? (1, 1)
                throw LanguageFileError(
                    file: file, line: start.line, column: start.column,
                    message: "\(key.rawValue) has plural forms but no \(key.rawValue).other, the form for counts no rule matches")
            }
            values[key] = .plural(keyForms)
        }
        var file = LanguageFile(
            code: code, name: facts["name"] ?? code, pluralRule: plural.isEmpty ? .oneOther : PluralRule(conditions: plural), values: values
        )
        file.zoneNames = zoneNames
        return file
    }

    /// A value as written: bare and trimmed, or in double quotes with `\"`, `\\` and `\n`.
    private static func unquoted(_ text: String, file: String, line: Int, column: Int) throws(LanguageFileError) -> String {
        guard text.hasPrefix("\"") else { return text }
        guard text.count >= 2, text.hasSuffix("\""), !text.hasSuffix("\\\"") || text.hasSuffix("\\\\\"") else {
            throw LanguageFileError(file: file, line: line, column: column, message: "a quoted value must end with '\"'")
        }
        var result = ""
        var escaping = false
        // The column of each character, so an unknown escape is pointed at its backslash.
        for (offset, character) in text.dropFirst().dropLast().enumerated() {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "\"", "\\": result.append(character)
                default:
                    throw LanguageFileError(
                        file: file, line: line, column: column + offset, message: "unknown escape '\\\(character)'; use \\\", \\\\ or \\n")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        // `"a\\\"` ends in an escaped quote after an escaped backslash: the closing quote is missing.
        guard !escaping else {
            throw LanguageFileError(file: file, line: line, column: column, message: "a quoted value must end with '\"'")
        }
        return result
    }
}

/// A language file that cannot be read, at `file:line:column`.
public struct LanguageFileError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

extension Substring {
    /// Without spaces and tabs at either end. By index, not by reversing: every command reads
    /// the files at start-up (its help lists the languages), and a reversed copy per line cost
    /// a fifth of a cold render.
    fileprivate var trimmingSpaces: String {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
