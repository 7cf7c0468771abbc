import ArgumentParser
import Foundation
import Parley
import ParleyLayout
import ParleyScene

/// `--lang`: the one option for the chart's language, its words and its names, shared by every
/// command that writes chart text. `--names` is its old spelling, still read; export takes
/// several languages (`--lang en,ru` or `--lang` again), the other commands one.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"), parsing: .singleValue,
        help: ArgumentHelp(LanguageOptions.help, valueName: "code"), completion: ModelCompletions.languages)
    var lang: [String] = []

    /// The former option, now `--lang`, kept so scripts keep working.
    @Option(help: .hidden)
    var names: String?

    static var help: String {
        "The chart's language, for its words and names: \(Parley.availableLanguages().joined(separator: ", ")) "
            + "(native: each name in its own script), or one the model has names in (default: the model's lang, else en); "
            + "export takes several, each into its own folder (--lang en,ru)."
    }

    func validate() throws {
        for code in languages where code.isEmpty {
            throw ValidationError("--lang names no language; give one, e.g. --lang \(Strings.availableLanguages.last ?? "en")")
        }
        if let names, !lang.isEmpty, languages != [names] {
            throw ValidationError(
                "--lang and --names are one option (--names is its old name), and they say '\(TerminalEscape.line(lang.joined(separator: ",")))' and '\(TerminalEscape.line(names))'; give --lang once"
            )
        }
        if let twice = Self.repeated(in: languages) {
            throw ValidationError("--lang names '\(TerminalEscape.line(twice))' twice; name each language once")
        }
    }

    /// Every language asked for, in order: `--lang a,b --lang c` is a, b, c; `--names` alone is one.
    var languages: [String] {
        let given = lang.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        return given.isEmpty ? (names.map { [$0] } ?? []) : given
    }

    /// The one language of a command that writes one chart; `nil` for the model's `lang`, else English.
    var language: String? { languages.first }

    /// For commands that write one language: refuses several.
    func requireOne(command: String) throws {
        guard languages.count > 1 else { return }
        throw ValidationError(
            "--lang gives \(languages.count) languages (\(TerminalEscape.line(languages.joined(separator: ",")))), and \(command) writes one; give one, or use parley export for several"
        )
    }

    private static func repeated(in codes: [String]) -> String? {
        var seen = Set<String>()
        for code in codes where !seen.insert(code).inserted { return code }
        return nil
    }
}
