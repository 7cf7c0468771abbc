import ArgumentParser
import Foundation
import Parley
import ParleyLayout
import ParleyModel

struct DiffSeatingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff-seating",
        abstract:
            "Say how the seating changed between rounds: mirrored, rotated, swapped, joined, left, grew or shrank, and who moved.",
        discussion: """
            Compares each round with a table to the next one, or each consecutive pair of the rounds --rounds lists, in that \
            order (--rounds a,c compares a with c). Prints the ranked sentences, then per-person detail; --json prints the \
            facts as the versioned document of docs/diff-seating-json.md.
            Example: parley diff-seating Samples/istanbul-2025.yaml --json
            """)

    @Argument(help: "The model file.")
    var model: String

    @Option(help: "Rounds to compare, by id, comma-separated: each consecutive pair (default: every round with a table).")
    var rounds: String?

    @OptionGroup
    var language: LanguageOptions

    @Flag(help: "Print JSON instead of sentences.")
    var json = false

    func validate() throws {
        _ = try rounds.map(RoundList.ids)
        try language.requireOne(command: "diff-seating")
    }

    func run() throws {
        do {
            let loaded = try Parley.load(model)
            let meeting = loaded.meeting
            if let warning = try Parley.checkLanguage(language.language, for: meeting) { Console.report(warning) }
            let chosen = try LayoutOptions(roundIDs: rounds.map(RoundList.ids)).selectedRounds(of: meeting)
            if rounds != nil, let bare = chosen.first(where: { $0.table == nil }) {
                let seated = meeting.rounds.filter { $0.table != nil }.map(\.id)
                Console.error(
                    "\(model): error: --rounds names round '\(bare.id)', which has no table; rounds with a table: "
                        + (seated.isEmpty ? "none" : seated.joined(separator: ", ")))
                throw ExitCode(1)
            }
            let diffs = SeatingDiff.consecutive(in: meeting, rounds: chosen)
            if json {
                Console.json(SeatingDiffJSON.document(diffs, meeting: meeting).serialized())
            } else if diffs.isEmpty {
                Console.output(Parley.strings(for: meeting, language: language.language).text(.diffSeatingNothingToCompare))
            } else {
                let options = LayoutOptions(language: language.language)
                let names = options.namesLanguage(of: meeting)
                let text = SeatingChangeText(
                    strings: options.strings(for: meeting), names: { meeting.party($0)?.name(in: names) ?? $0 },
                    titles: { meeting.round($0)?.displayTitle(in: names) ?? $0 },
                    placements: SeatingChangeText.placements(in: meeting), people: { meeting.person($0)?.name(in: names) ?? $0 })
                for (index, diff) in diffs.enumerated() {
                    if index > 0 { Console.output("") }
                    for sentence in text.sentences(for: diff) { Console.output(sentence) }
                    for line in text.details(for: diff, partyOf: { meeting.person($0)?.party }) { Console.output("  " + line) }
                }
            }
        } catch let error as ParleyError {
            Console.report(error)
            throw ExitCode(1)
        } catch let error as LayoutError {
            Console.error("\(model): error: \(error.message)")
            throw ExitCode(1)
        }
    }
}
