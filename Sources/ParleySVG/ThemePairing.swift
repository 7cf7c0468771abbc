import ParleyScene

/// Whether two scenes meant as one document's light and dark palettes differ in nothing but
/// colour, node by node: the writer walks both together and asks here before writing a node.
enum ThemePairing {
    /// Whether `dark` is `light` with other colours; for a group, its own fields only (its
    /// children are compared as the writer reaches them).
    static func matches(_ light: SceneNode, _ dark: SceneNode) -> Bool {
        switch (light, dark) {
        case (.group(let a), .group(let b)):
            a.id == b.id && a.title == b.title && a.description == b.description && a.transform == b.transform && a.clip == b.clip
                && a.opacity == b.opacity && a.children.count == b.children.count && a.role == b.role && a.party == b.party
                && a.link == b.link
        case (.rect(let a), .rect(let b)): same(a, b) { $0.style = recoloured($0.style, like: a.style) }
        case (.circle(let a), .circle(let b)): same(a, b) { $0.style = recoloured($0.style, like: a.style) }
        case (.line(let a), .line(let b)): same(a, b) { $0.stroke.color = a.stroke.color }
        case (.polyline(let a), .polyline(let b)): same(a, b) { $0.style = recoloured($0.style, like: a.style) }
        case (.path(let a), .path(let b)): same(a, b) { $0.style = recoloured($0.style, like: a.style) }
        case (.arrow(let a), .arrow(let b)): same(a, b) { $0.stroke.color = a.stroke.color }
        case (.text(let a), .text(let b)): same(a, b) { $0.color = a.color }
        case (.image(let a), .image(let b)):
            a == b
        default:
            false
        }
    }

    /// Whether `dark`, given `light`'s colours by `recolour`, is `light`.
    private static func same<Node: Equatable>(_ light: Node, _ dark: Node, recolour: (inout Node) -> Void) -> Bool {
        var dark = dark
        recolour(&dark)
        return light == dark
    }

    /// `style` with `model`'s colours. A fill on one side only is a colour (a class says
    /// `fill:none`); a stroke on one side only is not, since its width and dashes are drawing.
    private static func recoloured(_ style: ShapeStyle, like model: ShapeStyle) -> ShapeStyle {
        var style = style
        style.fill = model.fill
        if var stroke = style.stroke, let modelStroke = model.stroke {
            stroke.color = modelStroke.color
            style.stroke = stroke
        }
        return style
    }
}
