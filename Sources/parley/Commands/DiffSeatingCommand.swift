import ArgumentParser
import Foundation
import Parley
import ParleyLayout
import ParleyModel

struct DiffSeatingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff-seating",
        abstract: "Say how the seating changed between consecutive rounds (mirrored, swapped sides, joined, left, seats).",
        discussion: "Example: parley diff-seating Samples/istanbul-2025.yaml --json")

    @Argument(help: "The model file.")
    var model: String

    @Option(help: "Rounds to compare, by id, comma-separated (default: every round with a table).")
    var rounds: String?

    @Flag(help: "Print JSON instead of sentences.")
    var json = false

    func validate() throws { _ = try rounds.map(RoundList.ids) }

    func run() throws {
        do {
            let meeting = try Parley.load(model).meeting
            let chosen = try LayoutOptions(roundIDs: rounds.map(RoundList.ids)).selectedRounds(of: meeting)
            let diffs = SeatingDiff.consecutive(in: meeting, rounds: chosen)
            let name = { (id: String) in meeting.party(id)?.name ?? id }
            let title = { (id: String) in meeting.round(id)?.displayTitle ?? id }
            if json {
                Console.json(SeatingDiffJSON.document(diffs, meeting: meeting).serialized())
            } else if diffs.isEmpty {
                Console.output("Fewer than two rounds have a table; nothing to compare.")
            } else {
                for diff in diffs {
                    Console.output(
                        SeatingChangeText(names: name, titles: title, placements: SeatingChangeText.placements(in: meeting)).caption(diff))
                    for change in diff.seatChanges {
                        let who = { (id: String?) in id.map { meeting.person($0)?.name ?? $0 } ?? "empty" }
                        Console.output("  \(change.side.rawValue) seat \(change.position): \(who(change.before)) → \(who(change.after))")
                    }
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
