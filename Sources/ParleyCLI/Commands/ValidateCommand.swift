import ArgumentParser
import Parley

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check models and print every problem as file:line:column.",
        discussion:
            "Example: parley validate Samples/*.yaml\nFlag pictures are checked as render reads them. Exits 1 when any model has an error; warnings alone exit 0."
    )

    @Argument(help: "Model files (YAML or JSON); - reads standard input.")
    var models: [String]

    @Flag(help: "Let flag pictures come from outside the model's folder.")
    var allowExternalImages = false

    func run() throws {
        var failed = false
        for path in models {
            do {
                let result = try Parley.load(path)
                result.warnings.forEach(Console.report)
                let flags = try FlagImageLoader.load(for: result.meeting, folder: result.baseFolder, allowExternal: allowExternalImages)
                flags.warnings.forEach(Console.report)
            } catch {
                Console.report(error)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
