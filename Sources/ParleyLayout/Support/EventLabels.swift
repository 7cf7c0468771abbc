import ParleyScene

/// Event labels above a bar, placed group by group: full labels stacked in lanes with leader
/// lines as far as the room allows, and numbered markers only for the groups that cannot be
/// labelled so (past the lanes allowed, or a leader line that would cross a label), while every
/// other group keeps its full labels.
///
/// A group is a run of events whose markers stand close together (the same minute, a few
/// minutes apart on a long axis): its labels are placed, or numbered, together, so a burst of
/// events never reads half in words and half in numbers. Groups share the lanes; when a
/// group's numbers would have to cross a label of the group before, that group is numbered too.
///
/// Cost: O(n log n) for n events, plus a second placing of each group numbered after the fact
/// (each at most once). Trying a group on a copy of the lanes costs only the lanes it changes.
struct EventLabels {
    /// One label on the chart: the events it stands for (one with a full label, one or a run of
    /// consecutive numbered ones sharing "18–19"), its run set at y 0, and its lane.
    struct Label {
        /// Indices into the markers, in order.
        var members: ClosedRange<Int>
        /// The text, set at its final x and at y 0 (the caller moves it to its lane).
        var run: TextRun
        /// Lane 0 sits just above the bar; later lanes stack upwards.
        var lane: Int
        /// Whether it is a number standing for events listed below the axis.
        var isNumbered: Bool
    }

    /// The labels, in order of their first member.
    private(set) var labels: [Label] = []
    /// For each marker, its number in the key below the axis, when its group is numbered.
    private(set) var numbers: [Int?]
    /// How many lanes the labels take.
    private(set) var laneCount = 0

    /// How many groups back a placing can be undone.
    static let stepsKept = 8

    /// How close, in points, markers stand to be labelled (or numbered) together.
    static let groupReach = 24.0

    /// `markers` are the drawn x of the events' markers, ascending; `fullText(i)` the full label
    /// of event i; labels stay inside `left...right`, full ones in at most `maximumLanes` lanes.
    init(
        markers: [Double], fullText: (Int) -> String, typesetter: Typesetter, labelWidth: Double, maximumLanes: Int, left: Double,
        right: Double
    ) {
        numbers = Array(repeating: nil, count: markers.count)
        let limits = left...right
        let width = min(labelWidth, right - left)
        let texts = markers.indices.map(fullText)
        let groups = EventLabels.groups(markers, within: EventLabels.groupReach)
        // A label reads rightwards from just left of its marker, so the leader line meets the
        // text's start; near the right edge it reads leftwards and ends just right of it.
        // Rightward labels are placed from the last to the first, leftward ones from the first,
        // so each stands above the labels it reaches over and no leader line meets a label.
        let reachesRight = groups.map { group in
            group.contains { markers[$0] - 8 + typesetter.width(texts[$0], .body, cappedAt: width) > right }
        }
        let order = groups.indices.filter { reachesRight[$0] } + groups.indices.filter { !reachesRight[$0] }.reversed()
        // For the last few groups placed, by step: the lanes before it and how many labels stood
        // before it, to go back to (older ones are let go, so memory stays linear).
        var before: [Int: (lanes: LabelLanes, labels: Int)] = [:]
        var numbered = Array(repeating: false, count: groups.count)
        var lanes = LabelLanes(gap: 8)
        var placed: [Label] = []
        // Which markers have their label (or number) already: a label may reach over those
        // only, since a marker placed later under it would have to cross it.
        var isPlaced = Array(repeating: false, count: markers.count)
        var step = 0
        while step < order.count {
            before[step] = (lanes, placed.count)
            before[step - EventLabels.stepsKept] = nil
            let group = order[step]
            let members = reachesRight[group] ? Array(groups[group]) : groups[group].reversed()
            // Full labels at their natural width, else wrapped narrower onto more lines.
            let full =
                numbered[group]
                ? nil
                : [width, max(width * 0.55, 100)].lazy.compactMap { labelWidth in
                    EventLabels.fullLabels(
                        members, texts: texts, markers: markers, isPlaced: isPlaced, width: labelWidth, leftward: reachesRight[group],
                        lanes: lanes, typesetter: typesetter, maximumLanes: maximumLanes, limits: limits)
                }.first
            if let full {
                lanes = full.lanes
                placed += full.labels
                for member in groups[group] { isPlaced[member] = true }
                step += 1
                continue
            }
            numbered[group] = true
            let numbers = EventLabels.numberedLabels(groups[group], markers: markers, lanes: lanes, typesetter: typesetter, limits: limits)
            // A number under a label of the group placed before: that group is numbered too, and both placed again.
            if numbers.lanes.crossings > lanes.crossings, step > 0, !numbered[order[step - 1]], let saved = before[step - 1] {
                before[step] = nil
                step -= 1
                numbered[order[step]] = true
                lanes = saved.lanes
                placed.removeSubrange(saved.labels...)
                for member in groups[order[step]] { isPlaced[member] = false }
                continue
            }
            lanes = numbers.lanes
            placed += numbers.labels
            for member in groups[group] { isPlaced[member] = true }
            step += 1
        }
        placed.sort { $0.members.lowerBound < $1.members.lowerBound }
        // Numbers in time order, across the groups numbered.
        var next = 1
        for label in placed where label.isNumbered {
            for member in label.members {
                numbers[member] = next
                next += 1
            }
        }
        let numbers = self.numbers
        labels = placed.map { label in
            guard label.isNumbered, let first = numbers[label.members.lowerBound], let last = numbers[label.members.upperBound] else {
                return label
            }
            var label = label
            let text = last > first ? "\(first)–\(last)" : "\(first)"
            label.run = typesetter.run(
                text, .small, at: Point(x: label.run.frame.minX, y: 0), maxWidth: typesetter.width(text, .small) + 0.5,
                overflow: .lineClamp)
            return label
        }
        laneCount = lanes.count
    }

    /// Runs of consecutive markers each within `reach` of the one before.
    static func groups(_ markers: [Double], within reach: Double) -> [ClosedRange<Int>] {
        var groups: [ClosedRange<Int>] = []
        var first = 0
        for index in markers.indices where index > 0 && markers[index] - markers[index - 1] > reach {
            groups.append(first...(index - 1))
            first = index
        }
        if !markers.isEmpty { groups.append(first...(markers.count - 1)) }
        return groups
    }

    /// The group's full labels (`members` in the order to place them) on a copy of `lanes`, at
    /// most `width` wide, or nil when they need more lanes than allowed or a leader line would
    /// cross a label.
    private static func fullLabels(
        _ members: [Int], texts: [String], markers: [Double], isPlaced: [Bool], width: Double, leftward: Bool, lanes: LabelLanes,
        typesetter: Typesetter, maximumLanes: Int, limits: ClosedRange<Double>
    ) -> (labels: [Label], lanes: LabelLanes)? {
        var lanes = lanes
        var isPlaced = isPlaced
        let crossings = lanes.crossings
        var labels: [Label] = []
        for index in members {
            // A label its lines cannot hold grows wider, up to the whole chart, rather than be cut.
            var labelWidth = width
            var run = typesetter.run(texts[index], .body, at: .zero, maxWidth: labelWidth, overflow: .lineClamp)
            let widest = limits.upperBound - limits.lowerBound
            while run.text != texts[index] || run.metrics.isTruncated, labelWidth < widest {
                labelWidth = min(labelWidth * 1.5, widest)
                run = typesetter.run(texts[index], .body, at: .zero, maxWidth: labelWidth, overflow: .lineClamp)
            }
            // Not even the whole chart holds it in three lines: numbered, it is listed in full below.
            if run.text != texts[index] || run.metrics.isTruncated { return nil }
            let start = leftward ? markers[index] + 8 - run.metrics.width : markers[index] - 8
            let span = (start...(start + run.metrics.width)).clamped(into: limits)
            isPlaced[index] = true
            if reachesOverUnplaced(span, markers: markers, isPlaced: isPlaced) { return nil }
            let lane = lanes.place(span, stem: markers[index])
            if lanes.count > maximumLanes || lanes.crossings > crossings { return nil }
            labels.append(
                Label(
                    members: index...index, run: run.offsetBy(dx: span.lowerBound - run.frame.minX, dy: 0), lane: lane, isNumbered: false))
        }
        return (labels, lanes)
    }

    /// Whether a marker still without its label stands under `span` (with a leader line's room).
    private static func reachesOverUnplaced(_ span: ClosedRange<Double>, markers: [Double], isPlaced: [Bool]) -> Bool {
        var low = 0, high = markers.count
        while low < high {
            let middle = (low + high) / 2
            if markers[middle] < span.lowerBound - 3 { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < markers.count, markers[index] <= span.upperBound + 3 {
            if !isPlaced[index] { return true }
            index += 1
        }
        return false
    }

    /// A number starts at its marker and reads rightwards; markers that would stand under it
    /// join it ("18–19"), so no later leader line has to cross it. Numbers are set as wide as
    /// the chart's largest (its count of events) and renumbered once every group is placed.
    private static func numberedLabels(
        _ group: ClosedRange<Int>, markers: [Double], lanes: LabelLanes, typesetter: Typesetter, limits: ClosedRange<Double>
    ) -> (labels: [Label], lanes: LabelLanes) {
        var lanes = lanes
        var labels: [Label] = []
        let widest = markers.count
        func text(_ first: Int, _ last: Int) -> String { last > first ? "\(widest)–\(widest)" : "\(widest)" }
        var index = group.lowerBound
        while index <= group.upperBound {
            let markerX = markers[index]
            var last = index
            while last + 1 <= group.upperBound, markers[last + 1] <= markerX - 3 + typesetter.width(text(index, last + 1), .small) + 6 {
                last += 1
            }
            let label = text(index, last)
            let width = typesetter.width(label, .small)
            let span = ((markerX - 3)...(markerX - 3 + width)).clamped(into: limits)
            let lane = lanes.place(span, stem: markerX)
            let run = typesetter.run(label, .small, at: Point(x: span.lowerBound, y: 0), maxWidth: width + 0.5, overflow: .lineClamp)
            labels.append(Label(members: index...last, run: run, lane: lane, isNumbered: true))
            index = last + 1
        }
        return (labels, lanes)
    }
}
