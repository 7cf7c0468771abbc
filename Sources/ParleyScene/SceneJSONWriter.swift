/// Writes the scene itself as JSON (`--format json`, documented in docs/scene-json.md): what
/// the layout produced, for tests, debugging and other writers.
public struct SceneJSONWriter: SceneWriter {
    /// Makes the writer; it has no settings of its own.
    public init() {}

    /// The scene as pretty-printed JSON; options other than the background do not apply.
    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try scene.jsonBytes()
    }
}
