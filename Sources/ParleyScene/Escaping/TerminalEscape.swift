/// The one escape for text echoed to a terminal (diagnostics, `describe`, `rounds`, …): what
/// would act on the terminal or break the line is shown as a visible escape in Swift's
/// spelling (`\n`, `\t`, `\u{1B}`), so the output is exactly one line of inert text.
public enum TerminalEscape {
    /// `text` on one inert line: control characters, line breaks and bidirectional controls escaped.
    public static func line(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where needsEscape(scalar):
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// JSON text for a terminal: the same characters, inside strings, as `\uXXXX` escapes
    /// (JSON writers escape only C0), which JSON readers decode back to the same text. Line
    /// breaks and tabs are left alone: outside strings they are the document's own layout,
    /// and inside strings a JSON writer has already escaped them.
    public static func json(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar), scalar != "\n", scalar != "\t", scalar != "\r" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out
    }

    /// Controls (ESC, BEL, DEL, the C1 CSI…), bidi overrides and isolates, line separators
    /// and noncharacters.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isControlCode || scalar.isBidiOverride || scalar.isLineSeparator || scalar.isNoncharacter
    }
}
