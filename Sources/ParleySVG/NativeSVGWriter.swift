import ParleyColor
import ParleyScene

/// SVG written from the scene alone, every text a `<text>` element set in an embedded subset
/// of the font it was measured in: selectable, searchable and a fraction of Cairo's size.
/// docs/embedding.md lists the classes and attributes a page can rely on.
public struct NativeSVGWriter: SceneWriter {
    /// Where the font subsets come from.
    public var fonts: any FontEmbedding

    /// Makes the writer; by default it embeds no font and names the installed families.
    public init(fonts: any FontEmbedding = InstalledFontsOnly()) { self.fonts = fonts }

    /// `scene` as a standalone SVG document, one unit a point.
    public func bytes(of scene: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        var body = SVGBodyWriter(twoPalettes: false)
        try body.write(scene.nodes, dark: nil)
        return try document(scene, background: ColorPair(scene.background), body: body, options: options)
    }

    /// One SVG whose colours follow the reader's colour scheme: `light`'s by default, `dark`'s
    /// under `prefers-color-scheme: dark`. The two scenes must differ only in colour.
    public func bytes(of light: Scene, dark: Scene, options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        guard light.size == dark.size, light.title == dark.title, light.description == dark.description else {
            throw .themesDiffer(path: "the canvas, title or description")
        }
        var body = SVGBodyWriter(twoPalettes: true)
        try body.write(light.nodes, dark: dark.nodes)
        return try document(light, background: ColorPair(light: light.background, dark: dark.background), body: body, options: options)
    }

    private func document(_ scene: Scene, background: ColorPair, body: SVGBodyWriter, options: WriteOptions) throws(SceneWriterError)
        -> [UInt8]
    {
        var body = body
        var backgroundRect = SVGOutput()
        if !background.isNone {
            backgroundRect.append("<rect")
            backgroundRect.attribute("width", scene.size.width)
            backgroundRect.attribute("height", scene.size.height)
            body.paints.appendFill(background, to: &backgroundRect)
            body.paints.appendClasses(to: &backgroundRect)
            backgroundRect.append("/>")
        }
        let embedded = try fonts.embed(body.fonts.texts)
        var out = SVGOutput(capacity: body.out.bytes.count + 4096)
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        out.append(" width=\"")
        out.append(number: scene.size.width)
        out.append("pt\" height=\"")
        out.append(number: scene.size.height)
        out.append("pt\" viewBox=\"0 0 ")
        out.append(number: scene.size.width)
        out.append(" ")
        out.append(number: scene.size.height)
        // Cairo's miter limit is 10, SVG's default 4.
        out.append("\" stroke-miterlimit=\"10\" xml:space=\"preserve\" role=\"img\"")
        let language = options.language(of: scene)
        if !language.isEmpty {
            // `xml:lang` for SVG 1.1 readers, `lang` for SVG 2 and HTML pages that inline the chart.
            out.append(" xml:lang=\"")
            out.append(XMLEscape.attribute(language))
            out.append("\" lang=\"")
            out.append(XMLEscape.attribute(language))
            out.append("\"")
        }
        if !scene.title.isEmpty {
            out.append(" aria-labelledby=\"")
            out.appendPrefix()
            out.append("_title\"")
        }
        if !scene.description.isEmpty {
            out.append(" aria-describedby=\"")
            out.appendPrefix()
            out.append("_desc\"")
        }
        out.append(">\n")
        if !scene.title.isEmpty {
            out.append("<title id=\"")
            out.appendPrefix()
            out.append("_title\">")
            out.appendEscaped(scene.title)
            out.append("</title>\n")
        }
        if !scene.description.isEmpty {
            out.append("<desc id=\"")
            out.appendPrefix()
            out.append("_desc\">")
            out.appendEscaped(scene.description)
            out.append("</desc>\n")
        }
        var style = SVGOutput()
        body.fonts.appendRules(embedded: embedded, to: &style)
        body.paints.appendRules(to: &style)
        if !style.bytes.isEmpty {
            out.append("<style>")
            out.append(output: style)
            out.append("</style>\n")
        }
        out.append(output: backgroundRect)
        out.append(output: body.out)
        out.append("\n</svg>\n")
        let prefix = options.svgIDPrefix.isEmpty ? DocumentPrefix.derived(from: out.bytes) : options.svgIDPrefix
        return out.finished(prefix: prefix)
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
