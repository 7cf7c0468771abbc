import ParleyColor

/// How colours reach the elements: presentation attributes (`fill="#abc"`) for one palette,
/// so a site's style sheet still wins over them; a class for each distinct light and dark
/// pair for two (`.f3`, `.s3`), whose rules `style` writes, the dark ones under
/// `prefers-color-scheme: dark`.
struct PaintClasses {
    let twoPalettes: Bool
    private(set) var fills: [ColorPair] = []
    private(set) var strokes: [ColorPair] = []
    private var fillIndex: [ColorPair: Int] = [:]
    private var strokeIndex: [ColorPair: Int] = [:]
    /// The element being written's fill and stroke classes, written together by `appendClasses`
    /// (an element has one `class` attribute).
    private var pending: [(letter: StaticString, index: Int)] = []

    init(twoPalettes: Bool) { self.twoPalettes = twoPalettes }

    /// The fill of an element that has one: `fill="none"` when neither palette paints it.
    mutating func appendFill(_ pair: ColorPair, to out: inout SVGOutput) {
        if pair.isNone {
            out.append(" fill=\"none\"")
        } else if twoPalettes {
            pending.append(("f", index(of: pair, in: &fills, &fillIndex)))
        } else if let color = pair.light {
            Self.append(color, as: " fill=\"", opacity: " fill-opacity=\"", to: &out)
        }
    }

    /// The stroke colour of a stroked element.
    mutating func appendStroke(_ pair: ColorPair, to out: inout SVGOutput) {
        if twoPalettes {
            pending.append(("s", index(of: pair, in: &strokes, &strokeIndex)))
        } else if let color = pair.light {
            Self.append(color, as: " stroke=\"", opacity: " stroke-opacity=\"", to: &out)
        }
    }

    /// One palette's colour as attributes: the hex value, and its opacity when not opaque.
    private static func append(_ color: Color, as attribute: StaticString, opacity: StaticString, to out: inout SVGOutput) {
        out.append(attribute)
        out.append(hex: color)
        out.append("\"")
        if color.alpha < 1 {
            out.append(opacity)
            out.append(opacity: color.alpha)
            out.append("\"")
        }
    }

    /// The class of a fill for an element whose `class` attribute is being written (text),
    /// or nil when colours are attributes.
    mutating func fillClass(_ pair: ColorPair) -> Int? {
        twoPalettes ? index(of: pair, in: &fills, &fillIndex) : nil
    }

    /// The `class` attribute of the paints given since the last call, if any.
    mutating func appendClasses(to out: inout SVGOutput) {
        guard !pending.isEmpty else { return }
        out.append(" class=\"")
        for (position, paint) in pending.enumerated() {
            if position > 0 { out.append(" ") }
            Self.appendClassName(paint.letter, paint.index, to: &out)
        }
        out.append("\"")
        pending.removeAll(keepingCapacity: true)
    }

    /// `{prefix}f3`: prefixed, since an inlined SVG's style sheet applies to the whole page.
    static func appendClassName(_ letter: StaticString, _ index: Int, to out: inout SVGOutput) {
        out.appendPrefix()
        out.append(letter)
        out.append(number: Double(index))
    }

    private func index(of pair: ColorPair, in list: inout [ColorPair], _ known: inout [ColorPair: Int]) -> Int {
        if let index = known[pair] { return index }
        list.append(pair)
        known[pair] = list.count - 1
        return list.count - 1
    }

    /// The rules for the classes used, light then dark.
    func appendRules(to out: inout SVGOutput) {
        guard twoPalettes, !(fills.isEmpty && strokes.isEmpty) else { return }
        appendRules(dark: false, to: &out)
        out.append("@media (prefers-color-scheme:dark){")
        appendRules(dark: true, to: &out)
        out.append("}")
    }

    private func appendRules(dark: Bool, to out: inout SVGOutput) {
        for (letter, property, list) in [("f", "fill", fills), ("s", "stroke", strokes)] as [(StaticString, String, [ColorPair])] {
            for (index, pair) in list.enumerated() {
                out.append(".")
                Self.appendClassName(letter, index, to: &out)
                out.append("{")
                out.append(property)
                out.append(":")
                let color = dark ? pair.dark : pair.light
                if let color { out.append(hex: color) } else { out.append("none") }
                if [pair.light, pair.dark].contains(where: { ($0?.alpha ?? 1) < 1 }) {
                    out.append(";")
                    out.append(property)
                    out.append("-opacity:")
                    out.append(opacity: color?.alpha ?? 1)
                }
                out.append("}")
            }
        }
    }
}
