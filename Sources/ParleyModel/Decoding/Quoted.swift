/// How a message quotes a value taken from the model: on one line, and short. A message about
/// a 15 MiB key says what is wrong without repeating the 15 MiB.
enum Quoted {
    static let maxShown = 60

    static func text(_ value: String) -> String {
        var shown = ""
        var count = 0
        for scalar in value.unicodeScalars {
            count += 1
            guard count <= maxShown else { continue }
            shown += Diagnostic.visible(scalar)
        }
        return count > maxShown ? "'\(shown)…' (\(count) characters)" : "'\(shown)'"
    }
}

/// A BCP 47 language tag as a model uses it: `en`, `ru`, `pt-BR`, `zh-Hant`.
enum LanguageCode {
    static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard code.utf8.count <= 35, let first = parts.first, (2...3).contains(first.count) || code == "native" else { return false }
        return parts.allSatisfy { part in (1...8).contains(part.count) && part.unicodeScalars.allSatisfy { Slug.isAlphanumeric($0) } }
    }
}
