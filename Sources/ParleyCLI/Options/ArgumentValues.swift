import ArgumentParser
import Foundation
import Parley
import ParleyColor
import ParleyLayout
import ParleyReport
import ParleyScene

// Options with a fixed set of values parse as their enums: `--help` lists the values, a bad
// value is refused with the valid ones, and completions offer them. The conformances live here
// because only the executable imports ArgumentParser.

extension ThemeName: ExpressibleByArgument {}
extension TimelineAlignment: ExpressibleByArgument {
    /// What each alignment draws, for `--help`.
    public static var allValueDescriptions: [String: String] {
        [
            "auto": "choose from the rounds: days for a multi-day meeting, else clock (the default)",
            "clock": "a row per round at its time of day", "elapsed": "a row per round from its start",
            "calendar": "rounds across the dates, stems as tall as the rounds were long (weeks or months apart)",
            "days": "a row per day, hours across: rounds of one day side by side, past midnight onto the next row",
        ]
    }
}
extension ClockStyle: ExpressibleByArgument {}
extension NotesMode: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension PageFit: ExpressibleByArgument {
    /// Each preset's width, for `--help`.
    public static var allValueDescriptions: [String: String] {
        [
            "a4": "the A4 text block with 25 mm margins: 160 mm, 453.5 pt",
            "letter": "the US Letter text block with 1 in margins: 6.5 in, 468 pt",
            "article": "a 700 px article column: 525 pt",
        ]
    }
}

extension OutputFormat: ExpressibleByArgument {
    /// Any case, as file extensions are read.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// Each format's summary from the format table, so `--help` says what each one writes.
    public static var allValueDescriptions: [String: String] {
        Dictionary(allCases.map { ($0.rawValue, $0.row.summary) }, uniquingKeysWith: { first, _ in first })
    }
}

/// `--background`: `transparent`, or a colour (`#hex` or a CSS name) instead of the theme's.
enum BackgroundArgument: ExpressibleByArgument, Sendable, Equatable {
    case transparent
    case color(Color)

    init?(argument: String) {
        if argument.lowercased() == "transparent" {
            self = .transparent
        } else if let color = Color(parsing: argument) {
            self = .color(color)
        } else {
            return nil
        }
    }

    /// The colour `ChartRequest.background` takes: clear for a transparent canvas.
    var color: Color {
        switch self {
        case .transparent: .clear
        case .color(let color): color
        }
    }

    static var defaultCompletionKind: CompletionKind { .list(["transparent"] + Color.cssColorNames) }
}

/// `--formats svg,png`: output formats, comma-separated, each one of `OutputFormat`'s.
struct OutputFormatList: ExpressibleByArgument, Sendable {
    var formats: [OutputFormat]

    init(_ formats: [OutputFormat]) { self.formats = formats }

    init?(argument: String) {
        let list = argument.split(separator: ",").map { OutputFormat(argument: $0.trimmingCharacters(in: .whitespaces)) }
        guard !list.isEmpty, list.allSatisfy({ $0 != nil }) else { return nil }
        formats = list.compactMap { $0 }
    }

    /// The formats that picture the chart, from the format table: what an export writes by default.
    static var pictures: OutputFormatList { OutputFormatList(OutputFormat.pictures) }

    /// The first format named more than once, if any: a list is refused rather than silently
    /// shortened, so what the command line says is what is written.
    var repeated: OutputFormat? {
        var seen: Set<OutputFormat> = []
        return formats.first { !seen.insert($0).inserted }
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }

    static var allValueDescriptions: [String: String] { OutputFormat.allValueDescriptions }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
