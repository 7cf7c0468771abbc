import ArgumentParser
import Parley
import ParleyLayout

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Print the plain-language summary of a meeting or a round, for captions and alt text.",
        discussion: "Example: parley describe Samples/istanbul-2025.yaml --round round-2")

    @Argument(help: "The model file.")
    var model: String

    @Option(help: "One round, by id.")
    var round: String?

    @Option(help: "How times read: 24 (14:43) or 12 (2:43 p.m.).")
    var clock: ClockStyle = .twentyFour

    func run() throws {
        do {
            Console.output(try Parley.describe(try Parley.load(model), roundID: round, clock: clock))
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
