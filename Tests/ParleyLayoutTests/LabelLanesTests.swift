import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// The lanes as they were first written: every label checked against every label and leader
/// line placed (cubic for a crowded chart). Kept here as the oracle the fast lanes must match.
private struct PairwiseLanes {
    var lanes: [[ClosedRange<Double>]] = []
    var stems: [[ClosedRange<Double>]] = []
    let gap: Double
    var crossings = 0

    mutating func place(_ range: ClosedRange<Double>, stem: Double?) -> Int {
        let padded = (range.lowerBound - gap)...(range.upperBound + gap)
        let stemRange = stem.map { ($0 - 3)...($0 + 3) }
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
                crossings += 1
                break
            }
        }
        while lanes.count <= index {
            lanes.append([])
            stems.append([])
        }
        lanes[index].append(range)
        if let stemRange { for lower in 0..<index { stems[lower].append(stemRange) } }
        return index
    }
}

@Suite struct LabelLanesTests {
    /// Labels as charts make them: left to right with some pushed back from the right edge, or
    /// in any order (a calendar's rounds need not be sorted), with and without leader lines.
    @Test(arguments: 0..<40)
    func sameLanesAndCrossingsAsPairwiseChecks(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let sorted = seed % 2 == 0, withStems = seed % 4 != 3
        let gap = [3.0, 6, 8, 10][seed % 4]
        var fast = LabelLanes(gap: gap)
        var oracle = PairwiseLanes(gap: gap)
        var x = 0.0
        for _ in 0..<300 {
            x = sorted ? x + Double.random(in: 0...12, using: &random) : Double.random(in: 0...800, using: &random)
            let width = Double.random(in: 4...190, using: &random)
            let start = min(x - 8, 800 - width)
            let range = start...(start + width)
            let stem = withStems ? x : nil
            #expect(fast.place(range, stem: stem) == oracle.place(range, stem: stem), "seed \(seed)")
        }
        #expect(fast.count == oracle.lanes.count)
        #expect(fast.crossings == oracle.crossings)
    }

    @Test func spanSetAnswersAsAListWould() {
        var random = SeededGenerator(seed: 7)
        var set = SpanSet()
        var list: [ClosedRange<Double>] = []
        for _ in 0..<2_000 {
            let start = Double(Int.random(in: 0...1_000, using: &random)) / 2
            let span = start...(start + Double(Int.random(in: 0...20, using: &random)) / 2)
            let probe = Double(Int.random(in: 0...1_000, using: &random)) / 2
            let query = probe...(probe + Double(Int.random(in: 0...6, using: &random)) / 2)
            #expect(set.overlaps(query) == list.contains { $0.overlaps(query) })
            set.insert(span)
            list.append(span)
        }
    }
}
