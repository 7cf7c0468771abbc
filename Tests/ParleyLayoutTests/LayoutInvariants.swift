import ParleyColor
import ParleyLayout
import ParleyScene
import ParleyTestSupport
import Testing

/// What a chart must hold on any model, beyond `SceneInvariants.check`: the width asked for,
/// no text below the minimum size, no text cut beside room it could have used and none cut
/// without its full text in the description, every mark readable against what it sits on, and
/// a round timeline's axis no wider than its data and labels need. Each check returns what
/// fails, so a suite over many models can report them together.
enum LayoutInvariants {
    /// The smallest text a chart may draw, in points at scale 1 (the issue's "e.g. 8 points").
    static let minimumTextSize = 8.0
    /// WCAG's contrast for graphics: a mark against what it is drawn on.
    static let minimumMarkContrast = 3.0

    /// Every failure of every check, each prefixed with `context`.
    static func failures(_ scene: Scene, width: Double?, measurer: any TextMeasuring) -> [String] {
        var failures: [String] = []
        if let width, scene.size.width != width { failures.append("the canvas is \(scene.size.width) wide, not the \(width) asked for") }
        failures += textsBelowMinimumSize(scene)
        failures += needlessCuts(scene, measurer: measurer)
        failures += marksWithoutContrast(scene)
        failures += wastedAxis(scene)
        failures += leadersThroughLabels(scene)
        return failures
    }

    /// Texts set smaller than `minimumTextSize` once their groups' transforms are applied.
    static func textsBelowMinimumSize(_ scene: Scene) -> [String] {
        scene.flattened().compactMap { placed in
            guard case .text(let run) = placed.node, !run.metrics.lines.isEmpty else { return nil }
            let size = run.font.size * scale(of: placed.transform)
            guard size < minimumTextSize - 0.01 else { return nil }
            return "'\(run.text.prefix(40))' is drawn at \(rounded(size)) pt, below the \(minimumTextSize) pt minimum"
        }
    }

    /// Texts cut with "…" whose full text is missing from the description, or that would have
    /// fitted on their line had they used the free room beside them.
    static func needlessCuts(_ scene: Scene, measurer: any TextMeasuring) -> [String] {
        let placedNodes = scene.flattened()
        let obstacles: [Rect] = placedNodes.compactMap { placed in
            if case .group = placed.node { return nil }
            return placed.canvasBounds
        }
        let canvas = Rect(origin: .zero, size: scene.size)
        var failures: [String] = []
        for placed in placedNodes {
            guard case .text(let run) = placed.node, run.metrics.isTruncated else { continue }
            let frame = placed.transform.apply(run.frame)
            if !scene.description.contains(run.text) {
                failures.append("'\(run.text.prefix(60))' is cut and its full text is not in the description")
            }
            // Room on the right of a left-aligned text (on the left of a right-aligned one) up
            // to the next thing drawn on its lines, or the canvas' 24-point margin.
            let band = frame.insetBy(dx: 0, dy: 1)
            let full = measurer.measure(run.text, font: run.font).width * scale(of: placed.transform)
            let missing = full - frame.width
            let room: Double
            switch run.alignment {
            case .right:
                let limit = obstacles.filter { $0.maxX <= frame.minX + 0.5 && $0.minY < band.maxY && $0.maxY > band.minY }.map(\.maxX).max()
                room = frame.minX - max(limit ?? canvas.minX + 24, canvas.minX + 24)
            default:
                let limit = obstacles.filter { $0.minX >= frame.maxX - 0.5 && $0.minY < band.maxY && $0.maxY > band.minY }.map(\.minX).min()
                room = min(limit ?? canvas.maxX - 24, canvas.maxX - 24) - frame.maxX
            }
            if run.metrics.lineCount == 1, missing <= room - 4 {
                failures.append(
                    "'\(run.text.prefix(60))' is cut to \(rounded(frame.width)) pt although \(rounded(room)) pt beside it are free (it needs \(rounded(missing)) more)"
                )
            }
        }
        return failures
    }

    /// Filled marks (discs, swatches, small bars) whose fill and outline both contrast less than
    /// 3:1 with what is painted under their centre.
    static func marksWithoutContrast(_ scene: Scene) -> [String] {
        let background = scene.background ?? .white
        var painted: [(bounds: Rect, color: Color, isCircle: Bool)] = []
        var failures: [String] = []
        for placed in scene.flattened() {
            guard let bounds = placed.canvasBounds else { continue }
            let style: ShapeStyle, isCircle: Bool
            switch placed.node {
            case .circle(let circle):
                style = circle.style
                isCircle = true
            case .rect(let rect):
                style = rect.style
                isCircle = false
            default: continue
            }
            let centre = Point(x: bounds.midX, y: bounds.midY)
            let under = painted.reduce(background) { colour, layer in
                guard layer.bounds.minX <= centre.x, centre.x <= layer.bounds.maxX, layer.bounds.minY <= centre.y,
                    centre.y <= layer.bounds.maxY
                else {
                    return colour
                }
                return colour.mixed(with: layer.color.withAlpha(1), amount: layer.color.alpha)
            }
            let isMark = isCircle || (bounds.width <= 16 && bounds.height <= 16)
            if isMark, let fill = style.fill, fill.alpha >= 0.99 {
                let fillContrast = fill.contrastRatio(with: under)
                let outline = style.stroke.flatMap { $0.width >= 1 && $0.color.alpha >= 0.99 ? $0.color.contrastRatio(with: under) : nil }
                if max(fillContrast, outline ?? 0) < minimumMarkContrast - 0.005 {
                    failures.append(
                        "a \(isCircle ? "disc" : "mark") in \(placed.groupPath.joined(separator: "/")) at \(rounded(centre.x)),\(rounded(centre.y)) (\(fill.hexString) on \(under.hexString)) contrasts \(rounded(fillContrast)):1, below 3:1"
                    )
                }
            }
            if let fill = style.fill { painted.append((bounds, fill, isCircle)) }
        }
        return failures
    }

    /// For a round timeline (one `session` group and an `axis`): the axis may reach past the bar
    /// on each side by one labelled step and the labels that stand there, no more.
    static func wastedAxis(_ scene: Scene) -> [String] {
        let placedNodes = scene.flattened()
        let sessions = placedNodes.filter { $0.groupPath == ["session"] }
        guard !sessions.isEmpty, placedNodes.filter({ $0.groupPath.isEmpty && isGroup($0.node, id: "session") }).count == 1 else {
            return []
        }
        let bars = sessions.compactMap { placed -> Rect? in
            guard case .rect = placed.node else { return nil }
            return placed.canvasBounds
        }
        let axisLines = placedNodes.filter { $0.groupPath.first == "axis" }.compactMap { placed -> Rect? in
            guard case .line(let line) = placed.node, line.from.y == line.to.y else { return nil }
            return placed.canvasBounds
        }
        let tickLabels = placedNodes.filter { $0.groupPath.first == "axis" }.compactMap { placed -> Double? in
            guard case .text = placed.node else { return nil }
            return placed.canvasBounds?.midX
        }.sorted()
        guard let barLeft = bars.map(\.minX).min(), let barRight = bars.map(\.maxX).max(),
            let axis = axisLines.max(by: { $0.width < $1.width }), tickLabels.count >= 2
        else { return [] }
        let step = zip(tickLabels.dropFirst(), tickLabels).map { $0 - $1 }.filter { $0 > 1 }.min() ?? 0
        let barTop = bars.map(\.minY).min() ?? 0
        // Texts that stand beside the bar (its times, the duration) between its top and the axis.
        let beside = placedNodes.compactMap { placed -> Rect? in
            guard case .text = placed.node, let frame = placed.canvasBounds, placed.groupPath.first != "axis" else { return nil }
            return frame.minY >= barTop - 2 && frame.maxY <= axis.maxY + 2 ? frame : nil
        }
        let leftRoom = beside.filter { $0.minX < barLeft }.map { barLeft - $0.minX }.max() ?? 0
        let rightRoom = beside.filter { $0.maxX > barRight }.map { $0.maxX - barRight }.max() ?? 0
        var failures: [String] = []
        let leftGap = barLeft - axis.minX, rightGap = axis.maxX - barRight
        if leftGap > step + leftRoom + 6 {
            failures.append(
                "the axis reaches \(rounded(leftGap)) pt left of the session (one step is \(rounded(step)) pt, its labels need \(rounded(leftRoom)))"
            )
        }
        if rightGap > step + rightRoom + 6 {
            failures.append(
                "the axis reaches \(rounded(rightGap)) pt right of the session (one step is \(rounded(step)) pt, its labels need \(rounded(rightRoom)))"
            )
        }
        return failures
    }

    /// Leader lines (vertical lines with a text at one end: an event's, a segment's, a calendar
    /// stem's) that pass through another text on their way.
    ///
    /// Not checked below 360 points: there a segment label whose longest word is wider than the
    /// room before the next segment's line still stands over that line. Nor for the calendar's
    /// stems (groups `round-…`): rounds of one day stand 14 points apart, narrower than a label's
    /// longest word, and a label can stand over the next stem. Both are known gaps: such labels
    /// should go to a key.
    static func leadersThroughLabels(_ scene: Scene) -> [String] {
        guard scene.size.width >= 360 else { return [] }
        let texts = scene.textFrames
        var failures: [String] = []
        for placed in scene.flattened() {
            // An axis's ticks and grid stand behind what they measure; they lead to no label.
            guard case .line(let line) = placed.node, abs(line.from.x - line.to.x) < 0.01,
                !placed.groupPath.contains(where: { $0.hasPrefix("axis") || $0.hasPrefix("round-") })
            else { continue }
            let from = placed.transform.apply(line.from), to = placed.transform.apply(line.to)
            let x = from.x, top = min(from.y, to.y), bottom = max(from.y, to.y)
            guard bottom - top > 4 else { continue }
            // Its own label stands at one end, across its x.
            let isLeader = texts.contains { text in
                text.frame.minX - 8 <= x && x <= text.frame.maxX + 0.5
                    && (abs(text.frame.maxY - top) <= 4 || abs(text.frame.minY - bottom) <= 4)
            }
            guard isLeader else { continue }
            for text in texts
            where text.frame.minX < x - 0.5 && text.frame.maxX > x + 0.5 && text.frame.maxY > top + 1 && text.frame.minY < bottom - 1 {
                failures.append("a leader line at x \(rounded(x)) runs through '\(text.text.prefix(40))'")
            }
        }
        return failures
    }

    private static func isGroup(_ node: SceneNode, id: String) -> Bool {
        if case .group(let group) = node { return group.id == id }
        return false
    }

    /// How much a transform enlarges lengths (the square root of its area scale).
    static func scale(of transform: Transform) -> Double { abs(transform.a * transform.d - transform.b * transform.c).squareRoot() }

    private static func rounded(_ value: Double) -> String { String(Double(Int((value * 10).rounded())) / 10) }
}
