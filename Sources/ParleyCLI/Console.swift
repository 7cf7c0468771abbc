import Parley
import ParleyModel
import ParleyScene

#if canImport(Glibc)
    import Glibc
#endif

/// Standard error and output without the C `stderr` global, which Swift 6 rejects as shared
/// state. Everything that may echo a model or a file name goes through `TerminalEscape`: a
/// control character cannot act on the terminal, and one message is exactly one line, so
/// editors and CI that read `file:line:column: error:` lines cannot be handed a forged one.
enum Console {
    /// One line on standard error; line breaks and controls in `text` are shown escaped.
    static func error(_ text: String) {
        errorInline(TerminalEscape.line(text) + "\n")
    }

    /// Each diagnostic of a model error on its own line; any other error as one line.
    static func report(_ error: any Error) {
        switch error {
        case let error as ParleyError: error.lines.forEach(Console.error)
        case let model as ModelError: model.diagnostics.forEach(report)
        default: Console.error(String(describing: error))
        }
    }

    static func report(_ diagnostic: Diagnostic) { Console.error(diagnostic.description) }

    /// Without a newline and unescaped, for the progress bar's own control sequences only.
    static func errorInline(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// One line on standard output, escaped as `error` is.
    static func output(_ text: String) {
        print(TerminalEscape.line(text))
    }

    /// Tab-separated fields on one line of standard output, each escaped (tabs inside a
    /// field included), so a field can neither split nor add a column or a line.
    static func output(fields: [String]) {
        print(fields.map(TerminalEscape.line).joined(separator: "\t"))
    }

    /// A JSON document on standard output, with what a terminal would act on escaped inside
    /// its strings (the same JSON to any reader).
    static func json(_ text: String) {
        let safe = TerminalEscape.json(text)
        print(safe, terminator: safe.hasSuffix("\n") ? "" : "\n")
    }
}
