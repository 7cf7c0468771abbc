/// Where markers stand so that none hides another: markers closer than `spacing` to a neighbour
/// are fanned out along the bar, a run of them centred on where they belong and kept in time
/// order, so a line from each drawn marker to its own instant never crosses another's. Markers
/// with room keep their exact places.
///
/// Cost: O(n) amortised for n markers in order (each merge of runs is paid once).
enum MarkerFan {
    /// The drawn x of each marker for true positions `positions` (in ascending order), every
    /// two at least `spacing` apart, inside `limits` whenever they fit there.
    static func positions(_ positions: [Double], spacing: Double, within limits: ClosedRange<Double>) -> [Double] {
        // Runs of markers drawn side by side: their first index, count, and the sum of their true positions.
        var runs: [(first: Int, count: Int, sum: Double)] = []
        func start(of run: (first: Int, count: Int, sum: Double)) -> Double {
            let width = spacing * Double(run.count - 1)
            let centred = run.sum / Double(run.count) - width / 2
            // Pushed inwards at the ends of the axis, as far as the room allows.
            return max(min(centred, limits.upperBound - width), limits.lowerBound)
        }
        for (index, position) in positions.enumerated() {
            runs.append((index, 1, position))
            while runs.count >= 2 {
                let last = runs[runs.count - 1], previous = runs[runs.count - 2]
                let previousEnd = start(of: previous) + spacing * Double(previous.count - 1)
                guard start(of: last) < previousEnd + spacing - 1e-9 else { break }
                runs.removeLast(2)
                runs.append((previous.first, previous.count + last.count, previous.sum + last.sum))
            }
        }
        var drawn = positions
        for run in runs {
            let first = start(of: run)
            for offset in 0..<run.count { drawn[run.first + offset] = first + spacing * Double(offset) }
        }
        return drawn
    }
}
