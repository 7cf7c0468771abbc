/// Who sat where in a round. Sides are listed as a viewer at the open end (U) or near side
/// (rectangle) sees them; a round table's seats run clockwise from the top.
public struct Table: Sendable, Hashable {
    /// The table's form, which decides the sides it has (see `sides(of:)`).
    public enum Shape: String, Sendable, Hashable, CaseIterable { case u, rectangle, round }
    /// From where sides are named and ordered; `camera` is the only view so far.
    public enum View: String, Sendable, Hashable, CaseIterable { case camera }
    /// A side of a table; which ones exist depends on the shape.
    public enum Side: String, Sendable, Hashable, CaseIterable { case head, left, right, far, near, seats }

    /// U, rectangle or round.
    public var shape: Shape
    /// How the sides are ordered.
    public var view: View
    /// The seats of each side present in the model, in the model's order.
    public var sides: [Side: [Seat]]
    /// Party ids, left to right.
    public var flags: [String]
    /// Where the seating's facts come from.
    public var provenance: Provenance
    /// Where the table is defined in the model file.
    public var location: SourceLocation

    /// The seats of `side` in model order; empty when the model gives none.
    public func seats(_ side: Side) -> [Seat] { sides[side] ?? [] }

    /// The sides a shape has, in drawing order.
    public static func sides(of shape: Shape) -> [Side] {
        switch shape {
        case .u: [.head, .left, .right]
        case .rectangle: [.far, .left, .right, .near]
        case .round: [.seats]
        }
    }
}

/// One chair.
public struct Seat: Sendable, Hashable {
    /// What the person in the seat does there.
    public enum Role: String, Sendable, Hashable, CaseIterable { case head, member, interpreter, chair, observer, expert, secretary }
    /// Id of the person sitting there, when known.
    public var person: String?
    /// Id of the party the seat belongs to, when known.
    public var party: String?
    /// Who sits there, when they are not a person in the model.
    public var name: String?
    /// What the seat is for; `nil` when not given.
    public var role: Role?
    /// Where the seat is defined in the model file.
    public var location: SourceLocation
    /// A remark on who sat there or how sure that is; `nil` when the model gives none.
    public var note: String? = nil
}
