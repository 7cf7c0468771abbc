import Foundation
import ParleyModel
import ParleyScene

extension TablePlan {
    /// A round table: seats clockwise from the top, labels outside, flags in a row above.
    func round() -> (nodes: [SceneNode], size: Size) {
        let theme = typesetter.theme
        let slots = SeatSlot.slots(table.seats(.seats)), seats = slots.map(\.seat)
        let m = metrics, r = m.seatRadius
        let labels = slots.map { label($0, .seats) }
        // The chart chose the label width to fit its canvas (`PlanFitting`); 160 at its natural width.
        let width = m.labelWidth
        let blocks = labels.map { $0.runs(at: .zero, alignment: .left, width: width, typesetter: typesetter) }
        // Each label set once per alignment, not once per try of the circle below.
        let aligned: [TextAlignment: [[TextRun]]] = [
            .left: blocks,
            .right: labels.map { $0.runs(at: .zero, alignment: .right, width: width, typesetter: typesetter) },
            .center: labels.map { $0.runs(at: .zero, alignment: .center, width: width, typesetter: typesetter) },
        ]
        let count = max(seats.count, 1)

        // Grow the circle until no two labels touch: at most 40 tries of O(n²) pairs, n ≤ 500 seats.
        var radius = max(60, Double(count) * (2 * r + 14) / (2 * Double.pi))
        // Seat centres and label blocks around a table of `radius`, and whether any two touch.
        func placed(_ radius: Double) -> (centers: [Point], blocks: [[TextRun]], collide: Bool) {
            let centers = (0..<seats.count).map { index in
                let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
                return Point(x: (radius + 8 + r) * cos(angle), y: (radius + 8 + r) * sin(angle))
            }
            let placedBlocks = seats.indices.map { index in
                let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
                let (cx, cy) = (cos(angle), sin(angle))
                let height = SeatLabel.height(of: blocks[index])
                // Beside the seat on the sides, above or below it at the top and bottom: never over it.
                let alignment: TextAlignment = cx > 0.3 ? .left : (cx < -0.3 ? .right : .center)
                let clearance = 1.2 * r + 6
                let outer =
                    alignment == .center
                    ? Point(x: centers[index].x, y: centers[index].y + (cy < 0 ? -clearance : clearance))
                    : Point(x: centers[index].x + (cx > 0 ? clearance : -clearance), y: centers[index].y)
                let top = abs(cx) > 0.3 ? outer.y - height / 2 : (cy < 0 ? outer.y - height : outer.y)
                return (aligned[alignment]?[index] ?? blocks[index]).map { $0.offsetBy(dx: outer.x, dy: top) }
            }
            let frames = placedBlocks.map { block in block.map(\.frame).reduce(block[0].frame) { $0.union($1) } }
            let discs = centers.map { Rect(x: $0.x - 1.2 * r - 2, y: $0.y - 1.2 * r - 2, width: 2.4 * r + 4, height: 2.4 * r + 4) }
            let collide = frames.indices.contains { i in
                frames.indices.contains { j in j > i && frames[i].insetBy(dx: -3, dy: -2).intersects(frames[j]) }
                    || discs.contains { frames[i].intersects($0) }
            }
            return (centers, placedBlocks, collide)
        }
        var layout = placed(radius)
        for _ in 0..<40 where layout.collide {
            radius *= 1.12
            layout = placed(radius)
        }
        // Then a little more, up to half again, while some party's name does not fit on the table.
        let arcs = RoundPartyArcs(typesetter: typesetter, style: style)
        var partyNodes = arcs.nodes(seats, radius: radius)
        let labelRadius = radius
        while !partyNodes.named, radius < labelRadius * 1.5 {
            radius *= 1.08
            partyNodes = arcs.nodes(seats, radius: radius)
        }
        if radius != labelRadius { layout = placed(radius) }
        let (centers, placedBlocks) = (layout.centers, layout.blocks)

        var nodes: [SceneNode] = [
            .circle(
                Circle(
                    center: .zero, radius: radius,
                    style: ShapeStyle(fill: theme.panel, stroke: Stroke(color: theme.secondaryText, width: 1))))
        ]
        nodes += partyNodes.nodes
        var seatNodes: [SceneNode] = []
        for index in seats.indices {
            seatNodes.append(seatGroup(slots[index], center: centers[index], labels: placedBlocks[index], side: .seats))
        }
        nodes.append(.group(Group(id: "seats", title: style.strings.text(.tableSeatsClockwiseTitle), children: delegations(seatNodes))))

        // Flags in a row above everything.
        let flagParties = table.flags.compactMap(style.party)
        var bounds = nodes.compactMap(\.localBounds).reduce(Rect(x: -radius, y: -radius, width: 2 * radius, height: 2 * radius)) {
            $0.union($1)
        }
        if !flagParties.isEmpty {
            let flagsWidth = flagRowWidth(flagParties.count)
            let y = bounds.minY - 12 - m.flagSize.height
            nodes.append(flagRow(flagParties, centerX: 0, top: y))
            bounds = bounds.union(Rect(x: -flagsWidth / 2, y: y, width: flagsWidth, height: m.flagSize.height))
        }
        let shifted = SceneNode.group(
            Group(
                id: "round-table", title: style.strings.text(.tableRound), transform: .translation(x: -bounds.minX, y: -bounds.minY),
                children: nodes, role: .table))
        return ([shifted], bounds.size)
    }
}
