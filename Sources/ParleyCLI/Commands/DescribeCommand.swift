import ArgumentParser
import Parley
import ParleyLayout

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Print the plain-language summary of a meeting or a round, for captions and alt text.",
        discussion: "Example: parley describe Samples/istanbul-2025.yaml --round round-2 --lang tr")

    @Argument(help: "The model file.")
    var model: String

    @Option(help: "One round, by id.")
    var round: String?

    @Option(help: "How times read: 24 (14:43) or 12 (2:43 p.m.).")
    var clock: ClockStyle = .twentyFour

    @OptionGroup
    var language: LanguageOptions

    func validate() throws { try language.requireOne(command: "describe") }

    func run() throws {
        do {
            let loaded = try Parley.load(model)
            loaded.warnings.forEach(Console.report)
            if let warning = try Parley.checkLanguage(language.language, for: loaded.meeting) { Console.report(warning) }
            Console.output(try Parley.describe(loaded, roundID: round, clock: clock, language: language.language))
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
