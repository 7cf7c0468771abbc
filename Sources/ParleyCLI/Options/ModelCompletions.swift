import ArgumentParser
import Parley
import ParleyModel
import ParleyScene

/// Completions that read the model named on the command line being completed: its round ids
/// for `--round` and `--rounds`, the languages for `--lang`. Anything that goes wrong
/// (no model yet, a model with errors, a scene) completes nothing rather than printing.
enum ModelCompletions {
    /// `--round`: the model's round ids.
    static var round: CompletionKind {
        .custom { words, index, _ in roundIDs(in: words, completing: index) }
    }

    /// `--rounds a,b`: the model's round ids after what is already typed, each named once.
    static var rounds: CompletionKind {
        .custom { words, index, prefix in
            let typed = prefix.split(separator: ",", omittingEmptySubsequences: false).dropLast().map(String.init)
            let start = typed.isEmpty ? "" : typed.joined(separator: ",") + ","
            return roundIDs(in: words, completing: index).filter { !typed.contains($0) }.map { start + $0 }
        }
    }

    /// `--lang`: the languages Parley writes, `native`, and those the model's names use.
    static var languages: CompletionKind {
        .custom { words, index, _ in Parley.availableLanguages(for: meeting(in: words, completing: index)) }
    }

    private static func roundIDs(in words: [String], completing index: Int) -> [String] {
        meeting(in: words, completing: index)?.rounds.map(\.id) ?? []
    }

    /// The model of the command line: its first word, after the command, that names a model
    /// file which loads; not the word being completed.
    private static func meeting(in words: [String], completing index: Int) -> Meeting? {
        let modelExtensions: Set<String> = ["yaml", "yml", "json"]
        for (position, word) in words.enumerated().dropFirst() where position != index {
            guard let dot = word.lastIndex(of: "."), modelExtensions.contains(word[word.index(after: dot)...].lowercased()) else {
                continue
            }
            if let loaded = try? Parley.load(word) { return loaded.meeting }
        }
        return nil
    }
}
