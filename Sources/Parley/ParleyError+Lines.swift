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

    /// `lines`, each naming `file` in front where the error itself names no file (a write or
    /// I/O error, a layout error without a place): for logs that gather many models' errors.
    public func lines(naming file: String) -> [String] {
        switch self {
        case .model: return lines
        case .layout(let named, let error) where !named.isEmpty || error.location != nil: return lines
        default: return lines.map { "\(TerminalEscape.line(file)): \($0)" }
        }
    }
}
