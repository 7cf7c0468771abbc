/// Why bytes are not a JSON document, and where: line and column (in characters) of the
/// first byte that is wrong, both from 1.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Line of the offending byte, from 1.
    public var line: Int
    /// Column of the offending byte in characters, from 1.
    public var column: Int
    /// What was found and what would have been right, e.g. "expected ',' or '}' after a member".
    public var message: String

    /// Makes an error at `line` and `column` (both from 1) saying `message`.
    public init(line: Int, column: Int, message: String) {
        self.line = line; self.column = column; self.message = message
    }

    /// `line:column: message`, the way compilers print positions.
    public var description: String { "\(line):\(column): \(message)" }
}
