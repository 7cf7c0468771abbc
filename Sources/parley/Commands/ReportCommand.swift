import ArgumentParser
import Foundation
import Parley

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of a meeting with every diagram: HTML (self-contained), Markdown (images beside it) or PDF.",
        discussion: """
            Examples:
              parley report Samples/istanbul-2025.yaml -o report.html
              parley report Samples/istanbul-2025.yaml -o report.md     # and report-files/*.svg
              parley report Samples/istanbul-2025.yaml -o report.pdf
            """)

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "The report: .html, .md or .pdf.")
    var output: String

    @Option(help: "light, dark or print.")
    var theme = "light"

    @Option(help: "Language for names: en, ru, uk, tr, native…")
    var lang: String?

    func validate() throws {
        guard ReportFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) != nil else {
            throw ValidationError("cannot tell the report format of '\(TerminalEscape.line(output))': name it .html, .md or .pdf")
        }
        guard Theme.named(theme) != nil else {
            throw ValidationError("unknown theme '\(TerminalEscape.line(theme))'; themes are light, dark, print")
        }
    }

    func run() throws {
        guard let format = ReportFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) else { throw ExitCode(2) }
        do {
            let loaded = try Parley.load(model)
            loaded.warnings.forEach(Console.report)
            let request = ChartRequest(layout: LayoutOptions(theme: Theme.named(theme) ?? .light, language: lang))
            try ReportWriter.write(loaded.meeting, modelPath: model, to: output, format: format, request: request)
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
