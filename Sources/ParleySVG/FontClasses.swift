import ParleyJSON
import ParleyScene

/// The fonts a document's text is set in, one CSS class each (`.t0`) in order of first use,
/// with the characters drawn in each for the embedding, and the style rules that declare them.
struct FontClasses {
    private(set) var fonts: [Font] = []
    private var indices: [Font: Int] = [:]
    private var characters: [[Unicode.Scalar: Void]] = []

    /// The class of `font`, recording that `text` is drawn in it.
    mutating func index(of font: Font, drawing text: String) -> Int {
        let index: Int
        if let known = indices[font] {
            index = known
        } else {
            index = fonts.count
            fonts.append(font)
            indices[font] = index
            characters.append([:])
        }
        for scalar in text.unicodeScalars { characters[index][scalar] = () }
        return index
    }

    /// Every font with the characters drawn in it, in scalar order.
    var texts: [Font: String] {
        var texts: [Font: String] = [:]
        for (index, font) in fonts.enumerated() {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: characters[index].keys.sorted { $0.value < $1.value })
            texts[font] = String(scalars)
        }
        return texts
    }

    /// `@font-face` rules for the embedded faces, then one rule per font class. Embedded
    /// families are prefixed like ids: two inlined SVGs embed different subsets of one font.
    func appendRules(embedded: EmbeddedFonts, to out: inout SVGOutput) {
        let faceFamilies = Set(embedded.faces.map(\.family))
        for face in embedded.faces {
            out.append("@font-face{font-family:'")
            out.appendPrefix()
            out.append(Self.cssSafe(face.family))
            out.append("';src:url(data:")
            out.append(Self.cssSafe(face.mediaType))
            out.append(";base64,")
            out.append(Base64.encode(face.data))
            out.append(") format('")
            out.append(Self.cssSafe(face.format))
            out.append("');font-weight:")
            out.append(number: Double(face.weight))
            out.append(face.isItalic ? ";font-style:italic}" : ";font-style:normal}")
        }
        for (index, font) in fonts.enumerated() {
            out.append(".")
            PaintClasses.appendClassName("t", index, to: &out)
            out.append("{font:")
            if font.style == .italic { out.append("italic ") }
            switch font.weight {
            case .regular: out.append("400 ")
            case .medium: out.append("500 ")
            case .bold: out.append("700 ")
            }
            out.append(number: font.size)
            out.append("px ")
            let families = embedded.families[font] ?? [font.family, "sans-serif"]
            for (position, family) in families.enumerated() {
                if position > 0 { out.append(",") }
                if Self.genericFamilies.contains(family) {
                    out.append(family)
                    continue
                }
                out.append("'")
                if faceFamilies.contains(family) { out.appendPrefix() }
                out.append(Self.cssSafe(family))
                out.append("'")
            }
            out.append(";white-space:pre}")
        }
    }

    private static let genericFamilies: Set<String> = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"]

    /// Only characters that need no escape in CSS or XML: family names and media types are
    /// plain words, and anything else in one would only break the style sheet.
    static func cssSafe(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter {
                    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || " -_./+".unicodeScalars.contains($0)
                }))
    }
}
