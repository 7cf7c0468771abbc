import Foundation

/// deploy/Dockerfile read the way the tests need it: its stages, and what each installs with
/// `apt-get install`, its `COPY --from` sources and its `CMD`. Not a Dockerfile parser in
/// general: only the instructions that file uses.
struct Dockerfile {
    struct Stage {
        var name: String?
        /// Every instruction of the stage, continuation lines joined.
        var instructions: [String] = []
        /// The packages of every `apt-get install` in the stage's RUN instructions.
        var installs: Set<String> = []
    }

    var stages: [Stage] = []
    /// The final stage's CMD in exec form.
    var command: [String] = []

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for instruction in Self.instructions(text) {
            let words = instruction.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let keyword = words.first?.uppercased() else { continue }
            if keyword == "FROM" {
                let name = words.count >= 4 && words[2].uppercased() == "AS" ? words[3] : nil
                stages.append(Stage(name: name))
            }
            guard !stages.isEmpty else { continue }
            stages[stages.count - 1].instructions.append(instruction)
            if keyword == "RUN" { stages[stages.count - 1].installs.formUnion(Self.aptInstalls(words)) }
            if keyword == "CMD" {
                let form = instruction.dropFirst(3).trimmingCharacters(in: .whitespaces)
                command = (try? JSONDecoder().decode([String].self, from: Data(form.utf8))) ?? []
            }
        }
    }

    var build: Stage? { stages.first }
    var runtime: Stage? { stages.last }

    /// Instructions with `\` continuations joined and comments dropped.
    private static func instructions(_ text: String) -> [String] {
        var result: [String] = [], current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") || (trimmed.isEmpty && current.isEmpty) { continue }
            if trimmed.hasSuffix("\\") {
                current += trimmed.dropLast() + " "
            } else {
                result.append(current + trimmed)
                current = ""
            }
        }
        return result
    }

    /// The package words after each `apt-get install`, up to the next `&&`, flags left out.
    private static func aptInstalls(_ words: [String]) -> Set<String> {
        var packages: Set<String> = []
        var index = 0
        while index + 1 < words.count {
            if words[index] == "apt-get", words[index + 1] == "install" {
                index += 2
                while index < words.count, words[index] != "&&", words[index] != ";" {
                    if !words[index].hasPrefix("-") { packages.insert(words[index]) }
                    index += 1
                }
            }
            index += 1
        }
        return packages
    }
}
