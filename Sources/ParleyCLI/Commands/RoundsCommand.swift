import ArgumentParser
import Parley
import ParleyLayout

struct RoundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "List a model's rounds: id, date and times, one a line (ids only with --ids).",
        discussion: "Example: for r in $(parley rounds --ids model.yaml); do parley render model.yaml --round $r -o $r.svg; done")

    @Argument(help: "The model file.")
    var model: String

    @Flag(help: "Print only the ids.")
    var ids = false

    @Flag(help: "Only rounds that have a table (for seating charts).")
    var withTable = false

    @Option(help: "How times read: 24 (14:43) or 12 (2:43 p.m.).")
    var clock: ClockStyle = .twentyFour

    @OptionGroup
    var language: LanguageOptions

    func validate() throws { try language.requireOne(command: "rounds") }

    func run() throws {
        do {
            let meeting = try Parley.load(model).meeting
            if let warning = try Parley.checkLanguage(language.language, for: meeting) { Console.report(warning) }
            // The titles as the charts in this language show them (`titles:`).
            let options = LayoutOptions(language: language.language)
            let titles = options.namesLanguage(of: meeting)
            let strings = options.strings(for: meeting)
            for round in meeting.rounds where !withTable || round.table != nil {
                let span = Formatting.span(round, meeting: meeting, clock: clock, strings: strings)
                Console.output(fields: ids ? [round.id] : [round.id, "\(round.date)", span, round.displayTitle(in: titles)])
            }
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
