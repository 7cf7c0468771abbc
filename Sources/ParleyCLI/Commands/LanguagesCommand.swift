import ArgumentParser
import Foundation
import ParleyLayout

/// `parley languages`: which languages Parley speaks and how much of each, and the start of a new one.
struct LanguagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "languages",
        abstract: "List the chart languages, or print a template for a new language file.",
        discussion: """
            Each language is one file, Sources/ParleyLayout/Languages/<code>.txt (docs/languages.md).
            A key a language leaves out is said in English.
            Examples:
              parley languages
              parley languages --missing
              parley languages --template de > Sources/ParleyLayout/Languages/de.txt
            """)

    @Flag(help: "After each language, list the keys it leaves to English.")
    var missing = false

    @Option(
        name: .long, help: ArgumentHelp("Print a new language file for this code, with CLDR's dates filled in.", valueName: "code"))
    var template: String?

    func validate() throws {
        if template != nil, missing { throw ValidationError("--template prints a new file; --missing lists the existing ones: give one.") }
    }

    func run() throws {
        if let code = template {
            guard let text = LanguageTemplate.text(for: code) else {
                throw ValidationError(
                    "'\(code)' is not a language Foundation has CLDR data for (an ISO 639 code such as de, fr or pl); Parley has \(Strings.availableLanguages.joined(separator: ", "))."
                )
            }
            print(text, terminator: "")
            return
        }
        let total = StringKey.allCases.count
        for code in Strings.availableLanguages {
            guard let strings = Strings.language(code) else { continue }
            let gaps = strings.missingKeys
            print("\(code)\t\(strings.languageName)\t\(total - gaps.count)/\(total) keys")
            if missing {
                for key in gaps { print("  \(key.rawValue)") }
            }
        }
    }
}
