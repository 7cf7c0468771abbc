import ArgumentParser
import Parley

/// `parley flag-worker`: the child process that draws SVG flags under resource limits.
/// Parley starts it itself; it is not meant to be typed.
struct FlagWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flag-worker",
        abstract: "Draw SVG flags from standard input as PNGs on standard output, under CPU and memory limits.",
        discussion: "Records both ways are a 4-byte big-endian length and the bytes; each answer has a status byte before it.",
        shouldDisplay: false)

    @Option(help: "CPU milliseconds the worker may spend in all (each flag at most 1000).")
    var cpuMilliseconds = 1000

    func run() throws {
        let status = FlagWorker.run(cpuMilliseconds: cpuMilliseconds)
        if status != 0 { throw ExitCode(status) }
    }
}
