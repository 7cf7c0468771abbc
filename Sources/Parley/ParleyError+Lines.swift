import ParleyModel
import ParleyScene

extension ParleyError {
    /// The error as lines for a terminal or a log: one per diagnostic, each through
    /// `TerminalEscape`, so that a line break or a control character quoted from a model or a
    /// file name can neither act on the terminal nor start a forged `file:line:column:` line.
    public var lines: [String] {
        switch self {
        case .model(let error): error.diagnostics.map { TerminalEscape.line($0.description) }
        default: [TerminalEscape.line(description)]
        }
    }
}
