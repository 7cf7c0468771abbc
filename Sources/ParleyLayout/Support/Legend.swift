import ParleyModel
import ParleyScene

/// A row of party swatches with names (and roles for mediators, hosts, observers), wrapping
/// onto further rows when the width runs out.
struct Legend {
    static func make(
        parties: [Party], style: PartyStyle, at origin: Point, width: Double, typesetter: Typesetter,
        notes: ChartNotes? = nil
    ) -> (
        nodes: [SceneNode], height: Double
    ) {
        let strings = style.strings
        guard !parties.isEmpty else { return ([], 0) }
        let swatch = 10.0, lineHeight = typesetter.lineHeight(.small)
        var nodes: [SceneNode] = []
        var x = origin.x, y = origin.y, rowHeight = lineHeight
        // On paper the swatch's edge must read (3:1) even where a pattern's light lines meet it.
        let theme = typesetter.theme
        let outline = theme.name == ThemeName.print.rawValue ? theme.secondaryText : theme.rule
        for party in parties {
            let named =
                strings.name(of: party.role).map { strings.text(.legendEntryWithRole, [.party: style.name(party.id), .role: $0]) }
                ?? style.name(party.id)
            let label = notes?.marked(named, .party(party.id)) ?? named
            let textWidth = min(typesetter.width(label, .small, cappedAt: width - swatch - 6), width - swatch - 6)
            let itemWidth = swatch + 5 + textWidth
            if x > origin.x, x + itemWidth > origin.x + width {
                x = origin.x
                y += rowHeight + 4
                rowHeight = lineHeight
            }
            let swatchRect = Rect(x: x, y: y + (lineHeight - swatch) / 2, width: swatch, height: swatch)
            nodes.append(
                .rect(
                    RectShape(
                        frame: swatchRect, cornerRadius: 2,
                        style: ShapeStyle(fill: style.color(party.id), stroke: Stroke(color: outline, width: 0.5)))))
            nodes += style.pattern(party.id).lines(in: swatchRect, color: typesetter.theme.background)
            // A name wider than the whole row wraps (up to the line clamp) rather than being cut.
            let run = typesetter.run(label, .small, at: Point(x: x + swatch + 5, y: y), maxWidth: textWidth, overflow: .lineClamp)
            nodes.append(.text(run))
            rowHeight = max(rowHeight, run.metrics.height)
            x += itemWidth + 16
        }
        let group = SceneNode.group(Group(id: "legend", title: strings.text(.legendTitle), children: nodes, role: .legend))
        return ([group], y + rowHeight - origin.y)
    }
}
