import ArgumentParser
import Parley

@main
struct ParleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Diagrams of meetings and negotiations: session timelines and seating, from a YAML or JSON model.",
        discussion: """
            Examples:
              parley validate Samples/istanbul-2025.yaml
              parley render Samples/istanbul-2025.yaml -o overview.svg
              parley schema > parley-schema.json
            """,
        version: Parley.version,
        subcommands: [RenderCommand.self, ValidateCommand.self, RoundsCommand.self, DiffSeatingCommand.self, SchemaCommand.self]
    )
}
