#if canImport(Glibc)
    import Glibc
#endif

/// Standard error without the C `stderr` global, which Swift 6 rejects as shared state.
enum Console {
    static func error(_ text: String) {
        errorInline(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Without a newline, for a progress bar redrawn in place.
    static func errorInline(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    static func output(_ text: String) {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
