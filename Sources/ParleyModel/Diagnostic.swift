/// A place in a model file; lines and columns count from 1 (columns in Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The file as the user named it, or `<stdin>`.
    public var file: String
    /// Line, from 1.
    public var line: Int
    /// Column in Unicode scalars, from 1.
    public var column: Int

    /// Makes a location; `line` and `column` count from 1.
    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }

    /// Orders by file name, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in a model, reported in the style of a compiler: what is wrong
/// (`message`) and, apart from it, what would be right (`hints`), so that an editor or a
/// server can show a suggestion as a fix rather than parse it out of a sentence.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// One "what would be right" part of a diagnostic.
    public enum Hint: Hashable, Sendable, CustomStringConvertible {
        /// The closest known name to a misspelt one: `did you mean 'title'?`.
        case didYouMean(String)
        /// How to write the value so that it reads: `write YYYY-MM-DD, e.g. 2025-06-02`.
        case fix(String)
        /// Context for choosing: `known parties: ru, tr, ua`.
        case note(String)

        /// The hint as it is printed after the message.
        public var description: String {
            switch self {
            case .didYouMean(let name): "did you mean '\(name)'?"
            case .fix(let text), .note(let text): text
            }
        }
    }

    /// Whether the problem stops the model from loading.
    public enum Severity: String, Sendable, Comparable {
        /// `warning` lets the model load; `error` does not.
        case warning, error
        /// Warnings come before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// `error` stops the model from loading; a `warning` is only reported.
    public var severity: Severity
    /// Where the problem is; nil for one that belongs to no place in a file (an unknown round
    /// asked for on the command line).
    public var location: SourceLocation?
    /// What is wrong, without the hints.
    public var message: String
    /// What would be right, printed after `message` in this order.
    public var hints: [Hint]

    /// Makes a diagnostic of `severity` at `location` (`nil` for none).
    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, hints: [Hint] = []) {
        self.severity = severity; self.location = location; self.message = message; self.hints = hints
    }

    /// Diagnostics in file order; those without a place come first.
    public static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        guard let second = b.location else { return false }
        guard let first = a.location else { return true }
        return first < second
    }

    /// The message and its hints as one sentence: `unknown party 'rus'; did you mean 'ru'?; known parties: ru, ua`.
    public var text: String { ([message] + hints.map(\.description)).joined(separator: "; ") }

    /// `file:line:column: error: message; hints`, or `error: …` without a place, always on one
    /// line: a newline or a control character in a quoted value could otherwise forge a second
    /// diagnostic, or drive the terminal that shows it.
    public var description: String {
        let place = location.map { "\($0.file):\($0.line):\($0.column): " } ?? ""
        return Diagnostic.visible("\(place)\(severity.rawValue): \(text)")
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
    /// Every error found and the warnings met before them, in the order found.
    public var diagnostics: [Diagnostic]
    /// Makes an error carrying `diagnostics`.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    /// The diagnostics, one a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
