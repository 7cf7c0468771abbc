import ParleyColor
import ParleyModel
import ParleyScene

/// A picture the caller loaded for a flag given as `{image: …}`: layouts do no file I/O.
public struct FlagImage: Sendable, Hashable {
    /// PNG or SVG, as the file's contents say.
    public var format: Image.Format
    /// The picture file's bytes, exactly as read.
    public var data: [UInt8]
    /// Makes a flag picture from a loaded file's bytes.
    public init(format: Image.Format, data: [UInt8]) { self.format = format; self.data = data }
}

/// Draws a party's flag into a frame: stripes from the model, a loaded picture, or — for a
/// party without a flag, or whose picture was not drawn — a plain panel in its colour with its
/// name's initials (a neutral panel when the party has no colour of its own). The print theme
/// draws stripes in the greys of their luminance and a picture as a neutral panel with the
/// initials: a picture cannot be made grey without the writers' help, and a page printed in
/// black and white must not depend on colour.
enum FlagDrawing {
    static func nodes(for party: Party, in frame: Rect, images: [String: FlagImage], style: PartyStyle, typesetter: Typesetter)
        -> [SceneNode]
    {
        var nodes: [SceneNode] = []
        let inGrey = typesetter.theme.name == ThemeName.print.rawValue
        let stripes: (Color) -> Color = { inGrey ? $0.greyscale : $0 }
        switch party.flag {
        case .horizontal(let colors):
            let band = frame.height / Double(colors.count)
            for (index, color) in colors.enumerated() {
                nodes.append(
                    .rect(
                        RectShape(
                            frame: Rect(x: frame.x, y: frame.y + Double(index) * band, width: frame.width, height: band),
                            style: .filled(stripes(color)))))
            }
        case .vertical(let colors):
            let band = frame.width / Double(colors.count)
            for (index, color) in colors.enumerated() {
                nodes.append(
                    .rect(
                        RectShape(
                            frame: Rect(x: frame.x + Double(index) * band, y: frame.y, width: band, height: frame.height),
                            style: .filled(stripes(color)))))
            }
        case .image:
            if inGrey {
                nodes += neutral(party, frame, style, typesetter)
            } else if let image = images[party.id] {
                nodes.append(
                    .image(
                        Image(
                            frame: frame, format: image.format, data: image.data,
                            description: style.strings.text(.flagOf, [.party: style.name(party.id)]))))
            } else if party.color != nil {
                // The picture was not drawn (too costly; the caller warned): the party's colour.
                nodes += plain(party, frame, style, typesetter)
            } else {
                nodes += neutral(party, frame, style, typesetter)
            }
        case nil:
            nodes += plain(party, frame, style, typesetter)
        }
        // The outline reads on paper (3:1), where the rule's light grey would not.
        let outline = inGrey ? typesetter.theme.secondaryText : typesetter.theme.rule
        nodes.append(.rect(RectShape(frame: frame, style: ShapeStyle(stroke: Stroke(color: outline, width: 0.75)))))
        return [
            .group(
                Group(
                    id: "flag-\(party.id)", title: style.strings.text(.flagOf, [.party: style.name(party.id)]), clip: frame,
                    children: nodes, role: .flag, party: party.id))
        ]
    }

    /// A party with neither a drawable picture nor a colour of its own: a plain panel that
    /// does not pass for anyone's colours, with the initials.
    private static func neutral(_ party: Party, _ frame: Rect, _ style: PartyStyle, _ typesetter: Typesetter) -> [SceneNode] {
        let fill = typesetter.theme.panel
        let run = typesetter.run(
            initials(party, style), .heading, at: Point(x: frame.midX, y: frame.midY - typesetter.lineHeight(.heading) / 2),
            alignment: .center, color: typesetter.theme.secondaryText)
        return [.rect(RectShape(frame: frame, style: .filled(fill))), .text(run)]
    }

    /// A short id (`dk`, `osce`) in capitals: ids are unique, so no two panels read alike, where
    /// the initials of names did ("Udenrigsministeriet, Kongeriget Danmark" read "UK"). A
    /// longer id gives the name's initials.
    private static func initials(_ party: Party, _ style: PartyStyle) -> String {
        if party.id.count <= 4, party.id.allSatisfy({ $0.isLetter || $0.isNumber }) { return party.id.uppercased() }
        return String(style.name(party.id).split(separator: " ").prefix(2).compactMap(\.first))
    }

    private static func plain(_ party: Party, _ frame: Rect, _ style: PartyStyle, _ typesetter: Typesetter) -> [SceneNode] {
        let fill = style.color(party.id)
        let run = typesetter.run(
            initials(party, style), .heading, at: Point(x: frame.midX, y: frame.midY - typesetter.lineHeight(.heading) / 2),
            alignment: .center,
            color: style.textColor(on: fill))
        return [.rect(RectShape(frame: frame, style: .filled(fill))), .text(run)]
    }
}
