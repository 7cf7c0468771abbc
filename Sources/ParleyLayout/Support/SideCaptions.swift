import ParleyModel
import ParleyScene

/// Party names written on the table beside each run of one party's seats, so a plan says who
/// is who without a legend and without colour (the print theme): along the band on the inner
/// edge of a side. (A round table names the party in each person's label instead: its centre
/// has no room for eight names.)
struct SideCaptions {
    /// One party's consecutive seats along a side: indices `first...last`.
    struct PartyRun: Equatable {
        var party: String
        var first: Int
        var last: Int
        var count: Int { last - first + 1 }
    }

    let typesetter: Typesetter
    let style: PartyStyle

    /// The runs of seats of one party, in order; seats without a party break runs and get none.
    static func runs(_ seats: [Seat]) -> [PartyRun] {
        var runs: [PartyRun] = []
        for (index, seat) in seats.enumerated() {
            guard let party = seat.party else { continue }
            if let last = runs.last, last.party == party, last.last == index - 1 {
                runs[runs.count - 1].last = index
            } else {
                runs.append(PartyRun(party: party, first: index, last: index))
            }
        }
        return runs
    }

    /// The widest caption the seats' runs would get, on one line.
    func widest(_ seats: [Seat]) -> Double {
        Set(Self.runs(seats).map(\.party)).map { caption($0, at: .zero, alignment: .left, width: 400).metrics.width }.max() ?? 0
    }

    /// The height of one caption line.
    var lineHeight: Double { typesetter.run(" ", .small, at: .zero).metrics.height }

    /// One caption centred on each run of a top or bottom side, its top at `top`; a name wider
    /// than its run is left out (the legend and the seats' labels name it) rather than cut.
    func horizontal(_ seats: [Seat], centersX: [Double], spacing: Double, top: Double) -> [SceneNode] {
        Self.runs(seats).compactMap { run in
            let x = (centersX[run.first] + centersX[run.last]) / 2
            let text = caption(run.party, at: Point(x: x, y: top), alignment: .center, width: Double(run.count) * spacing - 8)
            return text.metrics.isTruncated ? nil : .text(text)
        }
    }

    /// One caption beside each run of an arm or side, its middle level with the run's, kept
    /// between `minTop` and `maxTop`; a long name wraps onto a second line, and one that does not
    /// fit in two is left out rather than cut.
    func vertical(
        _ seats: [Seat], centersY: [Double], x: Double, alignment: TextAlignment, width: Double, minTop: Double, maxTop: Double
    ) -> [SceneNode] {
        var nodes: [SceneNode] = []
        var previousBottom = -Double.infinity
        for run in Self.runs(seats) {
            // A name longer than two lines is left out before it is set (long text is costly).
            guard typesetter.width(style.name(run.party), .small, cappedAt: 2 * width + 1) <= 2 * width else { continue }
            var text = caption(run.party, at: .zero, alignment: alignment, width: width)
            if text.metrics.isTruncated {
                text = caption(run.party, at: .zero, alignment: alignment, width: width, overflow: .wrap)
                guard text.metrics.lines.count <= 2 else { continue }
            }
            let height = text.metrics.height
            let middle = (centersY[run.first] + centersY[run.last]) / 2
            let top = min(max(middle - height / 2, minTop, previousBottom + 2), maxTop + lineHeight - height)
            // Never over the caption before: a run too close to the last one goes without.
            guard top >= previousBottom + 2 else { continue }
            nodes.append(.text(text.offsetBy(dx: x, dy: top)))
            previousBottom = top + height
        }
        return nodes
    }

    private func caption(
        _ party: String, at point: Point, alignment: TextAlignment, width: Double, overflow: TextOverflow = .ellipsis
    ) -> TextRun {
        typesetter.run(
            style.name(party), .small, at: point, alignment: alignment, maxWidth: max(width, 20), overflow: overflow, weight: .bold)
    }
}
