import ArgumentParser
import Foundation
import Parley
import ParleyExport
import ParleyLayout
import ParleyScene

#if canImport(Glibc)
    import Glibc
#endif

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every chart of every round of one or more meetings, with a manifest.",
        discussion: """
            Writes \(ExportCommand.planText) (each where the meeting has what the chart
            draws), and <out>/manifest.json. With several languages (--lang en,ru or --lang again)
            each goes into <out>/<lang>/, and the manifest gives each file's language.
            Files whose bytes would not change are not rewritten.
            An invalid model is reported and skipped; the exit status is 1 when any failed.

            Examples:
              parley export Samples
              parley export meetings/ --formats svg,png --jobs 8
              parley export Samples --lang en,ru,uk,tr    # <out>/<lang>/<meeting>/…, one manifest
              parley export archive/ --shard 3/10        # the 3rd of 10 parts; see docs/export.md
            """)

    @Argument(
        help: "Model files, or folders whose *.yaml, *.yml and *.json files to export.",
        completion: .file(extensions: ["yaml", "yml", "json"]))
    var inputs: [String]

    @Option(help: "The output folder.", completion: .directory)
    var out = "Output"

    @Option(help: "Comma-separated formats, each once.")
    var formats = OutputFormatList.pictures

    @Option(help: "Models exported at once; the default is the number of cores.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Export only the K-th of N parts (K/N), split by file.")
    var shard: String?

    @Option(help: "Pixels per point for raster formats (png; default: 1).")
    var scale: Double?

    @Option(help: "How SVGs set text: outline (Cairo's glyph outlines) or native (<text> with embedded fonts) (default: outline).")
    var svgText: SVGTextMode?

    @Option(help: "A second theme for readers in dark mode: SVGs with both palettes (needs --svg-text native).")
    var darkTheme: ThemeName?

    @OptionGroup
    var style: ChartStyleOptions

    @OptionGroup
    var notes: ChartNotesOptions

    @Flag(help: .hidden)
    var worker = false

    func validate() throws {
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/8") }
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
        try OutputFileOptions.check(scale: scale)
        if let twice = formats.repeated {
            throw ValidationError(
                "--formats names \(twice.rawValue) twice; name each format once, e.g. --formats \(OutputFormatList.pictures.defaultValueDescription)"
            )
        }
        if svgText != nil, !formats.formats.contains(.svg) {
            throw ValidationError("--svg-text applies only to svg, and --formats has none; leave --svg-text out, or add svg to --formats")
        }
        if darkTheme != nil {
            if !formats.formats.contains(.svg) {
                throw ValidationError(
                    "--dark-theme writes SVGs with both palettes, and --formats has no svg; leave --dark-theme out, or add svg to --formats"
                )
            }
            if let problem = OutputFileOptions.darkThemeProblem(format: nil, svgText: svgText) { throw ValidationError(problem) }
            if let darkTheme, let problem = OutputFileOptions.sameThemeProblem(theme: style.theme, darkTheme: darkTheme) {
                throw ValidationError(problem)
            }
        }
        if scale != nil,
            let problem = OptionCombinations.scaleProblem(formats: formats.formats, given: "--formats \(formats.defaultValueDescription)")
        {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        // The workers parse this same command line and build this same request, so every
        // option of `style` reaches the files they write.
        var request = notes.applied(to: style.request())
        request.write.scale = scale ?? 1
        request.write.svgText = svgText ?? .outline
        request.darkTheme = darkTheme?.theme
        var options = ExportOptions(
            formats: formats.formats, outputFolder: out, jobs: jobs, shard: shard.flatMap(Shard.init), request: request)
        options.languages = style.languages
        if worker {
            Exporter.serveAsWorker(options: options)
            return
        }
        // Worker processes rather than threads: Cairo serialises SVG output within a process.
        // Workers get this command's own arguments, so every option reaches them as given.
        if let executable = Self.executablePath(), let export = CommandLine.arguments.firstIndex(of: "export") {
            var arguments = CommandLine.arguments
            arguments[0] = executable
            arguments.insert("--worker", at: export + 1)
            options.workerCommand = arguments
        }
        // Ctrl-C, SIGTERM and SIGHUP stop the export at the next file, with a manifest of what was done.
        ExportInterruption.installForExport()
        options.waiting = { Console.error($0) }
        let onTerminal = isatty(2) == 1
        let summary: ExportSummary
        do {
            summary = try Exporter.run(inputs, options: options) { done, total in
                guard onTerminal else { return }
                let width = 30, filled = total == 0 ? width : width * done / total
                Console.errorInline(
                    "\r[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) models")
            }
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
        if onTerminal { Console.errorInline("\r\u{1B}[K") }
        // Every model's problem first: a manifest that cannot be written must not hide them.
        // After a stop, the models it left are summed up in the last line rather than listed.
        // A failure is one or more escaped lines (`ParleyError.lines`); escaping again is a no-op.
        summary.warnings.forEach { Console.error($0) }
        for failure in summary.failures where summary.stoppedBy == nil || !failure.stopped {
            failure.message.split(separator: "\n").forEach { Console.error(String($0)) }
        }
        if let failure = summary.manifestFailure { Console.error(failure) }
        Console.error(summary.line)
        if let signal = summary.stoppedBy { throw ExitCode(128 + signal) }
        if !summary.failures.isEmpty || summary.manifestFailure != nil { throw ExitCode(1) }
    }
}

extension ExportCommand {
    /// The files an export makes, as the registry says: `<meeting>/timeline.<ext>`, … .
    static var planText: String {
        let placed = ChartRegistry.charts.flatMap { chart in
            chart.exported.map { ($0.level == .meeting ? "<meeting>/" : "<meeting>/<round>/") + "\(chart.name).<ext>" }
        }
        return placed.joined(separator: ", ")
    }

    /// This program's own file, for starting workers; nil where the system does not say.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
