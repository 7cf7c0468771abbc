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

    @Argument(help: "The model file.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var model: String

    @Option(
        name: .shortAndLong, help: "The report: .html, .md or .pdf; - writes to standard output (give --format).",
        completion: .file(extensions: ["html", "md", "pdf"]))
    var output: String

    @Option(help: "The format; by default from the output file's extension.")
    var format: ReportFormat?

    @OptionGroup
    var style: ChartStyleOptions

    private func resolvedFormat() -> ReportFormat? {
        format ?? ReportFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)
    }

    func validate() throws {
        guard let format = resolvedFormat() else {
            throw ValidationError(
                "cannot tell the report format of '\(TerminalEscape.line(output))': name it .html, .md or .pdf, or give --format")
        }
        if format == .md, output == "-" {
            throw ValidationError(
                "a Markdown report puts its images in a folder beside it, so it needs a file name, not -; use --format html for standard output"
            )
        }
    }

    func run() throws {
        guard let format = resolvedFormat() else { throw ExitCode.validationFailure }
        do {
            let loaded = try Parley.load(model)
            loaded.warnings.forEach(Console.report)
            let request = style.request()
            try ReportWriter.write(loaded, to: output, format: format, request: request).forEach(Console.report)
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
