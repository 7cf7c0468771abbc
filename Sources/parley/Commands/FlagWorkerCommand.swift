import ArgumentParser
import Parley

/// `parley flag-worker`: the child process that draws one SVG flag under resource limits.
/// Parley starts it itself; it is not meant to be typed.
struct FlagWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag-worker",
        abstract: "Draw an SVG flag from standard input as a PNG on standard output, under CPU and memory limits.",
        shouldDisplay: false)

    @Option(help: "CPU milliseconds the worker may spend (at most 1000).")
    var cpuMilliseconds = 1000

    func run() throws {
        let status = FlagWorker.run(cpuMilliseconds: cpuMilliseconds)
        if status != 0 { throw ExitCode(status) }
    }
}
