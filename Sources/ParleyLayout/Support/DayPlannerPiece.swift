import ParleyColor
import ParleyModel
import ParleyScene

/// What the day planner draws of a round on one day's row: the round cut to the piece (so its
/// bar, segments and faded ends are `SessionBar`'s, drawn only where the day holds them), and
/// the arrow that says a piece goes on past midnight or came from the day before.
enum DayPlannerPiece {
    /// `round` with its start and end moved to the piece's ends where the piece is cut at a
    /// midnight (a cut end is exact: it is the day's end, not a reported time), and its segments
    /// cut likewise, those outside the piece left out.
    static func round(_ round: Round, cutTo piece: DayRows.Piece, zone: ZoneSpec) -> Round {
        var cut = round
        if piece.continuesFromDayBefore { cut.start = exact(round.start, at: piece.start, zone: zone) }
        if piece.continuesToNextDay { cut.end = exact(round.end, at: piece.end, zone: zone) }
        cut.segments = round.segments.compactMap { segment in
            guard segment.end.latestInstant > piece.start, segment.start.earliestInstant < piece.end else { return nil }
            var part = segment
            if segment.start.earliestInstant < piece.start { part.start = exact(segment.start, at: piece.start, zone: zone) }
            if segment.end.latestInstant > piece.end { part.end = exact(segment.end, at: piece.end, zone: zone) }
            return part
        }
        return cut
    }

    /// `time` moved to `instant`, read on `zone`'s wall clock, with no claims and not approximate.
    static func exact(_ time: MeetingTime, at instant: Int, zone: ZoneSpec) -> MeetingTime {
        var moved = time
        let wall = zone.wallClock(at: instant)
        moved.date = wall.date
        moved.secondsOfDay = wall.secondsOfDay
        moved.utcOffsetSeconds = zone.offset(at: instant)
        moved.isApproximate = false
        moved.claims = []
        moved.isRange = false
        return moved
    }

    /// A small arrow head pointing right, from `x` (its left edge) on the centre line `y`.
    static func arrow(at x: Double, y: Double, color: Color) -> SceneNode {
        .polyline(
            Polyline(
                points: [Point(x: x, y: y - 4), Point(x: x + 6, y: y), Point(x: x, y: y + 4)], isClosed: true,
                style: .filled(color)))
    }
}
