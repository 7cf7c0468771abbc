import Parley
import ParleyModel

/// One answer of the render service, before HTTP: what `ServerApplication` sends and what
/// tests read without a socket.
public struct RenderReply: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The media type of `body`.
    public var contentType: String
    /// The picture, or the problems, one per line.
    public var body: [UInt8]
    /// What was wrong (for a status of 400 and up), with places where there are: the text of
    /// `body` as data, for the JSON form of errors.
    public var problems: [Diagnostic] = []
    /// Warnings met on the way (flags that fell back to a colour, shortened texts): the
    /// picture was drawn all the same.
    public var warnings: [Diagnostic] = []
    /// For a 503: the seconds after which trying again makes sense.
    public var retryAfterSeconds: Int?

    /// A reply with `status`, `contentType` and `body`.
    public init(status: Int, contentType: String, body: [UInt8]) {
        self.status = status; self.contentType = contentType; self.body = body
    }

    /// Problems as text, one `line:column: error: …` a line.
    static func problems(_ status: Int, _ lines: [String]) -> RenderReply {
        problems(status, lines.map { line in Diagnostic(.error, at: nil, line.hasPrefix("error: ") ? String(line.dropFirst(7)) : line) })
    }

    /// `diagnostics` as text (one `model:line:column: error: …` a line) and as data.
    static func problems(_ status: Int, _ diagnostics: [Diagnostic], retryAfter: Int? = nil) -> RenderReply {
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        var reply = RenderReply(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
        reply.problems = diagnostics
        reply.retryAfterSeconds = retryAfter
        return reply
    }

    /// A reply of one problem with no place: `message` says what is wrong and what would be right.
    static func problem(_ status: Int, _ message: String, retryAfter: Int? = nil) -> RenderReply {
        problems(status, [Diagnostic(.error, at: nil, message)], retryAfter: retryAfter)
    }
}

extension ParleyError {
    /// The error as diagnostics: a model's own, or one with the layout's place, or one with none.
    var diagnostics: [Diagnostic] {
        switch self {
        case .model(let error): return error.diagnostics
        case .layout(_, let error) where error.location != nil: return [Diagnostic(.error, at: error.location, error.message)]
        default:
            let text = description
            return [Diagnostic(.error, at: nil, text.hasPrefix("error: ") ? String(text.dropFirst(7)) : text)]
        }
    }
}
