import ParleyModel

/// What every diagnostic must be, whatever the input: at a real place in it (lines and columns
/// from 1, not past the end of the text), with a non-empty message, printed on one line.
struct DiagnosticChecks {
    let file: String
    /// Upper bounds on the input's lines and on its longest line, in Unicode scalars. For the
    /// count every character YAML may treat as a line break counts as one; for the length only
    /// `\n` ends a line (the UTF-8 check counts that way). Neither bound is ever too tight.
    let lineCount: Int
    let longestLine: Int
    /// libyaml reports the end of a stream that does not end in a line break at the start of
    /// the line after the last (`parley: [` gives 2:1). Off by one line, not lost: tolerated,
    /// and reported, so the fuzzer can look past it.
    let endsWithoutLineBreak: Bool

    init(bytes: [UInt8], file: String) {
        self.file = file
        var lines = 1, current = 0, longest = 0, lastWasBreak = true
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let isBreak: Bool
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": isBreak = true
            default: isBreak = false
            }
            if isBreak { lines += 1 }
            lastWasBreak = isBreak
            if scalar == "\n" {
                longest = max(longest, current)
                current = 0
            } else {
                current += 1
            }
        }
        lineCount = lines
        longestLine = max(longest, current)
        endsWithoutLineBreak = !lastWasBreak
    }

    func check(_ diagnostic: Diagnostic, into outcome: inout FuzzOutcome) {
        guard let location = diagnostic.location else {
            outcome.violation("a diagnostic of the loader has no place in the file: \(diagnostic)")
            return
        }
        if location.file != file {
            outcome.violation("a diagnostic names the file '\(location.file)', not '\(file)': \(diagnostic)")
        }
        if location.line < 1 || location.column < 1 {
            outcome.violation("a diagnostic is at line \(location.line), column \(location.column); both count from 1: \(diagnostic)")
        }
        let atStreamEnd = endsWithoutLineBreak && location.line == lineCount + 1 && location.column == 1
        if (location.line > lineCount || location.column > longestLine + 1) && !atStreamEnd {
            outcome.violation(
                "a diagnostic is at \(location.line):\(location.column), past the end of an input of at most \(lineCount) line(s) of at most \(longestLine) character(s): \(diagnostic)"
            )
        }
        if diagnostic.message.isEmpty {
            outcome.violation("a diagnostic at \(location.line):\(location.column) has no message")
        }
        // What is printed must be one line: a line break (\n, \r, NEL, U+2028, U+2029, VT, FF)
        // taken from the model into the message would split it, or forge a second diagnostic.
        if !Self.isOneLine(diagnostic.description) {
            outcome.violation("a diagnostic prints on several lines: \(diagnostic.description.debugDescription)")
        }
    }

    static func isOneLine(_ printed: String) -> Bool { !printed.contains(where: \.isNewline) }
}
