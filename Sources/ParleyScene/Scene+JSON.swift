import ParleyJSON

/// The scene as a document (`--format json`): complete, so it reads back into the same scene,
/// with every node's canvas bounding box for readers. Documented in docs/scene-json.md.
extension Scene {
    /// The scene as a `JSONValue`. A value JSON cannot carry (a non-finite number, which no
    /// layout makes) is an error naming its path: a document with a `null` in its place would
    /// not read back.
    public func jsonDocument() throws(SceneWriterError) -> JSONValue {
        do {
            return try JSONValueEncoder().encode(self)
        } catch let EncodingError.invalidValue(_, context) {
            throw .notWritableAsJSON(path: DecodingError.describe(context.codingPath), reason: context.debugDescription)
        } catch {
            throw .notWritableAsJSON(path: "", reason: "\(error)")
        }
    }

    /// UTF-8 bytes of `jsonDocument()`, pretty-printed, with a final newline.
    public func jsonBytes() throws(SceneWriterError) -> [UInt8] { Array(try jsonDocument().serialized().utf8) }

    /// Reads a document `jsonBytes()` wrote.
    public init(jsonBytes bytes: [UInt8]) throws(SceneJSONError) {
        let document: JSONValue
        do { document = try JSONValue(parsing: bytes) } catch { throw .syntax(error) }
        try self.init(jsonDocument: document)
    }

    /// Reads a scene from a parsed document, throwing `.content` with the path of the first wrong member.
    public init(jsonDocument document: JSONValue) throws(SceneJSONError) {
        do {
            self = try JSONValueDecoder().decode(Scene.self, from: document)
        } catch let error as DecodingError {
            throw .content(error.pathAndReason)
        } catch {
            throw .content("\(error)")
        }
    }
}

/// Why bytes are not a scene document: not JSON at all (with line and column), or JSON whose
/// member at a path is not what the format expects there.
public enum SceneJSONError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON; the error says at which line and column.
    case syntax(JSONParseError)
    /// `nodes[3].children[0].kind: expected one of group, rect, …, found "blob"`.
    case content(String)

    /// `line:column: message` for syntax, the path and reason for content.
    public var description: String {
        switch self {
        case .syntax(let error): "\(error.line):\(error.column): \(error.message)"
        case .content(let reason): reason
        }
    }
}
