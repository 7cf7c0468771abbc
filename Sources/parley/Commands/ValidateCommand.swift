import ArgumentParser
import Parley

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check models and print every problem as file:line:column.",
        discussion: "Example: parley validate Samples/*.yaml\nExits 1 when any model has an error; warnings alone exit 0.")

    @Argument(help: "Model files (YAML or JSON); - reads standard input.")
    var models: [String]

    func run() throws {
        var failed = false
        for path in models {
            do {
                let result = try Parley.load(path)
                result.warnings.forEach(Console.report)
            } catch {
                Console.report(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
