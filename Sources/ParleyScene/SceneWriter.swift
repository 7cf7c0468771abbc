/// Turns a scene into the bytes of one file format. Writers see only the scene and the neutral
/// options; what a format needs beyond them (Cairo's PNG compressor) is the writer's own
/// configuration. Call `write(_:options:)`; conformers implement `bytes(of:options:)`.
public protocol SceneWriter: Sendable {
    /// The bytes of `scene`, whose background the options have already replaced.
    func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8]
}

/// A writer whose format holds several pages, each a scene of its own size (a PDF report).
///
/// A protocol of its own rather than a method with a default on `SceneWriter`: a default for
/// formats without pages would have to throw or silently write the first page only, while
/// this way only writers that can are asked, and the format table knows which those are.
public protocol PagedSceneWriter: SceneWriter {
    /// One document of `pages`, in order, with metadata from the first; backgrounds applied.
    func bytes(ofPages pages: [Scene], options: WriteOptions) throws(SceneWriterError) -> [UInt8]
}

extension SceneWriter {
    /// The bytes of `scene` with `options`: the id prefix checked and the background applied
    /// here, once for every writer, so that no writer can forget either.
    public func write(_ scene: Scene, options: WriteOptions = WriteOptions()) throws(SceneWriterError) -> [UInt8] {
        // Checked for every format, not only SVG: no caller (export, report, server) should
        // get away with a prefix that would be refused had it asked for another format.
        if let problem = WriteOptions.idPrefixProblem(options.svgIDPrefix) { throw .badIDPrefix(problem) }
        return try bytes(of: options.applied(to: scene), options: options)
    }
}

extension PagedSceneWriter {
    /// One document of `pages`, each page's background replaced as `write(_:options:)` does.
    public func write(pages: [Scene], options: WriteOptions = WriteOptions()) throws(SceneWriterError) -> [UInt8] {
        if let problem = WriteOptions.idPrefixProblem(options.svgIDPrefix) { throw .badIDPrefix(problem) }
        return try bytes(ofPages: pages.map(options.applied(to:)), options: options)
    }
}
