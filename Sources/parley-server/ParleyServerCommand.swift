import ArgumentParser
import Logging
import ParleyServer

/// `parley-server`: what `parley serve` and `parley preview` run (see `ServerLauncher`).
@main
struct ParleyServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "The render server and the live preview of parley.",
        subcommands: [ServeCommand.self, PreviewCommand.self])
}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve charts over HTTP with Kroki's API.")

    @Option(help: "The address to listen on (default: 127.0.0.1, this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port; 0 picks a free one.")
    var port = 8000

    func run() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        let app = ServerApplication.make(configuration: configuration, logger: Logger(label: "parley")) { port in
            print("parley serve: listening on http://\(host):\(port)")
        }
        try await app.runService()
    }
}
