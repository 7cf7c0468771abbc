/// Why bytes are not a JSON document, and where: line and column (in characters) of the
/// first byte that is wrong, both from 1.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// What was found and what would have been right, e.g. "expected ',' or '}' after a member".
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line; self.column = column; self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}
