import ArgumentParser
import Foundation
import Logging
import NIOCore
import ParleyCLI
import ParleyServer

#if canImport(Glibc)
    import Glibc
#endif

/// `parley preview MODEL`: every chart of the model in a browser page on 127.0.0.1, updated
/// in place on every save of the model or of a flag picture it uses (see docs/preview.md).
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show every chart of a model in the browser, updated on every save (see docs/preview.md).",
        discussion: """
            The page is at http://127.0.0.1:PORT/ (printed); it shows every chart `parley export` makes of the \
            model and follows each save of the model and of its flag pictures. The chart options apply to every \
            chart that takes them (--align to the timeline of all rounds, --clock to the charts that print times).
            Examples:
              parley preview Samples/istanbul-2025.yaml --open
              parley preview Samples/istanbul-2025.yaml --port 8100 --theme dark --lang ru
            """)

    @Argument(help: "The model file (YAML or JSON).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var model: String

    @Option(help: "The port on 127.0.0.1; 0 (the default) picks a free one.")
    var port = 0

    @Flag(help: "Open the page in a browser (xdg-open, else $BROWSER).")
    var open = false

    @Option(help: "The colours: light, dark or print (the page can switch).")
    var theme: String?

    @Option(help: "A second theme for readers in dark mode (one SVG with both palettes).")
    var darkTheme: String?

    @Option(help: "The charts' language (en, ru, tr, uk, native; the page can switch).")
    var lang: String?

    @Option(help: "Clock for every time printed: 24 or 12.")
    var clock: String?

    @Option(help: "How the timeline of all rounds shares its time axis (auto, clock, elapsed, days, calendar).")
    var align: String?

    @Option(help: "How much of the notes and sources a chart draws: full, markers or none.")
    var notes: String?

    @Option(help: "Canvas width in points, for every chart.")
    var width: String?

    @Option(help: "Lay every chart out for a page or column: a4, letter or article.")
    var fit: String?

    @Option(help: "Font family for every label.")
    var font: String?

    @Option(help: ArgumentHelp("transparent, or a colour (#hex or CSS name) to replace the theme's.", valueName: "colour"))
    var background: String?

    @Flag(inversion: .prefixedNo, help: "Draw the charts' titles.")
    var title = true

    @Option(help: "SVG text: native (real text, the default) or outline.")
    var svgText: String?

    /// The chart options given, by their command-line names, as `ChartArguments` reads them.
    var chartOptions: [PreviewOption] {
        let given: [(String, String?)] = [
            ("theme", theme), ("dark-theme", darkTheme), ("lang", lang), ("clock", clock), ("align", align), ("notes", notes),
            ("width", width), ("fit", fit), ("font", font), ("background", background), ("title", title ? nil : "false"),
            ("svg-text", svgText),
        ]
        return given.compactMap { name, value in value.map { PreviewOption(name, $0) } }
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        do {
            try PreviewChart.check(chartOptions)
        } catch {
            throw ValidationError(error.message)
        }
    }

    func run() async throws {
        let session = PreviewSession(modelPath: model, options: chartOptions)
        var logger = Logger(label: "parley-preview")
        logger.logLevel = .warning
        let app = PreviewApplication.make(session: session, port: port, logger: logger) { port in
            let url = "http://\(PreviewApplication.host):\(port)/"
            // Unbuffered, so a program reading the address hears it at once.
            FileHandle.standardOutput.write(
                Data("parley preview: \(url)\nwatching \(model) and its flag pictures; press Ctrl-C to stop\n".utf8))
            if open { BrowserLauncher.open(url) }
        }
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            FileHandle.standardError.write(
                Data("error: port \(port) on 127.0.0.1 is taken; give another --port, or none for a free one\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Opens a URL in the user's browser: `xdg-open`, else `$BROWSER`; says so when there is neither.
enum BrowserLauncher {
    static func open(_ url: String) {
        let environment = ProcessInfo.processInfo.environment
        let candidates =
            [findInPath("xdg-open", environment: environment)].compactMap { $0 }.map { [$0, url] }
            + (environment["BROWSER"].map { $0.split(separator: ":").map { [String($0), url] } } ?? [])
        for command in candidates {
            let process = Process()
            let program = command[0].contains("/") ? command[0] : findInPath(command[0], environment: environment)
            guard let program else { continue }
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(command.dropFirst())
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            if (try? process.run()) != nil { return }
        }
        FileHandle.standardError.write(
            Data(
                "parley preview: no browser to open (neither xdg-open nor $BROWSER is set); open \(url) yourself\n".utf8))
    }

    static func findInPath(_ name: String, environment: [String: String]) -> String? {
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
