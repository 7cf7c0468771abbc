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

    @Argument(help: "The model file (YAML or JSON); - reads standard input.")
    var model: String

    @Option(help: "The chart: \(ChartRegistry.names.joined(separator: ", ")).")
    var chart = TimelineLayout.name

    @Option(help: "One round, by id, for charts of a single round.")
    var round: String?

    @Option(help: "Rounds to compare, by id, comma-separated (default: all).")
    var rounds: String?

    @Option(help: "How rounds share the time axis: clock, elapsed or calendar.")
    var align = TimelineAlignment.clock.rawValue

    @Option(help: "Clock for time labels: 24 or 12.")
    var clock = ClockStyle.twentyFour.rawValue

    @Option(name: .shortAndLong, help: "The output file; - writes to standard output.")
    var output: String

    @Option(help: "svg, png, pdf or json; by default from the output file's extension.")
    var format: String?

    @Option(help: "Canvas width in points.")
    var width: Double?

    @Option(help: "Canvas height in points (default: as tall as the chart needs).")
    var height: Double?

    @Option(help: "Pixels per point for PNG (2 for HiDPI).")
    var scale = 1.0

    @Option(help: "light, dark or print.")
    var theme = "light"

    @Option(help: "transparent, or a colour (#hex or CSS name) to replace the theme's.")
    var background: String?

    @Option(help: "Font family for every label.")
    var font = Font.defaultFamily

    @Flag(inversion: .prefixedNo, help: "Draw the chart's title.")
    var title = true

    @Option(help: "Prefix for every id in an SVG, so several can be inlined in one page: ASCII letters, digits, '-', '_', '.'.")
    var idPrefix = ""

    @Option(help: "Language for names: en, ru, uk, tr, native…")
    var lang: String?

    @Option(help: "Names on seats: native for the native spelling (same as --lang native).")
    var names: String?

    @Flag(help: "Let flag pictures come from outside the model's folder.")
    var allowExternalImages = false

    @Flag(help: "Render again whenever the model file changes (until Ctrl-C).")
    var watch = false

    func validate() throws {
        guard resolvedFormat() != nil else {
            throw ValidationError("cannot tell the format of '\(TerminalEscape.line(output))': give --format svg, png, pdf or json")
        }
        guard scale > 0, scale <= 16 else { throw ValidationError("--scale must be above 0 and at most 16") }
        if let width, !(width >= 1 && width <= 20000) { throw ValidationError("--width must be between 1 and 20000 points") }
        if let height, !(height >= 1 && height <= 20000) { throw ValidationError("--height must be between 1 and 20000 points") }
        guard Theme.named(theme) != nil else {
            throw ValidationError("unknown theme '\(TerminalEscape.line(theme))'; themes are light, dark, print")
        }
        if let background, Color(parsing: background) == nil {
            throw ValidationError("'\(TerminalEscape.line(background))' is not a colour: use transparent, #RRGGBB or a CSS name")
        }
        guard TimelineAlignment(rawValue: align) != nil else { throw ValidationError("--align must be clock, elapsed or calendar") }
        guard ClockStyle(rawValue: clock) != nil else { throw ValidationError("--clock must be 24 or 12") }
        guard ChartRegistry.chart(named: chart) != nil else {
            throw ValidationError(
                "unknown chart '\(TerminalEscape.line(chart))'; charts are \(ChartRegistry.names.joined(separator: ", "))")
        }
        if let problem = WriteOptions.idPrefixProblem(idPrefix) { throw ValidationError("--id-prefix: \(problem)") }
        if watch, model == "-" { throw ValidationError("--watch needs a model file, not standard input") }
    }

    private func resolvedFormat() -> OutputFormat? {
        if let format { return OutputFormat(rawValue: format.lowercased()) }
        return OutputFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)
    }

    func run() throws {
        guard let format = resolvedFormat() else { throw ExitCode(2) }
        var request = ChartRequest(
            chart: chart,
            layout: LayoutOptions(
                width: width, height: height, theme: Theme.named(theme) ?? .light, fontFamily: font, showsTitle: title,
                language: names ?? lang,
                roundID: round,
                roundIDs: rounds.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } },
                alignment: TimelineAlignment(rawValue: align) ?? .clock, clock: ClockStyle(rawValue: clock) ?? .twentyFour),
            write: WriteOptions(scale: scale, background: background.flatMap { Color(parsing: $0) }, svgIDPrefix: idPrefix))
        request.allowExternalImages = allowExternalImages
        let renderer: ChartRenderer
        do { renderer = try ChartRenderer() } catch {
            Console.report(error)
            throw ExitCode(1)
        }
        // Read before the first render, so an edit made while it runs is not missed.
        var seen = modificationDate()
        let succeeded = renderOnce(with: renderer, request: request, format: format)
        guard watch else {
            if !succeeded { throw ExitCode(1) }
            return
        }
        // A parent that blocks SIGTERM or SIGINT (some test runners and supervisors do) would
        // otherwise leave a watcher that nothing but SIGKILL can stop.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopSignals, signal) }
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
        // Poll the model's modification time: simple, and it works on every file system.
        Console.error("watching \(model); press Ctrl-C to stop")
        while true {
            usleep(250_000)
            let now = modificationDate()
            guard now != seen else { continue }
            seen = now
            if renderOnce(with: renderer, request: request, format: format) { Console.error("rendered \(output)") }
        }
    }

    private func modificationDate() -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: model))?[.modificationDate] as? Date
    }

    /// Renders and writes once; prints problems and says whether it worked.
    private func renderOnce(with renderer: ChartRenderer, request: ChartRequest, format: OutputFormat) -> Bool {
        do {
            let loaded = try Parley.load(model)
            loaded.warnings.forEach(Console.report)
            let bytes = try renderer.render(try renderer.scene(of: loaded, request: request), request: request, format: format)
            renderer.warnings.forEach { Console.error($0.description) }
            try AtomicFile.write(bytes, to: output)
            return true
        } catch {
            Console.report(error)
            return false
        }
    }
}
