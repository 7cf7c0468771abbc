import ParleyModel

/// The model's enumerations in words, each behind an exhaustive switch, so a new side, shape or
/// role fails to compile until it has its key.
extension Strings {
    /// "left", "head": a side as the change caption names it.
    func name(of side: Table.Side) -> String {
        switch side {
        case .head: text(.sideHead)
        case .left: text(.sideLeft)
        case .right: text(.sideRight)
        case .far: text(.sideFar)
        case .near: text(.sideNear)
        case .seats: text(.sideSeats)
        }
    }

    /// "Left", "Head": a side as the heading of its seats in a description.
    func title(of side: Table.Side) -> String {
        switch side {
        case .head: text(.sideTitleHead)
        case .left: text(.sideTitleLeft)
        case .right: text(.sideTitleRight)
        case .far: text(.sideTitleFar)
        case .near: text(.sideTitleNear)
        case .seats: text(.sideTitleSeats)
        }
    }

    func name(of shape: Table.Shape) -> String {
        switch shape {
        case .u: text(.shapeU)
        case .rectangle: text(.shapeRectangle)
        case .round: text(.shapeRound)
        }
    }

    /// The role a legend adds after a party's name; `nil` for a delegation, which needs none.
    func name(of role: Party.Role) -> String? {
        switch role {
        case .delegation: nil
        case .mediator: text(.partyRoleMediator)
        case .host: text(.partyRoleHost)
        case .observer: text(.partyRoleObserver)
        }
    }

    /// "Head", "Interpreter": a seat's role under the name.
    func name(of role: Seat.Role) -> String {
        switch role {
        case .head: text(.seatRoleHead)
        case .member: text(.seatRoleMember)
        case .interpreter: text(.seatRoleInterpreter)
        case .chair: text(.seatRoleChair)
        case .observer: text(.seatRoleObserver)
        case .expert: text(.seatRoleExpert)
        case .secretary: text(.seatRoleSecretary)
        }
    }

    private static let months: [StringKey] = [
        .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
    ]
    private static let shortMonths: [StringKey] = [
        .januaryShort, .februaryShort, .marchShort, .aprilShort, .mayShort, .juneShort, .julyShort, .augustShort,
        .septemberShort, .octoberShort, .novemberShort, .decemberShort,
    ]

    /// The month's name, 1 for January; a month out of range reads as the nearest.
    func month(_ month: Int, short: Bool = false) -> String {
        text((short ? Self.shortMonths : Self.months)[max(0, min(11, month - 1))])
    }
}
