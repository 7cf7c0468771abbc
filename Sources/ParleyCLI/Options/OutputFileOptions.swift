import ArgumentParser
import Foundation
import Parley
import ParleyLayout
import ParleyScene

/// The file a chart is written to and how: the options `render` and `draw` share, checked
/// against the format table, so an option the format would ignore is refused, not dropped.
struct OutputFileOptions: ParsableArguments {
    @Option(
        name: .shortAndLong, help: "The output file; - writes to standard output.",
        completion: .file(extensions: OutputFormat.allCases.map(\.fileExtension)))
    var output: String

    @Option(help: "The format; by default from the output file's extension.")
    var format: OutputFormat?

    @Option(help: "Pixels per point for raster formats (png; 2 for HiDPI; default: 1).")
    var scale: Double?

    @Option(
        help:
            "Prefix for every id in an SVG, so several can be inlined in one page: ASCII letters, digits, '-', '_', '.' (default: one derived from the chart)."
    )
    var idPrefix = ""

    @Option(help: "How an SVG sets text: outline (Cairo's glyph outlines) or native (<text> with embedded fonts) (default: outline).")
    var svgText: SVGTextMode?

    /// The largest `--scale`: 16 pixels a point already makes a 900-point chart 14,400 pixels wide.
    static let maximumScale = 16.0

    /// The one range check of `--scale`, for every command that takes it.
    static func check(scale: Double?) throws(ValidationError) {
        guard let scale, !(scale > 0 && scale <= maximumScale) else { return }
        throw ValidationError("--scale must be above 0 and at most \(Int(maximumScale))")
    }

    func validate() throws {
        guard let format = resolvedFormat else {
            throw ValidationError("cannot tell the format of '\(TerminalEscape.line(output))': give --format \(Self.formatList)")
        }
        if let named = OutputFormat(fileExtension: URL(fileURLWithPath: output).pathExtension), named != format {
            throw ValidationError(
                "-o '\(TerminalEscape.line(output))' names a \(named.rawValue) file, and --format says \(format.rawValue); leave --format out, or name the file .\(format.fileExtension)"
            )
        }
        try Self.check(scale: scale)
        if scale != nil, let problem = OptionCombinations.scaleProblem(formats: [format], given: format.rawValue) {
            throw ValidationError(problem)
        }
        if let problem = WriteOptions.idPrefixProblem(idPrefix) { throw ValidationError("--id-prefix: \(problem)") }
        if svgText != nil, format != .svg {
            throw ValidationError(
                "--svg-text applies only to svg; \(format.rawValue) has no SVG text; leave --svg-text out, or write svg")
        }
        if !idPrefix.isEmpty, !format.row.hasIDs {
            let withIDs = OutputFormat.allCases.filter(\.row.hasIDs).map(\.rawValue).joined(separator: ", ")
            throw ValidationError(
                "--id-prefix applies only to formats with ids (\(withIDs)); \(format.rawValue) has none; leave --id-prefix out, or write \(withIDs)"
            )
        }
    }

    /// `--format`, else the format the output file's extension names; nil when neither says.
    var resolvedFormat: OutputFormat? {
        format ?? OutputFormat(fileExtension: URL(fileURLWithPath: output).pathExtension)
    }

    /// `write` with the pixel scale and the id prefix given here.
    func applied(to write: WriteOptions) -> WriteOptions {
        var write = write
        write.scale = scale ?? 1
        write.svgIDPrefix = idPrefix
        write.svgText = svgText ?? .outline
        return write
    }

    /// Why `--dark-theme` cannot be given with `format` and `svgText`, or nil when it can: one
    /// SVG holds both palettes only when its text is native (Cairo's SVG has one palette).
    static func darkThemeProblem(format: OutputFormat?, svgText: SVGTextMode?) -> String? {
        if let format, format != .svg {
            return
                "--dark-theme writes one SVG with both palettes; \(format.rawValue) has one; leave --dark-theme out, or write svg with --svg-text native"
        }
        if svgText != .native {
            return
                "--dark-theme needs --svg-text native (Cairo's outlined SVG has one palette); add --svg-text native, or leave --dark-theme out"
        }
        return nil
    }

    /// Why `--dark-theme dark` cannot stand beside `--theme light`… or nil when it can: the same
    /// theme twice would write both palettes the same, a larger file to no effect.
    static func sameThemeProblem(theme: ThemeName, darkTheme: ThemeName) -> String? {
        guard theme == darkTheme else { return nil }
        let others = ThemeName.allCases.filter { $0 != theme }.map(\.rawValue).joined(separator: " or ")
        return
            "--dark-theme \(darkTheme.rawValue) is the same as --theme \(theme.rawValue), so both palettes would be one; choose \(others) for readers in dark mode, or leave --dark-theme out"
    }

    /// `svg, png, pdf or json`, from the format table.
    private static var formatList: String {
        let names = OutputFormat.allCases.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }
}

extension SVGTextMode: ExpressibleByArgument {}
