import ParleyColor
import ParleyScene

/// How a party's marks are filled besides their colour: in the print theme, where three grey
/// levels are all that stay apart (ΔE00 ≥ 15) and legible (3:1) on white, parties past the
/// third are told apart by lines across their marks in the background colour.
enum MarkPattern: Int, CaseIterable, Sendable {
    /// A plain fill.
    case solid
    /// Lines rising at 45°.
    case diagonal
    /// Lines at 45° both ways.
    case crossed
    /// Horizontal lines.
    case horizontal

    /// The directions (unit vectors along the lines) the pattern draws.
    private var directions: [Point] {
        let half = 0.5.squareRoot()
        switch self {
        case .solid: return []
        case .diagonal: return [Point(x: half, y: -half)]
        case .crossed: return [Point(x: half, y: -half), Point(x: half, y: half)]
        case .horizontal: return [Point(x: 1, y: 0)]
        }
    }

    /// Space between two lines of the pattern.
    static let spacing = 4.0

    /// The pattern's lines across a disc, as chords ending `inset` inside its edge so the
    /// disc's outline stays whole.
    func lines(in center: Point, radius: Double, color: Color, inset: Double = 1.5) -> [SceneNode] {
        let inner = radius - inset
        guard inner > 1 else { return [] }
        var nodes: [SceneNode] = []
        for direction in directions {
            let normal = Point(x: -direction.y, y: direction.x)
            var offset = -inner + Self.spacing / 2
            while offset < inner {
                let half = (inner * inner - offset * offset).squareRoot()
                let middle = Point(x: center.x + normal.x * offset, y: center.y + normal.y * offset)
                nodes.append(line(middle, direction, half, color))
                offset += Self.spacing
            }
        }
        return nodes
    }

    /// The pattern's lines across a rectangle, in a group clipped to it.
    func lines(in frame: Rect, color: Color) -> [SceneNode] {
        guard self != .solid, frame.width > 0, frame.height > 0 else { return [] }
        let center = Point(x: frame.midX, y: frame.midY)
        let reach = (frame.width * frame.width + frame.height * frame.height).squareRoot() / 2
        var nodes: [SceneNode] = []
        for direction in directions {
            let normal = Point(x: -direction.y, y: direction.x)
            var offset = -reach + Self.spacing / 2
            while offset < reach {
                let middle = Point(x: center.x + normal.x * offset, y: center.y + normal.y * offset)
                nodes.append(line(middle, direction, reach, color))
                offset += Self.spacing
            }
        }
        return [.group(Group(clip: frame, children: nodes))]
    }

    private func line(_ middle: Point, _ direction: Point, _ half: Double, _ color: Color) -> SceneNode {
        .line(
            Line(
                from: Point(x: middle.x - direction.x * half, y: middle.y - direction.y * half),
                to: Point(x: middle.x + direction.x * half, y: middle.y + direction.y * half), stroke: Stroke(color: color, width: 1)))
    }
}
