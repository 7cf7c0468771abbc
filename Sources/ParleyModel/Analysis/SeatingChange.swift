/// One fact about how the seating changed from one round to the next, in the order a caption
/// states them. Facts only: the words are the layout's (`SeatingChangeText`), so a new case
/// (a rotation, a new table shape) fails to compile until every sentence-maker handles it.
public enum SeatingChange: Sendable, Hashable {
    /// The parties in viewer order across the table reversed, and not merely repeated.
    case mirrored
    /// A round table turned: every party `seats` seats clockwise, nothing else.
    case rotated(seats: Int)
    /// Nothing changed: the same parties in the same seats, flags and shape.
    case unchanged
    /// Parties that moved from one arm to the other (left ↔ right).
    case swappedSides(parties: [String])
    /// A party that kept its place at the head or far side while others moved.
    case stays(party: String, side: Table.Side)
    /// A party that left every side it had for another, not counted among `swappedSides`.
    case moved(party: String, from: Table.Side, to: Table.Side)
    /// A party with no seat in the earlier round that has one now, on its main side.
    case joined(party: String, side: Table.Side)
    /// A party seated in the earlier round that has no seat now; `side` is where it was.
    case left(party: String, side: Table.Side)
    /// Two parties that exchanged their places in the order of parties (not a mirror), in party order.
    case swappedPlaces(parties: [String])
    /// A party seated in both rounds with more seats now.
    case grew(party: String, from: Int, to: Int)
    /// A party seated in both rounds with fewer seats now.
    case shrank(party: String, from: Int, to: Int)
    /// The flags changed order, other than by being mirrored.
    case flagsReordered
    /// The table changed shape, so seats are not compared.
    case shapeChanged(from: Table.Shape, to: Table.Shape)
    /// Only seats changed occupant (no party moved): how many.
    case seatsChangedOccupant(count: Int)
}
