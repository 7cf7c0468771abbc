import ParleyScene

/// PDF drawn by Cairo, one page a scene; title and subject from the (first) scene, creator and
/// a pinned creation date from the options.
public struct CairoPDFWriter: PagedSceneWriter {
    /// Makes the writer; it has no settings of its own.
    public init() {}

    /// `scene` as a one-page PDF the size of its canvas.
    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try SceneRenderer.render(scene, on: .pdf, options: options)
    }

    /// The scenes as one PDF, a page each in order, each page the size of its scene.
    public func bytes(ofPages pages: [Scene], options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try SceneRenderer.renderPDF(pages: pages, options: options)
    }
}
