import Foundation

/// Reads meeting models from YAML or JSON (JSON is read as the YAML it is) and checks them.
public enum MeetingLoader {
    /// The model and its warnings, or every error found.
    public struct Result: Sendable {
        /// The checked model.
        public var meeting: Meeting
        /// Problems that did not stop the model from loading, in file order.
        public var warnings: [Diagnostic]
    }

    /// Loads `path` (`-` reads standard input); see `parse` for `languages`.
    public static func load(path: String, languages: [String] = []) throws(ModelError) -> Result {
        let file = path == "-" ? "<stdin>" : path
        return try parse(BoundedRead.model(at: path, file: file), file: file, languages: languages)
    }

    /// Parses model bytes; `file` names them in diagnostics. `languages` are those Parley
    /// writes (the model knows no strings table): the meeting's `lang:` must be one of them or
    /// one the model's names use; empty leaves `lang:` unchecked.
    public static func parse(_ bytes: [UInt8], file: String, languages: [String] = []) throws(ModelError) -> Result {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= ModelLimits.maxFileBytes else {
            throw ModelError(diagnostics: [
                Diagnostic(.error, at: start, "the model is \(bytes.count) bytes; the limit is \(ModelLimits.maxFileBytes)")
            ])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ModelError(diagnostics: [
                Diagnostic(.error, at: invalidUTF8Location(bytes, file: file), "the file is not valid UTF-8 text")
            ])
        }
        let context = DecodingContext(file: file)
        let root: Node
        do {
            guard let composed = try YAMLReader.compose(text) else {
                throw ModelError(diagnostics: [
                    Diagnostic(
                        .error, at: start, "the model is empty; it needs at least 'parley: 1', 'id', 'timezone', 'parties' and 'rounds'")
                ])
            }
            root = composed
        } catch let error as ModelError {
            throw error
        } catch let error as YAMLReader.SyntaxError {
            let context = error.context.map {
                [Diagnostic.Hint.note("\($0.text) that starts at line \($0.mark.line), column \($0.mark.column)")]
            }
            throw ModelError(diagnostics: [
                Diagnostic(
                    .error, at: SourceLocation(file: file, line: error.mark.line, column: error.mark.column),
                    error.isLimit ? error.message : "syntax error: \(error.message)", hints: context ?? [])
            ])
        } catch {
            throw ModelError(diagnostics: [Diagnostic(.error, at: start, "syntax error: \(error)")])
        }
        var sizeCheck = SizeCheck()
        switch sizeCheck.check(root) {
        case .tooDeep:
            throw ModelError(diagnostics: [Diagnostic(.error, at: start, "the model nests deeper than \(ModelLimits.maxDepth) levels")])
        case .tooLarge:
            throw ModelError(diagnostics: [
                Diagnostic(
                    .error, at: start,
                    "the model is too large: more than \(ModelLimits.maxNodes) values after expanding aliases; split it into several files or use fewer aliases"
                )
            ])
        case .fine: break
        }
        let decoded = MeetingDecoder(context: context).decode(root)
        if var meeting = decoded, !context.budgetExceeded {
            ReferenceValidator(context: context).validate(&meeting)
            PartyColorCheck(context: context).check(meeting.parties)
            LanguageCheck(context: context).check(meeting, parleyLanguages: languages)
            let diagnostics = sortedDiagnostics(context, start: start)
            if diagnostics.contains(where: { $0.severity == .error }) { throw ModelError(diagnostics: diagnostics) }
            return Result(meeting: meeting, warnings: diagnostics)
        }
        var diagnostics = sortedDiagnostics(context, start: start)
        if !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, at: start, "the model could not be read"))
        }
        throw ModelError(diagnostics: diagnostics)
    }

    /// In file order, with one closing line for those past `DecodingContext.maxDiagnostics`.
    private static func sortedDiagnostics(_ context: DecodingContext, start: SourceLocation) -> [Diagnostic] {
        var diagnostics = context.diagnostics.sorted(by: Diagnostic.inFileOrder)
        if context.suppressed > 0 {
            let severity: Diagnostic.Severity = diagnostics.contains { $0.severity == .error } ? .error : .warning
            diagnostics.append(
                Diagnostic(
                    severity, at: start,
                    "\(context.suppressed) more problem\(context.suppressed == 1 ? "" : "s") not listed: only the first \(DecodingContext.maxDiagnostics) are; fix these and validate again"
                ))
        }
        return diagnostics
    }

    private static func invalidUTF8Location(_ bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, lineStart = 0, index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            let end = index + length
            guard length > 0, end <= bytes.count, String(validating: bytes[index..<end], as: UTF8.self) != nil else { break }
            if lead == 0x0A { line += 1; lineStart = end }
            index = end
        }
        let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.unicodeScalars.count ?? 0) + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// Guards the decoder against pathological nesting and alias bombs: aliases share storage
/// in the tree, so a few lines can stand for billions of values. Stops at the first limit.
struct SizeCheck {
    enum Outcome { case fine, tooDeep, tooLarge }
    private var visited = 0

    mutating func check(_ node: Node, depth: Int = 0) -> Outcome {
        visited += 1
        guard visited <= ModelLimits.maxNodes else { return .tooLarge }
        guard depth <= ModelLimits.maxDepth else { return .tooDeep }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                for child in [key, value] {
                    let outcome = check(child, depth: depth + 1)
                    if outcome != .fine { return outcome }
                }
            }
        case .sequence(let sequence):
            for child in sequence {
                let outcome = check(child, depth: depth + 1)
                if outcome != .fine { return outcome }
            }
        case .scalar: break
        }
        return .fine
    }
}
