import ArgumentParser
import Foundation
import Parley
import ParleyLayout
import ParleyReport
import ParleyScene

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of a meeting with every diagram: HTML (self-contained), Markdown (images beside it) or PDF.",
        discussion: """
            Examples:
              parley report Samples/istanbul-2025.yaml -o report.html
              parley report Samples/istanbul-2025.yaml -o report.md     # and report-files/*.svg
              parley report Samples/istanbul-2025.yaml -o report.pdf
              parley report Samples/istanbul-2025.yaml --format html -o - > report.html
            """)

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "The report: .html, .md or .pdf; - writes to standard output (give --format).")
    var output: String

    @Option(help: "html, md or pdf; by default from the output file's extension.")
    var format: String?

    @Option(help: "light, dark or print.")
    var theme = "light"

    @Option(help: "Language for names: en, ru, uk, tr, native…")
    var lang: String?

    private func resolvedFormat() -> ReportFormat? {
        ReportFormat(fileExtension: format ?? URL(fileURLWithPath: output).pathExtension)
    }

    func validate() throws {
        if let format, ReportFormat(fileExtension: format) == nil {
            throw ValidationError("unknown report format '\(TerminalEscape.line(format))'; formats are html, md and pdf")
        }
        guard let format = resolvedFormat() else {
            throw ValidationError(
                "cannot tell the report format of '\(TerminalEscape.line(output))': name it .html, .md or .pdf, or give --format")
        }
        if format == .md, output == "-" {
            throw ValidationError(
                "a Markdown report puts its images in a folder beside it, so it needs a file name, not -; use --format html for standard output"
            )
        }
        guard Theme.named(theme) != nil else {
            throw ValidationError("unknown theme '\(TerminalEscape.line(theme))'; themes are light, dark, print")
        }
    }

    func run() throws {
        guard let format = resolvedFormat() else { throw ExitCode(2) }
        do {
            let loaded = try Parley.load(model)
            loaded.warnings.forEach(Console.report)
            let request = ChartRequest(layout: LayoutOptions(theme: Theme.named(theme) ?? .light, language: lang))
            try ReportWriter.write(loaded.meeting, modelPath: model, to: output, format: format, request: request).forEach(Console.report)
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
