import ParleyScene

/// Stacks labels into lanes so that none overlap: each label goes into the first lane where
/// it clears the labels already there. Lanes grow outwards from the anchor line, so a crowded
/// stretch grows the chart rather than letting text collide.
struct LabelLanes {
    /// Per lane: the labels' spans, and the leader lines that pass through it.
    private var lanes: [[ClosedRange<Double>]] = []
    private var stems: [[ClosedRange<Double>]] = []
    let gap: Double
    /// Leader lines that had to cross a label because no lane above could avoid it.
    private(set) var crossings = 0

    init(gap: Double = 6) { self.gap = gap }

    /// The lane index for a label spanning `range` horizontally. With a `stem` (the x of a
    /// leader line from the anchor line to the label), the line's path through the lanes
    /// below is kept clear too, so no leader line crosses another label.
    mutating func place(_ range: ClosedRange<Double>, stem: Double? = nil) -> Int {
        let padded = (range.lowerBound - gap)...(range.upperBound + gap)
        let stemRange = stem.map { ($0 - 3)...($0 + 3) }
        // A label must clear the labels and leader lines in its lane; its own leader line must
        // clear the labels in the lanes below (lines may run beside each other). A new lane is
        // always free, so the search ends.
        func labelFits(_ lane: Int) -> Bool {
            lane >= lanes.count || !(lanes[lane] + stems[lane]).contains { $0.overlaps(padded) }
        }
        func stemFits(below lane: Int) -> Bool {
            guard let stemRange else { return true }
            return (0..<min(lane, lanes.count)).allSatisfy { lower in !lanes[lower].contains { $0.overlaps(stemRange) } }
        }
        var index = 0
        while !(labelFits(index) && stemFits(below: index)) {
            index += 1
            if index >= lanes.count && !stemFits(below: index) {
                // The stem crosses a label below every new lane: note it; callers fall back to numbers.
                crossings += 1
                break
            }
        }
        while lanes.count <= index {
            lanes.append([])
            stems.append([])
        }
        lanes[index].append(range)
        if let stemRange {
            for lower in 0..<index { stems[lower].append(stemRange) }
        }
        return index
    }

    var count: Int { lanes.count }
}

extension ClosedRange where Bound == Double {
    /// The range moved as little as possible to lie inside `limits` (or pinned to its start).
    func clamped(into limits: ClosedRange<Double>) -> ClosedRange<Double> {
        let width = upperBound - lowerBound
        if width >= limits.upperBound - limits.lowerBound { return limits.lowerBound...(limits.lowerBound + width) }
        if lowerBound < limits.lowerBound { return limits.lowerBound...(limits.lowerBound + width) }
        if upperBound > limits.upperBound { return (limits.upperBound - width)...limits.upperBound }
        return self
    }
}
