import ArgumentParser
import Parley
import ParleyModel
import ParleyScene

/// Chart options given as names and values, as a render server takes them (query parameters,
/// Kroki's `diagram_options`, `Kroki-Diagram-Options-*` headers): read by `render`'s own option
/// groups, so each is checked exactly as `parley render --<name> <value>` checks it, with the
/// same message. Only the options that choose how a chart looks are taken: none names a file.
public enum ChartArguments {
    /// Why the options cannot be used; `message` is the command line's own sentence.
    public struct Problem: Error, Sendable, Equatable {
        /// The option the problem is about, when it is one option.
        public var option: String?
        /// What is wrong and what would be right.
        public var message: String
    }

    /// The options a request may give, by their command-line names without `--`.
    public static let names: [String] = [
        "chart", "round", "rounds", "align", "clock", "theme", "dark-theme", "lang", "width", "height", "fit", "scale", "notes",
        "title", "background", "font", "svg-text", "id-prefix",
    ]

    /// Options that are switches on the command line (`--title`, `--no-title`), given here as
    /// `true` or `false`.
    static let switches: Set<String> = ["title"]

    /// The request `options` make for a chart in `format`. An SVG's text is `svgText` unless
    /// `svg-text` is given (a server's SVG is for the web: real text, by default).
    public static func request(_ options: [(name: String, value: String)], format: OutputFormat, svgText: SVGTextMode = .native)
        throws(Problem) -> ChartRequest
    {
        var arguments = ["-", "--output", "-", "--format", format.rawValue]
        var seen: Set<String> = []
        for (name, value) in options {
            guard names.contains(name) else {
                throw Problem(
                    option: name,
                    message:
                        "unknown option '\(TerminalEscape.line(name))'\(suggestion(for: name)); the options are \(names.joined(separator: ", "))"
                )
            }
            guard seen.insert(name).inserted else {
                throw Problem(option: name, message: "option '\(name)' is given twice; give it once")
            }
            if switches.contains(name) {
                guard let on = Bool(value.lowercased()) else {
                    throw Problem(option: name, message: "option '\(name)' takes true or false, not '\(TerminalEscape.line(value))'")
                }
                arguments.append(on ? "--\(name)" : "--no-\(name)")
            } else {
                // `--name=value`: a value that starts with '-' stays a value.
                arguments.append("--\(name)=\(value)")
            }
        }
        if format == .svg, !seen.contains("svg-text") { arguments.append("--svg-text=\(svgText.rawValue)") }
        do {
            return try RenderCommand.parse(arguments).chartRequest()
        } catch {
            throw Problem(option: nil, message: RenderCommand.message(for: error))
        }
    }

    private static func suggestion(for name: String) -> String {
        guard let closest = Suggestions.closest(to: name, in: names) else { return "" }
        return " (did you mean '\(closest)'?)"
    }
}
