/// Who sat where in a round. Sides are listed as a viewer at the open end (U) or near side
/// (rectangle) sees them; a round table's seats run clockwise from the top.
public struct Table: Sendable, Hashable {
    public enum Shape: String, Sendable, Hashable, CaseIterable { case u, rectangle, round }
    public enum View: String, Sendable, Hashable, CaseIterable { case camera }
    public enum Side: String, Sendable, Hashable, CaseIterable { case head, left, right, far, near, seats }

    public var shape: Shape
    public var view: View
    /// The seats of each side present in the model, in the model's order.
    public var sides: [Side: [Seat]]
    /// Party ids, left to right.
    public var flags: [String]
    public var provenance: Provenance
    public var location: SourceLocation

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
    public enum Role: String, Sendable, Hashable, CaseIterable { case head, member, interpreter, chair, observer, expert, secretary }
    public var person: String?
    public var party: String?
    public var name: String?
    public var role: Role?
    public var location: SourceLocation
}
