import ParleyLayout
import ParleyModel
import ParleyScene

/// Everything that can go wrong between a model file and an output file.
public enum ParleyError: Error, CustomStringConvertible {
    /// The model is invalid; each diagnostic has its file, line and column.
    case model(ModelError)
    /// The chart cannot be drawn from this model with these options.
    case layout(file: String, LayoutError)
    /// A writer could not turn the scene into bytes.
    case write(SceneWriterError)
    /// The text measurer could not be made (Pango or Cairo failed before anything was drawn).
    case textSetup(SceneWriterError)
    /// A file could not be read or written.
    case io(String)
    /// A choice of the command's that this model cannot honour (`--lang 'xx'`), said in full.
    case option(String)

    /// What went wrong, prefixed `file:line:column: error:` when there is a place (else `error:`,
    /// the file named in the sentence), as the CLI prints it.
    public var description: String {
        switch self {
        case .model(let error): error.description
        case .layout(let file, let error):
            if let location = error.location {
                "\(file.isEmpty ? location.file : file):\(location.line):\(location.column): error: \(error.message)"
            } else if file.isEmpty {
                "error: \(error.message)"
            } else {
                // No line and column: the file is named in the sentence, so the line does not
                // pass for a `file:line:column:` diagnostic.
                "error: \(Self.sentence(error.message, naming: file))"
            }
        case .write(let error): "error: \(error.description)"
        case .textSetup(let error): "error: cannot set up text: \(error.description)"
        case .io(let message), .option(let message): "error: \(message)"
        }
    }

    /// `message` with ` in FILE` after what is wrong, before the first `; ` and what would be right.
    private static func sentence(_ message: String, naming file: String) -> String {
        guard let split = message.firstRange(of: "; ") else { return "\(message) in \(file)" }
        return "\(message[..<split.lowerBound]) in \(file)\(message[split.lowerBound...])"
    }
}
