import ParleyScene

/// Stacks labels into lanes so that none overlap: each label goes into the first lane where
/// it clears the labels already there. Lanes grow outwards from the anchor line, so a crowded
/// stretch grows the chart rather than letting text collide.
///
/// Cost: placing n labels into L lanes is O(n · L · log n). Each lane keeps what it holds as
/// sorted, disjoint spans (overlapping ones merged), so "does this label clear the lane" is a
/// binary search, not a scan over every label placed (which made crowded timelines cubic).
/// L is what callers bound: a label whose leader line must cross opens a lane of its own, so
/// when every line crosses, L reaches n. The timeline's full-label pass stops past four lanes
/// or at the first crossing; the calendar stops once its lanes are taller than the canvas.
struct LabelLanes {
    /// Per lane: the labels' spans, and the labels' spans together with the leader lines that
    /// pass through it (what a label in the lane must clear).
    private var labels: [SpanSet] = []
    private var occupied: [SpanSet] = []
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
        // clear the labels in the lanes below (lines may run beside each other). The leader
        // line can rise no higher than the first lane with a label in its way: the label goes
        // in the first free lane up to that one, else in a new lane with its line crossing.
        let blocking = stemRange.flatMap { stem in labels.firstIndex { $0.overlaps(stem) } }
        let highest = blocking ?? labels.count
        var index = (0...highest).first { $0 >= occupied.count || !occupied[$0].overlaps(padded) } ?? labels.count
        if let blocking, index > blocking {
            crossings += 1
            index = labels.count
        }
        if index == labels.count {
            labels.append(SpanSet())
            occupied.append(SpanSet())
        }
        labels[index].insert(range)
        occupied[index].insert(range)
        if let stemRange {
            for lower in 0..<index { occupied[lower].insert(stemRange) }
        }
        return index
    }

    var count: Int { labels.count }
}

/// Closed spans on a line, kept sorted and disjoint (spans that overlap or touch are merged):
/// whether a span overlaps any of them is then a binary search.
struct SpanSet {
    private var spans: [ClosedRange<Double>] = []

    /// Whether `range` shares a point with any span inserted: the same answer as checking each.
    func overlaps(_ range: ClosedRange<Double>) -> Bool {
        // The first span that ends at or after the range starts is the only candidate.
        let index = firstEnding(atOrAfter: range.lowerBound)
        return index < spans.count && spans[index].lowerBound <= range.upperBound
    }

    mutating func insert(_ range: ClosedRange<Double>) {
        let first = firstEnding(atOrAfter: range.lowerBound)
        var last = first
        var merged = range
        while last < spans.count, spans[last].lowerBound <= range.upperBound {
            merged = min(merged.lowerBound, spans[last].lowerBound)...max(merged.upperBound, spans[last].upperBound)
            last += 1
        }
        spans.replaceSubrange(first..<last, with: [merged])
    }

    /// The index of the first span whose upper bound is at least `value` (`spans.count` if none).
    private func firstEnding(atOrAfter value: Double) -> Int {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
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
