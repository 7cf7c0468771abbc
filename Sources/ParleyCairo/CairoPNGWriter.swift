import ParleyScene

/// PNG drawn by Cairo at `WriteOptions.scale` pixels a point, held to `RenderLimits`.
public struct CairoPNGWriter: SceneWriter {
    /// Which code compresses the pixels; a choice of this writer's alone.
    public var compressor: PNGCompressor

    /// Makes the writer; Parley's own compressor unless told otherwise.
    public init(compressor: PNGCompressor = .parley) {
        self.compressor = compressor
    }

    /// `scene` as PNG at `options.scale` pixels a point; throws past `RenderLimits`.
    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try SceneRenderer.render(scene, on: .png(compressor), options: options)
    }
}

/// Who compresses the drawn pixels into PNG bytes; `.cairo` is kept for benchmarks and comparisons.
public enum PNGCompressor: String, Sendable, Hashable, CaseIterable {
    /// A filter chosen per row and libdeflate: about twice as fast as Cairo's writer, and smaller.
    case parley
    /// `cairo_surface_write_to_png_stream`: libpng at zlib level 6, every filter tried on every row.
    case cairo
}
