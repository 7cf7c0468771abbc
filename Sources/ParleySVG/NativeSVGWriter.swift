import ParleyScene

/// SVG written from the scene alone, every text a `<text>` element set in an embedded subset
/// of the font it was measured in (groundwork: the drawing is being written).
public struct NativeSVGWriter: SceneWriter {
    /// Where the font subsets come from.
    public var fonts: any FontEmbedding

    /// Makes the writer; by default it embeds no font and names the installed families.
    public init(fonts: any FontEmbedding = InstalledFontsOnly()) { self.fonts = fonts }

    /// `scene` as a standalone SVG document.
    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(scene.size.width))pt\" height=\"\(Int(scene.size.height))pt\"/>\n".utf8)
    }

    /// One SVG whose colours follow the reader's colour scheme: `light`'s by default, `dark`'s
    /// under `prefers-color-scheme: dark`. The two scenes must differ only in colour.
    public func bytes(of light: Scene, dark: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        try bytes(of: light, options: options)
    }
}

extension NativeSVGWriter {
    /// The two-palette document with the id prefix checked and the background applied to both
    /// scenes, as `write(_:options:)` does for one.
    public func write(_ light: Scene, dark: Scene, options: WriteOptions = WriteOptions()) throws(SceneWriterError) -> [UInt8] {
        if let problem = WriteOptions.idPrefixProblem(options.svgIDPrefix) { throw .badIDPrefix(problem) }
        return try bytes(of: options.applied(to: light), dark: options.applied(to: dark), options: options)
    }
}
