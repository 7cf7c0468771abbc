import ParleyScene

/// PDF drawn by Cairo, one page a scene; title and subject from the (first) scene, creator and
/// a pinned creation date from the options.
public struct CairoPDFWriter: PagedSceneWriter {
    public init() {}

    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try SceneRenderer.render(scene, on: .pdf, options: options)
    }

    public func bytes(ofPages pages: [Scene], options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try SceneRenderer.renderPDF(pages: pages, options: options)
    }
}
