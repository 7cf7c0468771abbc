import ParleyCairo
import ParleySVG
import ParleyScene

/// The SVG row's writer: native text or Cairo's outlines, as `WriteOptions.svgText` asks, so
/// one format (one extension, one media type, one manifest name) has both ways of setting text.
struct SVGTextWriter: SceneWriter {
    let native = NativeSVGWriter(fonts: PangoFontEmbedding())
    let outline = CairoSVGWriter()

    func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        switch options.svgText {
        case .native: try native.bytes(of: scene, options: options)
        case .outline: try outline.bytes(of: scene, options: options)
        }
    }
}
