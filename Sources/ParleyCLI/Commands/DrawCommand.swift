import ArgumentParser
import Parley
import ParleyScene

/// `parley draw SCENE -o FILE`: a scene document written by `render --format json` (or edited,
/// or made by another tool) drawn through the format table, as `render` would have drawn it.
struct DrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract: "Draw a scene JSON (from render --format json) to SVG, PNG or PDF.",
        discussion: """
            The same writers as render: a scene dumped with --format json and drawn here gives the
            bytes render gives, so a scene can be edited, made by another tool, or attached to a bug.

            Examples:
              parley render Samples/istanbul-2025.yaml --round round-2 -o round-2.json
              parley draw round-2.json -o round-2.png --scale 2
            """)

    @Argument(help: "The scene file (JSON); - reads standard input.", completion: .file(extensions: ["json"]))
    var scene: String

    @OptionGroup
    var file: OutputFileOptions

    @Option(help: ArgumentHelp("transparent, or a colour (#hex or CSS name) to replace the scene's.", valueName: "colour"))
    var background: BackgroundArgument?

    func run() throws {
        guard let format = file.resolvedFormat else { throw ExitCode.validationFailure }
        var request = ChartRequest()
        request.write = file.applied(to: request.write)
        request.write.background = background?.color
        do {
            let renderer = try ChartRenderer()
            let bytes = try renderer.render(try SceneFile.read(scene), request: request, format: format)
            renderer.warnings.forEach { Console.error($0.description) }
            try AtomicFile.write(bytes, to: file.output)
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
