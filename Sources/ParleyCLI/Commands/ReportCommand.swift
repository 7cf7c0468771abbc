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
              parley report Samples/istanbul-2025.yaml -o - > report.html           # HTML to standard output
              parley report Samples/istanbul-2025.yaml --format pdf -o - > report.pdf
              parley report Samples/istanbul-2025.yaml --format md -o - > report.md # images as data: URIs
            """)

    @Argument(help: "The model file.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var model: String

    @Option(
        name: .shortAndLong, help: "The report: .html, .md or .pdf; - writes HTML (or --format) to standard output.",
        completion: .file(extensions: ["html", "md", "pdf"]))
    var output: String

    @Option(help: "The format; by default from the output file's extension, and HTML for standard output.")
    var format: ReportFormat?

    @OptionGroup
    var style: ChartStyleOptions

    private func resolvedFormat() -> ReportFormat? {
        if let format { return format }
        return output == "-" ? .html : ReportFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)
    }

    func validate() throws {
        try style.languageOptions.requireOne(command: "report")
        guard resolvedFormat() != nil else {
            throw ValidationError(
                "cannot tell the report format of '\(TerminalEscape.line(output))': name it .html, .md or .pdf, or give --format html, md or pdf"
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
