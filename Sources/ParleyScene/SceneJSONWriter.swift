/// Writes the scene itself as JSON (`--format json`, documented in docs/scene-json.md): what
/// the layout produced, for tests, debugging and other writers.
public struct SceneJSONWriter: SceneWriter {
    public init() {}

    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        scene.jsonBytes()
    }
}
