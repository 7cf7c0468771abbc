import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `parley serve` and `parley preview` run `parley-server`, the program beside `parley` that
/// links the HTTP stack: this process is replaced by it (`execv`), so signals, the exit status
/// and standard streams are the server's own, and a cold `parley render` never loads that stack.
public enum ServerLauncher {
    /// The subcommands `parley-server` runs.
    static let commands: Set<String> = ["serve", "preview"]

    /// The server program's file name, beside `parley`.
    static let programName = "parley-server"

    /// When the command line is `parley serve …`, `parley preview …` or `parley help serve`,
    /// replaces this process with `parley-server` given the same arguments; otherwise returns.
    /// Exits 1 with a message when that program is missing or cannot start.
    public static func replaceProcessIfServerCommand(_ arguments: [String] = CommandLine.arguments) {
        guard let forwarded = forwardedArguments(arguments) else { return }
        guard let program = serverProgram() else {
            Console.error(
                "error: parley \(forwarded[0]) runs \(programName), and there is none beside \(ownFile() ?? "parley"); build it with `swift build -c release --product \(programName)` (make release builds both)"
            )
            exit(1)
        }
        let argv = ([program] + forwarded).map { strdup($0) } + [nil]
        execv(program, argv)
        Console.error("error: cannot start \(program): \(String(cString: strerror(errno)))")
        exit(1)
    }

    /// The arguments `parley-server` is given, or nil when the command is not one of its own.
    static func forwardedArguments(_ arguments: [String]) -> [String]? {
        let given = Array(arguments.dropFirst())
        guard let first = given.first else { return nil }
        if commands.contains(first) { return given }
        if first == "help", given.count > 1, commands.contains(given[1]) { return [given[1], "--help"] }
        return nil
    }

    /// `parley-server` in the folder of this program's own file, when it is there and runnable.
    static func serverProgram() -> String? {
        guard let own = ownFile() else { return nil }
        let candidate = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(programName).path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    private static func ownFile() -> String? { ExportCommand.executablePath() }
}

/// `parley serve`, as `parley --help` lists it: `ServerLauncher` hands the command line to
/// `parley-server` before this is parsed, so its own options are documented there.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve charts over HTTP with Kroki's API (parley serve --help for the options; see docs/server.md).",
        discussion: "Example: parley serve --port 8000, then GET http://127.0.0.1:8000/parley/svg/<deflated, base64url model>")

    @Argument(parsing: .captureForPassthrough, help: "The server's options: parley serve --help lists them.")
    var arguments: [String] = []

    func run() throws {
        ServerLauncher.replaceProcessIfServerCommand(["parley", "serve"] + arguments)
    }
}

/// `parley preview`, as `parley --help` lists it (see `ServeCommand`).
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show every chart of a model in the browser, updated on every save (parley preview --help for the options).",
        discussion: "Example: parley preview Samples/istanbul-2025.yaml --open")

    @Argument(parsing: .captureForPassthrough, help: "The model and the preview's options: parley preview --help lists them.")
    var arguments: [String] = []

    func run() throws {
        ServerLauncher.replaceProcessIfServerCommand(["parley", "preview"] + arguments)
    }
}
