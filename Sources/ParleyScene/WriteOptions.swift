import ParleyColor

/// Choices that change a writer's bytes but not the layout; every writer takes the same ones
/// and ignores those that do not apply to it (a vector format has no pixel scale).
public struct WriteOptions: Sendable, Hashable {
    /// Device pixels per point for raster formats: 2 keeps the layout and doubles the pixels.
    public var scale: Double
    /// Replaces the scene's background; a transparent colour (alpha 0) leaves the canvas
    /// transparent; nil keeps the scene's own.
    public var background: Color?
    /// Prefixed to every id in an SVG so several can be inlined in one page; see
    /// `idPrefixProblem(_:)` for what it may hold (writers refuse anything else).
    public var svgIDPrefix: String
    /// The document's creator in formats with metadata (PDF).
    public var creator: String
    /// The document's creation date in formats with metadata; pinned so the same scene gives
    /// the same bytes.
    public var creationDate: String
    /// How SVG sets text: as `<text>` with embedded font subsets (native) or as Cairo's
    /// outlined glyphs; other formats ignore it.
    public var svgText: SVGTextMode
    // Reports (issue 15, reports): document metadata beyond the scene's title and description.
    /// The document's author in formats with metadata (PDF); empty for none.
    public var author: String = ""
    /// The document's keywords in formats with metadata (PDF), separated by semicolons (a keyword may hold a comma); empty for none.
    public var keywords: String = ""
    // Issue 17: the language the chart's words are in, for SVG's `xml:lang` and `lang`.
    /// The BCP 47 code of the chart's words (`ru`), written on the SVG root; empty for the
    /// scene's own (`Scene.language`), which is what a chart normally carries.
    public var language: String = ""

    /// The language to write on the root of `scene`: this option's, else the scene's.
    public func language(of scene: Scene) -> String { language.isEmpty ? scene.language : language }

    /// Makes options that keep the scene's background at scale 1, with no SVG id prefix and a pinned date.
    public init(
        scale: Double = 1, background: Color? = nil, svgIDPrefix: String = "", creator: String = "Parley",
        creationDate: String = "2000-01-01T00:00:00Z", svgText: SVGTextMode = .outline
    ) {
        self.scale = scale; self.background = background; self.svgIDPrefix = svgIDPrefix
        self.creator = creator; self.creationDate = creationDate; self.svgText = svgText
    }

    /// `scene` with the background override applied: the one place it is applied, for every
    /// writer (the scene JSON too).
    public func applied(to scene: Scene) -> Scene {
        guard let background else { return scene }
        var scene = scene
        scene.background = background.alpha == 0 ? nil : background
        return scene
    }
}
