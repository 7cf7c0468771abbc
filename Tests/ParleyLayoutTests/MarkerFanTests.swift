import ParleyTestSupport
import Testing

@testable import ParleyLayout

@Suite struct MarkerFanTests {
    /// Markers in order, some in bursts at the same point: drawn in the same order, never
    /// closer than the spacing, inside the limits, and exactly in place where they had room.
    @Test(arguments: 0..<30)
    func fannedMarkersKeepOrderSpacingAndPlace(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        var x = 0.0
        var positions: [Double] = []
        for _ in 0..<60 {
            x += Bool.random(using: &random) ? 0 : Double.random(in: 0...40, using: &random)
            positions.append(min(x, 800))
        }
        let spacing = 11.0
        let drawn = MarkerFan.positions(positions, spacing: spacing, within: 0...800)
        #expect(drawn.count == positions.count)
        for (a, b) in zip(drawn, drawn.dropFirst()) { #expect(b - a >= spacing - 1e-6, "seed \(seed)") }
        if Double(positions.count - 1) * spacing <= 800 {
            #expect(drawn.allSatisfy { (0...800).contains($0) }, "seed \(seed)")
        }
        for index in positions.indices {
            let before = index == 0 || positions[index] - positions[index - 1] >= 2 * spacing
            let after = index == positions.count - 1 || positions[index + 1] - positions[index] >= 2 * spacing
            // A marker well clear of both neighbours, which themselves fan out only as far as their bursts need.
            if before && after && positions.filter({ abs($0 - positions[index]) < 4 * spacing }).count == 1 {
                #expect(abs(drawn[index] - positions[index]) < 1e-9, "seed \(seed), marker \(index)")
            }
        }
    }

    @Test func fiveMarkersAtOnePointStandSideBySideAroundIt() {
        let drawn = MarkerFan.positions(Array(repeating: 400, count: 5), spacing: 10, within: 0...800)
        #expect(drawn == [380, 390, 400, 410, 420])
    }
}
