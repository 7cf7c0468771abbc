import Foundation
import ParleyModel
import ParleyScene

/// A table seen from above with its seats, labels, party bands and flags, in its own
/// coordinates from (0, 0). The same `Metrics` give several rounds the same scale.
struct TablePlan {
    /// Spacing shared by every table drawn together, so small multiples compare.
    struct Metrics {
        var labelWidth: Double
        var sideSpacing: Double
        var headSpacing: Double
        var seatRadius = 11.0
        var tableDepth = 26.0
        var flagSize = Size(width: 48, height: 32)
        /// Numbers drawn at the seats instead of names, when the plan is too narrow for names;
        /// `nil` draws names (the chart then lists the numbered names under the plan).
        var seatNumbers: SeatNumbers? = nil
    }

    let meeting: Meeting
    let table: Table
    let metrics: Metrics
    let typesetter: Typesetter
    let style: PartyStyle
    let flagImages: [String: FlagImage]
    /// The chart's notes, for the markers after seat names; `nil` draws none.
    var notes: ChartNotes? = nil
    /// What changed since the round before, marked on the seats and bands.
    var marks = SeatMarks()

    /// Metrics wide enough for every label of every table given, labels at most `maxLabelWidth`
    /// wide (wrapping to more lines below it); with `seatNumbers`, wide enough for the numbers.
    static func metrics(
        for tables: [Table], meeting: Meeting, typesetter: Typesetter, style: PartyStyle, maxLabelWidth: Double, notes: ChartNotes? = nil,
        marks: [SeatMarks] = [], seatNumbers: SeatNumbers? = nil
    ) -> Metrics {
        let labels = tables.flatMap { table in
            Table.sides(of: table.shape).flatMap { side in SeatSlot.slots(table.seats(side)).map { (side, $0) } }.map { side, slot in
                label(
                    slot, shape: table.shape, meeting: meeting, style: style, notes: notes, tag: nil,
                    number: seatNumbers?.number(table, side, slot.first))
            }
        }
        // A moved person's tag adds a line under their label, and may be wider than any name;
        // with numbers at the seats the tags are in the list.
        let showsTags = seatNumbers == nil && marks.contains { !$0.tags.isEmpty }
        let tagLine = showsTags ? typesetter.run("from", .small, at: .zero).metrics.height : 0
        let tagWidth = showsTags ? marks.flatMap(\.tags.values).map { typesetter.width($0, .small, cappedAt: maxLabelWidth) }.max() ?? 0 : 0
        let smallest = seatNumbers == nil ? 60.0 : 0
        let namesWidth = labels.map { $0.naturalWidth(typesetter, cappedAt: maxLabelWidth) }.max() ?? smallest
        let labelWidth = min(max(namesWidth, tagWidth, smallest), maxLabelWidth)
        let blockHeights = labels.map { label in
            SeatLabel.height(of: label.runs(at: .zero, alignment: .left, width: labelWidth, typesetter: typesetter))
        }
        let sideSpacing = max(34, (blockHeights.max() ?? 0) + tagLine + 10)
        // Numbers need little room between seats: the discs set the spacing then.
        let headSpacing = seatNumbers == nil ? min(max(labelWidth * 0.85, 70), 150) : max(labelWidth + 6, 30)
        return Metrics(labelWidth: labelWidth, sideSpacing: sideSpacing, headSpacing: headSpacing, seatNumbers: seatNumbers)
    }

    /// The flags' size for a row of `count` within `available` points (`nil`: no limit): 48 × 32
    /// when they fit, smaller (never under 18 wide) when a narrow canvas would otherwise be set
    /// by the flags rather than by the seats.
    static func flagSize(count: Int, within available: Double?) -> Size {
        let full = Size(width: 48, height: 32)
        guard let available, count > 0 else { return full }
        let width = min(full.width, max(18, ((available - Double(count - 1) * 14) / Double(count)).rounded(.down)))
        return Size(width: width, height: (width * 2 / 3).rounded())
    }

    /// The nodes and the size they occupy.
    func make() -> (nodes: [SceneNode], size: Size) {
        switch table.shape {
        case .u, .rectangle: return sided()
        case .round: return round()
        }
    }

    // MARK: U and rectangle

    private func sided() -> (nodes: [SceneNode], size: Size) {
        let theme = typesetter.theme
        let m = metrics, r = m.seatRadius
        let isU = table.shape == .u
        let topSide: Table.Side = isU ? .head : .far
        let topSlots = SeatSlot.slots(table.seats(topSide)), leftSlots = SeatSlot.slots(table.seats(.left)),
            rightSlots = SeatSlot.slots(table.seats(.right)), nearSlots = SeatSlot.slots(table.seats(.near))
        let topSeats = topSlots.map(\.seat), leftSeats = leftSlots.map(\.seat), rightSeats = rightSlots.map(\.seat),
            nearSeats = nearSlots.map(\.seat)
        let flagParties = table.flags.compactMap(style.party)

        // Top labels wrap to the head spacing; their tallest block sets the band above the table.
        let topLabelWidth = m.headSpacing - 8
        let topBlocks = topSeats.enumerated().map {
            label(topSlots[$0.offset], topSide).runs(at: .zero, alignment: .center, width: topLabelWidth, typesetter: typesetter)
        }
        let topLabelHeight = topBlocks.map(SeatLabel.height).max() ?? 0
        let nearBlocks = nearSeats.enumerated().map {
            label(nearSlots[$0.offset], .near).runs(at: .zero, alignment: .center, width: topLabelWidth, typesetter: typesetter)
        }
        let nearLabelHeight = nearBlocks.map(SeatLabel.height).max() ?? 0

        let flagsWidth = flagRowWidth(flagParties.count)
        let armDepth = isU ? m.tableDepth : 0
        // Wide enough for a left and a right party caption side by side, up to a cap.
        let captionsWidth = min(
            [leftSeats, rightSeats].map { SideCaptions(typesetter: typesetter, style: style).widest($0) }.reduce(0, +)
                + 2 * (isU ? 6 : 12) + 12, 320)
        let innerWidth = max(
            Double(max(topSeats.count, nearSeats.count)) * m.headSpacing, flagsWidth - 2 * armDepth, 140, captionsWidth)
        let tableWidth = innerWidth + 2 * armDepth
        let armSeats = Double(max(leftSeats.count, rightSeats.count, 1))
        let armLength = armSeats * m.sideSpacing + 16

        let sideColumn = m.labelWidth + 8 + 2 * r + 8
        let tableLeft = sideColumn, tableRight = tableLeft + tableWidth
        var y = 0.0
        var nodes: [SceneNode] = []

        if !flagParties.isEmpty {
            nodes.append(flagRow(flagParties, centerX: (tableLeft + tableRight) / 2, top: y))
            y += m.flagSize.height + 12
        }

        let topLabelTop = y
        y += topLabelHeight + 6
        let topSeatY = y + r
        let headTop = topSeatY + r + 8
        let headBottom = headTop + m.tableDepth
        let tableBottom = isU ? headBottom + armLength : headBottom + armLength + m.tableDepth

        // The table: a U of three bars, or one solid rectangle.
        let tableStyle = ShapeStyle(fill: theme.panel, stroke: Stroke(color: theme.secondaryText, width: 1))
        var tableNodes: [SceneNode] = []
        if isU {
            let outline: [Point] = [
                Point(x: tableLeft, y: headTop), Point(x: tableRight, y: headTop), Point(x: tableRight, y: tableBottom),
                Point(x: tableRight - armDepth, y: tableBottom), Point(x: tableRight - armDepth, y: headBottom),
                Point(x: tableLeft + armDepth, y: headBottom), Point(x: tableLeft + armDepth, y: tableBottom),
                Point(x: tableLeft, y: tableBottom),
            ]
            tableNodes.append(.polyline(Polyline(points: outline, isClosed: true, style: tableStyle)))
        } else {
            tableNodes.append(
                .rect(
                    RectShape(
                        frame: Rect(x: tableLeft, y: headTop, width: tableWidth, height: tableBottom - headTop), cornerRadius: 4,
                        style: tableStyle)))
        }

        var seatNodes: [SceneNode] = []
        var bandNodes: [SceneNode] = []
        // Top side: seats above the table, labels above them, left to right.
        let topStart = (tableLeft + tableRight) / 2 - Double(topSeats.count) * m.headSpacing / 2 + m.headSpacing / 2
        let topCenters = topSeats.indices.map { Point(x: topStart + Double($0) * m.headSpacing, y: topSeatY) }
        for (index, seat) in topSeats.enumerated() {
            let block = topBlocks[index].map {
                $0.offsetBy(dx: topCenters[index].x, dy: topLabelTop + topLabelHeight - SeatLabel.height(of: topBlocks[index]))
            }
            seatNodes.append(seatGroup(topSlots[index], center: topCenters[index], labels: block, side: topSide))
        }
        bandNodes += bands(topSeats, positions: topCenters.map(\.x), spacing: m.headSpacing, fixed: headTop, horizontal: true)
        let captions = SideCaptions(typesetter: typesetter, style: style), captionHeight = captions.lineHeight
        var captionNodes = captions.horizontal(topSeats, centersX: topCenters.map(\.x), spacing: m.headSpacing, top: headTop + 11)
        // Arm captions inside the U's opening, or inside a rectangle's top beside its side bands.
        let armCaptionTop = isU ? headBottom + 4 : headTop + (topSeats.isEmpty ? 12 : 15 + captionHeight)
        let armCaptionBottom = tableBottom - (isU || nearSeats.isEmpty ? 8 + captionHeight : 15 + 2 * captionHeight)
        let armCaptionInset = isU ? armDepth + 6 : 12
        var armCaptions: [(seats: [Seat], centersY: [Double], x: Double, isLeft: Bool)] = []

        // Arms: seats outside the table edges, from the top towards the viewer; labels outside them.
        let armTop = (isU ? headBottom : headTop) + 8 + m.sideSpacing / 2
        for (side, slots) in [(Table.Side.left, leftSlots), (.right, rightSlots)] {
            let seats = slots.map(\.seat)
            let isLeft = side == .left
            let seatX = isLeft ? tableLeft - 8 - r : tableRight + 8 + r
            let centers = seats.indices.map { Point(x: seatX, y: armTop + Double($0) * m.sideSpacing) }
            for index in seats.indices {
                let label = label(slots[index], side)
                let anchorX = isLeft ? seatX - r - 8 : seatX + r + 8
                var block = label.runs(at: .zero, alignment: isLeft ? .right : .left, width: m.labelWidth, typesetter: typesetter)
                let height = SeatLabel.height(of: block)
                block = block.map { $0.offsetBy(dx: anchorX, dy: centers[index].y - height / 2) }
                seatNodes.append(seatGroup(slots[index], center: centers[index], labels: block, side: side))
            }
            bandNodes += bands(
                seats, positions: centers.map(\.y), spacing: m.sideSpacing, fixed: isLeft ? tableLeft : tableRight - 5, horizontal: false,
                endsAtEdge: !isLeft)
            armCaptions.append((seats, centers.map(\.y), isLeft ? tableLeft + armCaptionInset : tableRight - armCaptionInset, isLeft))
        }
        // Each side's captions may take the table's whole width unless they would meet the other side's.
        let fullWidth = tableWidth - 2 * armCaptionInset
        func armCaptionNodes(width: Double) -> [[SceneNode]] {
            armCaptions.map {
                captions.vertical(
                    $0.seats, centersY: $0.centersY, x: $0.x, alignment: $0.isLeft ? .left : .right, width: width, minTop: armCaptionTop,
                    maxTop: armCaptionBottom)
            }
        }
        var sideCaptions = armCaptionNodes(width: fullWidth)
        let frames = sideCaptions.map { $0.compactMap(\.localBounds) }
        if frames.count == 2, frames[0].contains(where: { left in frames[1].contains { $0.insetBy(dx: -6, dy: -1).intersects(left) } }) {
            sideCaptions = armCaptionNodes(width: fullWidth / 2 - 6)
        }
        captionNodes += sideCaptions.flatMap { $0 }

        var bottom = tableBottom
        if !isU {
            let nearSeatY = tableBottom + 8 + r
            let nearStart = (tableLeft + tableRight) / 2 - Double(nearSeats.count) * m.headSpacing / 2 + m.headSpacing / 2
            let centers = nearSeats.indices.map { Point(x: nearStart + Double($0) * m.headSpacing, y: nearSeatY) }
            for index in nearSeats.indices {
                let block = nearBlocks[index].map { $0.offsetBy(dx: centers[index].x, dy: nearSeatY + r + 4) }
                seatNodes.append(seatGroup(nearSlots[index], center: centers[index], labels: block, side: .near))
            }
            bandNodes += bands(
                nearSeats, positions: centers.map(\.x), spacing: m.headSpacing, fixed: tableBottom - 5, horizontal: true, endsAtEdge: true)
            captionNodes += captions.horizontal(
                nearSeats, centersX: centers.map(\.x), spacing: m.headSpacing, top: tableBottom - 11 - captionHeight)
            if !nearSeats.isEmpty { bottom = nearSeatY + r + 4 + nearLabelHeight }
        }
        let lastArm = armTop + Double(max(leftSeats.count, rightSeats.count) - 1) * m.sideSpacing + m.sideSpacing / 2
        bottom = max(bottom, lastArm)

        // The viewer stands at the open end (U) or the near side (rectangle).
        let viewer = typesetter.run(
            style.strings.text(isU ? .tableViewerSideOpenEnd : .tableViewerSideNear), .small,
            at: Point(x: (tableLeft + tableRight) / 2, y: bottom + 10), alignment: .center)
        bottom = viewer.box.maxY

        nodes.append(
            .group(
                Group(
                    id: "table", title: style.strings.text(isU ? .tableUShaped : .tableRectangular),
                    children: tableNodes + bandNodes + captionNodes, role: .table)))
        nodes.append(.group(Group(id: "seats", title: style.strings.text(.tableSeatsTitle), children: delegations(seatNodes))))
        nodes.append(.text(viewer))
        return (nodes, Size(width: tableRight + sideColumn, height: bottom))
    }

    /// Bands in the party colour along the table edge, one per run of seats of one party.
    /// `endsAtEdge`: the band's far side, not `fixed`, lies on the table's edge (right and near sides).
    private func bands(
        _ seats: [Seat], positions: [Double], spacing: Double, fixed: Double, horizontal: Bool, endsAtEdge: Bool = false
    ) -> [SceneNode] {
        var nodes: [SceneNode] = []
        var start = 0
        while start < seats.count {
            var end = start
            while end + 1 < seats.count, seats[end + 1].party == seats[start].party { end += 1 }
            if let party = seats[start].party {
                let from = positions[start] - spacing / 2 + 2, to = positions[end] + spacing / 2 - 2
                // A party that changed place gets a band twice as thick, outlined in the text colour.
                let moved = marks.movedParties.contains(party)
                let depth = moved ? 9.0 : 5.0, inset = moved && endsAtEdge ? -4.0 : 0
                let frame =
                    horizontal
                    ? Rect(x: from, y: fixed + inset, width: to - from, height: depth)
                    : Rect(x: fixed + inset, y: from, width: depth, height: to - from)
                let fill = ShapeStyle(
                    fill: style.color(party), stroke: moved ? Stroke(color: typesetter.theme.text, width: 1.2) : nil)
                nodes.append(.rect(RectShape(frame: frame, style: fill)))
                nodes += style.pattern(party).lines(in: frame, color: typesetter.theme.panel)
            }
            start = end + 1
        }
        return nodes
    }

    func seatGroup(_ slot: SeatSlot, center: Point, labels: [TextRun], side: Table.Side) -> SceneNode {
        let seat = slot.seat, position = slot.first
        let label = label(slot, side)
        let theme = typesetter.theme
        let color = seat.party.map(style.color) ?? theme.secondaryText
        let radius = metrics.seatRadius * (label.isHead ? 1.2 : 1)
        let disc: ShapeStyle =
            label.isNeutral
            ? ShapeStyle(fill: theme.background, stroke: Stroke(color: color, width: 3))
            : ShapeStyle(fill: color, stroke: Stroke(color: label.isHead ? theme.text : theme.background, width: label.isHead ? 2 : 1))
        var children: [SceneNode] = [.circle(Circle(center: center, radius: radius, style: disc))]
        if !label.isNeutral, let party = seat.party {
            children += style.pattern(party).lines(in: center, radius: radius, color: theme.background)
        }
        if slot.positions.contains(where: { marks.isChanged(side, $0) }) {
            children.append(
                .circle(Circle(center: center, radius: radius + 3.5, style: ShapeStyle(stroke: Stroke(color: theme.text, width: 1.5)))))
        }
        children += labels.map { .text($0) }
        let description = [label.name, label.role, seat.party.map(style.name)].compactMap { $0 }.joined(separator: ", ")
        return .group(
            Group(
                id: "seat-\(side.rawValue)-\(position + 1)", title: label.name, description: description, children: children, role: .seat,
                party: seat.party))
    }

    /// The slot's label, with its change tag when it has one.
    func label(_ slot: SeatSlot, _ side: Table.Side) -> SeatLabel {
        Self.label(
            slot, shape: table.shape, meeting: meeting, style: style, notes: notes, tag: marks.tag(side, slot.first),
            number: metrics.seatNumbers?.number(table, side, slot.first))
    }

    /// A grouped slot is named by its count and party; at a round table, where no side band
    /// can carry a caption, a person's label names their party after the role.
    static func label(
        _ slot: SeatSlot, shape: Table.Shape, meeting: Meeting, style: PartyStyle, notes: ChartNotes?, tag: String?, number: Int? = nil
    ) -> SeatLabel {
        var label = SeatLabel(slot.seat, meeting: meeting, style: style, notes: notes, tag: tag)
        label.listNumber = number
        if slot.count > 1, let party = slot.seat.party {
            label.name = style.strings.text(.seatGroupOfParty, count: slot.count, [.party: style.name(party)])
        } else if shape == .round, slot.seat.person != nil, let party = slot.seat.party {
            label.role = Formatting.facts([label.role, style.name(party)])
        }
        return label
    }

    func flagRowWidth(_ count: Int) -> Double {
        Double(count) * metrics.flagSize.width + Double(max(count - 1, 0)) * 14
    }

    /// The flags in the given order, left to right, centred on `centerX`.
    func flagRow(_ parties: [Party], centerX: Double, top: Double) -> SceneNode {
        var x = centerX - flagRowWidth(parties.count) / 2
        var flagNodes: [SceneNode] = []
        for party in parties {
            let frame = Rect(x: x, y: top, width: metrics.flagSize.width, height: metrics.flagSize.height)
            flagNodes += FlagDrawing.nodes(for: party, in: frame, images: flagImages, style: style, typesetter: typesetter)
            x += metrics.flagSize.width + 14
        }
        let order = parties.map { style.name($0.id) }.joined(separator: ", ")
        return .group(
            Group(
                id: "flags", title: style.strings.text(.tableFlagsTitle),
                description: style.strings.text(.tableFlagsOrder, [.parties: order]), children: flagNodes))
    }
}
