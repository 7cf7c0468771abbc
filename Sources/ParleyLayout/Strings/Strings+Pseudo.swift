import Foundation

/// A pseudo-language made from English, for the tests that check every word a chart writes
/// comes from the table and that layouts hold in longer languages: every letter accented
/// ("Outcomes" → "⟦Öüŧçöɱëš⟧"), each value wrapped in ⟦ ⟧, placeholders kept. A word a chart
/// takes from the table then never reads as English, and one it spells in code always does.
/// Internal: no user picks it, and `availableLanguages` does not list it.
extension Strings {
    /// The pseudo-language with code `code`; `lengthened` stretches each word by 40 %, as
    /// Ukrainian and Turkish run longer than English.
    static func pseudo(code: String, lengthened: Bool) -> Strings {
        let english = Strings.english
        var values: [StringKey: StringValue] = [:]
        for (key, value) in english.values {
            switch value {
            case .text(let text): values[key] = .text(pseudo(text, lengthened: lengthened))
            case .plural(let forms): values[key] = .plural(forms.mapValues { pseudo($0, lengthened: lengthened) })
            }
        }
        return Strings(language: code, languageName: "Pseudo", pluralRule: english.pluralRule, values: values, fallback: [:])
    }

    private static let accents: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let accented = Array("åƀçđëƒĝĥïĵķľɱñöþǫŕšŧüṽŵẋÿžÅƁÇĐËƑĜĤÏĴĶĽṀÑÖÞǪŔŠŦÜṼŴẊŸŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, accented))
    }()

    /// Letters outside `{placeholder}`s accented (and words stretched), the whole inside its
    /// end spaces in ⟦ ⟧; a value with no letter of its own (", ", "[{number}]") is kept, so
    /// lists and note markers read as in every language.
    static func pseudo(_ text: String, lengthened: Bool) -> String {
        guard text.replacingOccurrences(of: #"\{[a-zA-Z]+\}"#, with: "", options: .regularExpression).contains(where: \.isLetter)
        else { return text }
        var result = ""
        var inPlaceholder = false
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            result += word
            if lengthened, let last = word.last { result += String(repeating: last, count: (word.count * 2 + 4) / 5) }
            word = ""
        }
        for character in text {
            if inPlaceholder {
                result.append(character)
                if character == "}" { inPlaceholder = false }
            } else if character == "{" {
                flush()
                inPlaceholder = true
                result.append(character)
            } else if let accented = accents[character] {
                word.append(accented)
            } else if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        // Inside the end spaces, so that a suffix (" · longest") still stands apart.
        let leading = result.prefix { $0 == " " }, trailing = String(result.reversed().prefix { $0 == " " })
        let core = result.dropFirst(leading.count).dropLast(trailing.count)
        return leading + "⟦" + core + "⟧" + trailing
    }
}
