/// Chooses colours that keep apart from each other and from colours already taken: every pair
/// at least `minimumDifference` ΔE00 apart, seen normally and as a deuteranope sees it, each
/// legible (3:1) on the backgrounds it is drawn on. Deterministic: same input, same colours.
public struct DistinctPalette: Sendable {
    /// The least ΔE00 two party colours may have (normal and deuteranopic vision).
    public static let minimumDifference = 15.0
    /// The most chosen colours the repair pass moves (see `repair`).
    static let repairedColors = 24

    /// Colours tried first, in order, when they keep apart: a theme's own palette.
    public var preferred: [Color]
    /// Every colour a mark may be drawn in must reach 3:1 against each of these.
    public var backgrounds: [Color]
    /// The least contrast with the backgrounds (WCAG's 3:1 for graphics).
    public var minimumContrast = 3.0

    /// A palette preferring `preferred`, legible on every one of `backgrounds`.
    public init(preferred: [Color], backgrounds: [Color]) {
        self.preferred = preferred
        self.backgrounds = backgrounds
    }

    /// `count` colours apart from each other and from `taken`. The preferred colours that keep
    /// `minimumDifference` from all chosen so far come first; then, from an even grid of the
    /// sRGB cube, the colour farthest from all chosen so far. Past what the space holds (about a
    /// dozen beside a few taken colours) the farthest colour is still taken, closer than the
    /// threshold: charts then rely on names in labels.
    ///
    /// When the colours cannot keep apart for deuteranopes too, they are chosen again for normal
    /// vision alone, and that choice is kept if it holds the threshold there: a crowded chart
    /// stays apart for most readers rather than falling short for all of them.
    public func colors(count: Int, avoiding taken: [Color]) -> [Color] {
        guard count > 0 else { return [] }
        let forBoth = colors(count: count, avoiding: taken, forDeuteranopes: true)
        guard forBoth.closest < Self.minimumDifference else { return forBoth.colors }
        let forMost = colors(count: count, avoiding: taken, forDeuteranopes: false)
        return forMost.closest >= Self.minimumDifference ? forMost.colors : forBoth.colors
    }

    /// The colours, and the least difference between any of them and the others or `taken`.
    private func colors(count: Int, avoiding taken: [Color], forDeuteranopes: Bool) -> (colors: [Color], closest: Double) {
        var chosen: [Color] = []
        var references = taken.map(Seen.init)
        let legiblePreferred = preferred.filter(isLegible)
        // The grid's coordinates are computed once a process (`Seen.grid`), not once a chart.
        let candidates = legiblePreferred.map(Seen.init) + Seen.grid.filter { isLegible($0.color) }
        var used = Set<Int>()
        // Each candidate's distance to the nearest colour taken or chosen so far, brought up to
        // date with each new pick only: choosing n colours costs n × candidates, not n² × candidates.
        var nearest = candidates.map { candidate in
            references.map { candidate.difference(from: $0, forDeuteranopes: forDeuteranopes) }.min() ?? .infinity
        }
        while chosen.count < count {
            var best: (index: Int, distance: Double)?
            for (index, _) in candidates.enumerated() where !used.contains(index) {
                let distance = nearest[index]
                // A preferred colour that keeps the threshold is taken as soon as it comes in order.
                if index < legiblePreferred.count, distance >= Self.minimumDifference {
                    best = (index, distance)
                    break
                }
                if best.map({ distance > $0.distance }) ?? true { best = (index, distance) }
            }
            guard let pick = best else { break }
            used.insert(pick.index)
            chosen.append(candidates[pick.index].color)
            references.append(candidates[pick.index])
            for index in candidates.indices where !used.contains(index) {
                nearest[index] = min(
                    nearest[index], candidates[index].difference(from: candidates[pick.index], forDeuteranopes: forDeuteranopes))
            }
        }
        repair(&chosen, references: &references, taken: taken.count, candidates: candidates, forDeuteranopes: forDeuteranopes)
        // No legible candidate at all (an odd background): repeat what there is rather than fail.
        while chosen.count < count, let first = chosen.first ?? preferred.first ?? taken.first { chosen.append(first) }
        let closest =
            references.indices.dropFirst(taken.count).map { own in
                references.indices.filter { $0 != own }.map {
                    references[own].difference(from: references[$0], forDeuteranopes: forDeuteranopes)
                }.min() ?? .infinity
            }.min() ?? .infinity
        return (chosen, closest)
    }

    /// While some chosen colour sits closer than the threshold, moves each chosen colour to the
    /// candidate farthest from all the others (coordinate ascent, a few passes): the greedy order
    /// fills the space unevenly once taken colours sit in it. `references` holds the taken
    /// colours, then the chosen ones.
    private func repair(_ chosen: inout [Color], references: inout [Seen], taken: Int, candidates: [Seen], forDeuteranopes: Bool) {
        func closest(_ own: Int) -> Double {
            references.indices.filter { $0 != own }.map {
                references[own].difference(from: references[$0], forDeuteranopes: forDeuteranopes)
            }.min() ?? .infinity
        }
        // Each pass costs chosen² × candidates: past a couple of dozen colours (a model of many
        // parties) the greedy choice stands, so a chart of 200 parties lays out in well under a second.
        guard chosen.count <= Self.repairedColors else { return }
        for _ in 0..<6 {
            // Done once every chosen colour keeps the threshold; until then each may move.
            guard chosen.indices.contains(where: { closest(taken + $0) < Self.minimumDifference }) else { return }
            var moved = false
            for position in chosen.indices {
                let own = taken + position
                let others = references.indices.filter { $0 != own }.map { references[$0] }
                let current = closest(own)
                var best = (candidate: references[own], distance: current)
                for candidate in candidates {
                    let distance = others.map { candidate.difference(from: $0, forDeuteranopes: forDeuteranopes) }.min() ?? .infinity
                    if distance > best.distance + 1e-9 { best = (candidate, distance) }
                }
                guard best.distance > current + 1e-9 else { continue }
                references[own] = best.candidate
                chosen[position] = best.candidate.color
                moved = true
            }
            if !moved { break }
        }
    }

    private func isLegible(_ color: Color) -> Bool {
        backgrounds.allSatisfy { color.contrastRatio(with: $0) >= minimumContrast }
    }

    /// The sRGB cube at 10 levels a channel, in a fixed order, without near-greys and colours near
    /// black or white (CIELAB chroma under 20, lightness outside 20…90): those read as text or as
    /// a neutral mark, not as a party.
    private static let grid: [Color] = {
        let levels = (0..<10).map { Double($0) / 9 }
        let cube = levels.flatMap { red in levels.flatMap { green in levels.map { Color(red: red, green: green, blue: $0) } } }
        return cube.filter { color in
            let lab = LabColor(color)
            return (lab.a * lab.a + lab.b * lab.b).squareRoot() >= 20 && (20...90).contains(lab.lightness)
        }
    }()

    /// A colour with its CIELAB coordinates as seen normally and by a deuteranope, computed once.
    private struct Seen {
        let color: Color
        let normal: LabColor
        let deuteranopic: LabColor
        init(_ color: Color) {
            self.color = color
            normal = LabColor(color)
            deuteranopic = LabColor(ColorVision.deuteranopia.simulate(color))
        }
        /// The grid's colours with their coordinates.
        static let grid = DistinctPalette.grid.map(Seen.init)

        /// The normal ΔE00, and with `forDeuteranopes` the smaller of it and the deuteranopic one.
        func difference(from other: Seen, forDeuteranopes: Bool) -> Double {
            let seen = ColorDifference.ciede2000(normal, other.normal)
            guard forDeuteranopes else { return seen }
            return min(seen, ColorDifference.ciede2000(deuteranopic, other.deuteranopic))
        }
    }
}
