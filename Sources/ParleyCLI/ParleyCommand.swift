import ArgumentParser
import Parley

/// The `parley` command and its subcommands; `Sources/parley/main.swift` runs it.
public struct ParleyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Diagrams of meetings and negotiations: session timelines and seating, from a YAML or JSON model.",
        discussion: """
            Examples:
              parley validate Samples/istanbul-2025.yaml
              parley render Samples/istanbul-2025.yaml --round round-2 -o round-2.svg
              parley export Samples --out Output
              parley describe Samples/istanbul-2025.yaml --round round-2
              parley schema > parley-schema.json
            """,
        version: Parley.version,
        subcommands: [
            RenderCommand.self, DrawCommand.self, ExportCommand.self, ReportCommand.self, ValidateCommand.self, DescribeCommand.self,
            RoundsCommand.self,
            DiffSeatingCommand.self,
            MergeManifestsCommand.self, SchemaCommand.self, FlagWorkerCommand.self,
            LanguagesCommand.self, ServeCommand.self, PreviewCommand.self,
        ]
    )

    public init() {}
}
