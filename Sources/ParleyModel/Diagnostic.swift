/// A place in a model file; lines and columns count from 1 (columns in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in a model, reported in the style of a compiler.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity; self.location = location; self.message = message
    }

    /// `file:line:column: error: message`, always on one line: a newline or a control
    /// character in a quoted value could otherwise forge a second diagnostic, or drive the
    /// terminal that shows it.
    public var description: String {
        Diagnostic.visible("\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)")
    }

    /// `text` with every control character (C0, DEL, C1), line or paragraph separator and
    /// bidirectional override or isolate written as a visible `\u{…}` escape.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        return text.unicodeScalars.map(visible).joined()
    }

    static func visible(_ scalar: Unicode.Scalar) -> String {
        guard needsEscape(scalar) else { return String(scalar) }
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidi embeddings, overrides and isolates can reorder what a terminal shows.
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        // Line and paragraph separators end a line for many editors and log readers.
        case 0x2028, 0x2029: true
        default: false
        }
    }
}

/// A model that could not be loaded: every error found (and the warnings met on the way).
public struct ModelError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
