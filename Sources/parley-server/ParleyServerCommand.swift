import ArgumentParser
import Foundation
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
