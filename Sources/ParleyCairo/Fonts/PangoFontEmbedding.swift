import ParleyScene

/// Embeds the faces Pango sets each font's text in, fallback faces included, each subset with
/// HarfBuzz to the characters it draws and packed as WOFF when that is smaller, so a browser
/// draws the text with exactly the metrics Parley laid it out with.
public struct PangoFontEmbedding: FontEmbedding {
    private let fontConfigurationFile: String?
    private let cache: FaceSubsetCache

    /// Makes the source: the fonts the process's fontconfig finds, subsets cached process-wide.
    public init() { self.init(fontConfigurationFile: nil, cache: .shared) }

    /// For tests: fonts from their own fontconfig file, and a cache of their own.
    init(fontConfigurationFile: String?, cache: FaceSubsetCache) {
        self.fontConfigurationFile = fontConfigurationFile
        self.cache = cache
    }

    /// One face per (font file, weight, style) the text asks for, with the union of its characters.
    private struct Use: Hashable {
        let identity: String
        let weight: Int
        let isItalic: Bool
    }

    /// For each font, the faces Pango shapes its characters with, subset to them.
    public func embed(_ texts: [Font: String]) throws(SceneWriterError) -> EmbeddedFonts {
        let runs = try PangoFaceRuns(fontConfigurationFile: fontConfigurationFile)
        var faceOf: [Use: HarfBuzzFace] = [:]
        var scalarsOf: [Use: Set<UInt32>] = [:]
        var usesOf: [Font: [Use]] = [:]
        for (font, text) in texts {
            for run in runs.runs(of: text, in: font) {
                let use = Use(identity: run.face.identity, weight: Self.cssWeight(font.weight), isItalic: font.style == .italic)
                if faceOf[use] == nil { faceOf[use] = run.face }
                scalarsOf[use, default: []].formUnion(run.scalars)
                if !(usesOf[font]?.contains(use) ?? false) { usesOf[font, default: []].append(use) }
            }
        }
        var familyOf: [Use: String] = [:]
        var faces: [EmbeddedFace] = []
        for (use, face) in faceOf {
            let scalars = (scalarsOf[use] ?? []).sorted()
            let entry = try cache.entry(face: use.identity, scalars: scalars) { () throws(SceneWriterError) in
                let sfnt = try FaceSubsetter.subset(face, to: scalars)
                if let woff = WOFFEncoder.woff(sfnt), woff.count < sfnt.count { return .init(data: woff, isWOFF: true) }
                return .init(data: sfnt, isWOFF: false)
            }
            let family = EmbeddedFaceName.family(
                postScriptName: face.postScriptName, weight: use.weight, isItalic: use.isItalic, data: entry.data)
            familyOf[use] = family
            faces.append(
                EmbeddedFace(
                    family: family, weight: use.weight, isItalic: use.isItalic, data: entry.data,
                    mediaType: entry.isWOFF ? "font/woff" : "font/ttf", format: entry.isWOFF ? "woff" : "truetype"))
        }
        faces.sort { ($0.family, $0.weight) < ($1.family, $1.weight) }
        var families: [Font: [String]] = [:]
        for font in texts.keys {
            var list = (usesOf[font] ?? []).compactMap { familyOf[$0] }
            for installed in [font.family, "sans-serif"] where !list.contains(installed) { list.append(installed) }
            families[font] = list
        }
        return EmbeddedFonts(faces: faces, families: families)
    }

    private static func cssWeight(_ weight: Font.Weight) -> Int {
        switch weight {
        case .regular: 400
        case .medium: 500
        case .bold: 700
        }
    }
}
