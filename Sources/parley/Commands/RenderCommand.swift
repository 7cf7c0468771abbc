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

    @Option(help: "One round, by id, for charts that can draw a single round.")
    var round: String?

    @Option(help: "Rounds to compare, by id, comma-separated (default: all).")
    var rounds: String?

    @Option(help: "How rounds share the time axis (default: clock).")
    var align: TimelineAlignment?

    @Option(help: "Clock for time labels (default: 24).")
    var clock: ClockStyle?

    @Option(
        name: .shortAndLong, help: "The output file; - writes to standard output.",
        completion: .file(extensions: OutputFormat.allCases.map(\.rawValue)))
    var output: String

    @Option(help: "The format; by default from the output file's extension.")
    var format: OutputFormat?

    @Option(help: "Canvas width in points.")
    var width: Double?

    @Option(help: "Canvas height in points (default: as tall as the chart needs).")
    var height: Double?

    @Option(help: "Pixels per point for PNG (2 for HiDPI; default: 1).")
    var scale: Double?

    @OptionGroup
    var style: ChartStyleOptions

    @Option(help: "Prefix for every id in an SVG, so several can be inlined in one page: ASCII letters, digits, '-', '_', '.'.")
    var idPrefix = ""

    @Flag(help: "Render again whenever the model file changes (until Ctrl-C).")
    var watch = false

    func validate() throws {
        guard let format = resolvedFormat() else {
            throw ValidationError(
                "cannot tell the format of '\(TerminalEscape.line(output))': give --format \(Self.formatList)")
        }
        if let scale, !(scale > 0 && scale <= 16) { throw ValidationError("--scale must be above 0 and at most 16") }
        if let width, !(width >= 1 && width <= 20000) { throw ValidationError("--width must be between 1 and 20000 points") }
        if let height, !(height >= 1 && height <= 20000) { throw ValidationError("--height must be between 1 and 20000 points") }
        if let problem = WriteOptions.idPrefixProblem(idPrefix) { throw ValidationError("--id-prefix: \(problem)") }
        if watch, model == "-" { throw ValidationError("--watch needs a model file, not standard input") }
        let given: [ChartOption] = [
            align.map { _ in .alignment }, clock.map { _ in .clock }, rounds.map { _ in .roundSelection },
        ].compactMap { $0 }
        let selectsOne = rounds.map { $0.split(separator: ",").count == 1 } ?? false
        if let problem = OptionCombinations.problem(chart: chart.chart, oneRound: round != nil, selectsOne: selectsOne, options: given) {
            throw OptionCombinations.refuse(problem)
        }
        if scale != nil, let problem = OptionCombinations.scaleProblem(formats: [format], given: format.rawValue.uppercased()) {
            throw OptionCombinations.refuse(problem)
        }
    }

    /// `svg, png, pdf or json`, from the format table.
    private static var formatList: String {
        let names = OutputFormat.allCases.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    private func resolvedFormat() -> OutputFormat? {
        format ?? OutputFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)
    }

    func run() throws {
        guard let format = resolvedFormat() else { throw ExitCode(2) }
        var request = style.request(
            chart: chart.chart.name,
            layout: LayoutOptions(
                width: width, height: height, roundID: round,
                roundIDs: rounds.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } },
                alignment: align ?? .clock, clock: clock ?? .twentyFour))
        request.write.scale = scale ?? 1
        request.write.svgIDPrefix = idPrefix
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
