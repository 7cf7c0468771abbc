import ParleyScene

/// SVG drawn by Cairo: text as outlined glyphs, ids renumbered and prefixed by
/// `SVGPostProcessor`, with `<title>` and `<desc>` from the scene.
public struct CairoSVGWriter: SceneWriter {
    /// Makes the writer; it has no settings of its own.
    public init() {}

    /// `scene` as a standalone SVG document, one CSS pixel a point, ids prefixed by `options.svgIDPrefix`.
    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try SceneRenderer.render(scene, on: .svg, options: options)
    }
}
