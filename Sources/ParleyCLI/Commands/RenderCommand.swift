import ArgumentParser
import Foundation
import Parley
import ParleyLayout
import ParleyModel
import ParleyScene

#if canImport(Glibc)
    import Glibc
#endif

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one chart of a model to SVG, PNG, PDF or the scene as JSON.",
        discussion: """
            Examples:
              parley render Samples/istanbul-2025.yaml -o rounds.svg
              parley render Samples/istanbul-2025.yaml --round round-2 -o round-2.png --scale 2
              parley render Samples/istanbul-2025.yaml --align elapsed -o durations.pdf
              parley render Samples/istanbul-2025.yaml --format svg -o - > overview.svg
            """)

    @Argument(help: "The model file (YAML or JSON); - reads standard input.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var model: String

    @Option(help: "The chart.")
    var chart = ChartArgument(TimelineLayout.self)

    @Option(help: "One round, by id, for charts that can draw a single round.", completion: ModelCompletions.round)
    var round: String?

    @Option(help: "Rounds to compare, by id, comma-separated, each once (default: all).", completion: ModelCompletions.rounds)
    var rounds: String?

    @Option(help: "How rounds share the time axis (default: auto, see docs/timelines.md).")
    var align: TimelineAlignment?

    @OptionGroup
    var file: OutputFileOptions

    @Option(help: "A second theme for readers in dark mode: one SVG with both palettes (needs --svg-text native).")
    var darkTheme: ThemeName?

    @Option(help: "Canvas width in points.")
    var width: Double?

    @Option(help: "Canvas height in points (default: as tall as the chart needs).")
    var height: Double?

    @OptionGroup
    var style: ChartStyleOptions

    @OptionGroup
    var notes: ChartNotesOptions

    @Flag(help: "Render again whenever the model file changes (until Ctrl-C).")
    var watch = false

    private var output: String { file.output }

    func validate() throws {
        try style.languageOptions.requireOne(command: "render")
        let side = LayoutOptions.maximumSide
        if let width, !(width >= 1 && width <= side) { throw ValidationError("--width must be between 1 and \(Int(side)) points") }
        if let height, !(height >= 1 && height <= side) { throw ValidationError("--height must be between 1 and \(Int(side)) points") }
        if darkTheme != nil, let problem = OutputFileOptions.darkThemeProblem(format: file.resolvedFormat, svgText: file.svgText) {
            throw ValidationError(problem)
        }
        if let darkTheme, let problem = OutputFileOptions.sameThemeProblem(theme: style.theme, darkTheme: darkTheme) {
            throw ValidationError(problem)
        }
        if let fit = style.fit, width != nil {
            throw ValidationError("--fit \(fit.rawValue) and --width both set the canvas width; give one of them")
        }
        if watch, model == "-" { throw ValidationError("--watch needs a model file, not standard input") }
        let roundIDs = try rounds.map(RoundList.ids)
        let given: [ChartOption] = [
            align.map { _ in .alignment }, style.clock.map { _ in .clock }, rounds.map { _ in .roundSelection },
        ].compactMap { $0 }
        let selectsOne = roundIDs?.count == 1
        if let problem = OptionCombinations.problem(chart: chart.chart, oneRound: round != nil, selectsOne: selectsOne, options: given) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        guard let format = file.resolvedFormat else { throw ExitCode.validationFailure }
        let request = try chartRequest()
        let renderer: ChartRenderer
        do { renderer = try ChartRenderer() } catch {
            Console.report(error)
            throw ExitCode(1)
        }
        // Watching from before the first render, so an edit made while it runs is not missed.
        let watcher = watch ? FileWatcher(paths: [model]) : nil
        let first = renderOnce(with: renderer, request: request, format: format)
        guard let watcher else {
            if !first.rendered { throw ExitCode(1) }
            return
        }
        // A parent that blocks SIGTERM or SIGINT (some test runners and supervisors do) would
        // otherwise leave a watcher that nothing but SIGKILL can stop.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopSignals, signal) }
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
        // The model and the flag pictures it uses; while the model does not load, the pictures
        // of the last one that did.
        var lastLoaded = first.loaded
        watcher.watch(WatchedFiles.of(modelPath: model, loaded: lastLoaded))
        Console.error("watching \(model) and its flag pictures; press Ctrl-C to stop")
        while watcher.nextChange() != nil {
            let again = renderOnce(with: renderer, request: request, format: format)
            if again.rendered { Console.error("rendered \(output)") }
            if let loaded = again.loaded { lastLoaded = loaded }
            watcher.watch(WatchedFiles.of(modelPath: model, loaded: lastLoaded))
        }
    }

    /// What these options ask to draw and how; `ChartArguments` reads a server's options with it.
    func chartRequest() throws -> ChartRequest {
        var request = notes.applied(
            to: style.request(
                chart: chart.chart.name,
                layout: LayoutOptions(
                    width: width, height: height, roundID: round, roundIDs: try rounds.map(RoundList.ids), alignment: align ?? .automatic)))
        request.write = file.applied(to: request.write)
        request.darkTheme = darkTheme?.theme
        return request
    }

    /// Renders and writes once; prints problems and says whether it worked, with the model
    /// when it loaded (whose flag pictures a watcher then watches).
    private func renderOnce(with renderer: ChartRenderer, request: ChartRequest, format: OutputFormat) -> (
        rendered: Bool, loaded: LoadedModel?
    ) {
        var loadedModel: LoadedModel?
        do {
            let loaded = try Parley.load(model)
            loadedModel = loaded
            loaded.warnings.forEach(Console.report)
            let scene = try renderer.scene(of: loaded, request: request)
            let bytes = try renderer.render(
                scene, of: loaded.meeting, file: loaded.file, baseFolder: loaded.baseFolder, request: request, format: format)
            renderer.warnings.forEach { Console.error($0.description) }
            try AtomicFile.write(bytes, to: output)
            return (true, loaded)
        } catch {
            if let scene = SceneFile.misreadAsModel(model) {
                Console.error(scene)
            } else {
                Console.report(error)
            }
            return (false, loadedModel)
        }
    }
}
