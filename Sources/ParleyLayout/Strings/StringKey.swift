/// A fact a string's `{placeholder}` stands for.
public enum Placeholder: String, Sendable, Hashable, CaseIterable {
    case count, first, last, from, to, party, parties, side, place, names, flags, head, clauses, text
    case meeting, round, date, venue, span, duration, note, role, zone, how, events
    case day, month, year, hours, minutes, value
}

/// Every sentence and word a layout draws or writes into a description, by what it says.
/// `placeholders` is the contract with the languages: a value may use these and no others.
public enum StringKey: String, Sendable, Hashable, CaseIterable {
    // Lists.
    case listSeparator, listLastPair

    // How the seating changed (`SeatingChangeText`).
    case changeMirrors, changeKeeps, changeChanges, changeSentence, changeSentenceWithClauses, changeClauseSeparator
    case changeSwappedSides, changeStaysAtHead, changeStaysAtFarSide, changeMoved, changeJoined, changeLeft
    case changeFlagsReordered, changeShape, changeSeatsChangedOccupant

    // Badges over the panels of the comparison.
    case badgeMirrors, badgeSame, badgeChanged

    // Sides and shapes as the change caption names them.
    case sideHead, sideLeft, sideRight, sideFar, sideNear, sideSeats
    case shapeU, shapeRectangle, shapeRound

    // The seating charts.
    case seatingTitle, seatingSceneTitle, seatingPlanTitle, seatingNote, seatingPanelTitle
    case compareTitle, compareSubtitle, compareRoundHeading, compareChangesTitle, compareChangeItem

    // Timelines.
    case timelineSceneTitle, timelineSessionTitle, timelineEventsTitle, timelineEventsSummary, timelineEventSeparator
    case timelineEventParties, timeAxisTitle, dateAxisTitle, roundTimeCaption
    case comparisonSubtitle, comparisonAlignedAtStart, comparisonByTimeOfDay, comparisonLongest, comparisonShortest
    case comparisonElapsedCaption, comparisonClockCaption, comparisonSceneTitle, roundsSummary
    case calendarSubtitle, calendarSceneTitle
    case listUntimedEventsTitle, listOutcomesTitle, noteTitle
    case clockAM, clockPM

    // Tables and flags.
    case tableViewerSideOpenEnd, tableViewerSideNear, tableUShaped, tableRectangular, tableRound
    case tableSeatsTitle, tableSeatsClockwiseTitle, tableFlagsTitle, tableFlagsOrder, flagOf

    // Descriptions (`<desc>`, alt text).
    case roundSummary, roundSummaryAtVenue, overviewSummary
    case seatingSummary, seatingFlags, seatingSideSeats, seatingSidePlace
    case placeHead, placeFar, placeNear, placeLeftArm, placeLeftSide, placeRightArm, placeRightSide, placeAround
    case seatsFromHead, seatsClockwise
    case sideTitleHead, sideTitleLeft, sideTitleRight, sideTitleFar, sideTitleNear, sideTitleSeats

    // Legend and seat labels.
    case legendTitle, legendEntryWithRole, seatUnnamed
    case partyRoleMediator, partyRoleHost, partyRoleObserver
    case seatRoleHead, seatRoleMember, seatRoleInterpreter, seatRoleChair, seatRoleObserver, seatRoleExpert, seatRoleSecretary

    // Dates and durations.
    case date, shortDate, approximate, durationMinutes, durationHours, durationHoursMinutes
    case january, february, march, april, may, june, july, august, september, october, november, december
    case januaryShort, februaryShort, marchShort, aprilShort, mayShort, juneShort, julyShort, augustShort, septemberShort
    case octoberShort, novemberShort, decemberShort

    /// The facts this key's values may use.
    public var placeholders: Set<Placeholder> {
        switch self {
        case .listSeparator, .changeClauseSeparator, .changeFlagsReordered: []
        case .listLastPair: [.first, .last]
        case .changeMirrors, .changeKeeps, .changeChanges: [.to, .from]
        case .changeSentence: [.head]
        case .changeSentenceWithClauses: [.head, .clauses]
        case .changeSwappedSides: [.parties]
        case .changeStaysAtHead, .changeStaysAtFarSide, .changeLeft: [.party]
        case .changeMoved: [.party, .from, .to]
        case .changeJoined: [.party, .side]
        case .changeShape: [.from, .to]
        case .changeSeatsChangedOccupant: [.count]
        case .badgeMirrors, .badgeSame, .badgeChanged: [.from]
        case .sideHead, .sideLeft, .sideRight, .sideFar, .sideNear, .sideSeats, .shapeU, .shapeRectangle, .shapeRound: []
        case .seatingTitle, .compareTitle: [.meeting]
        case .seatingSceneTitle: [.meeting, .round]
        case .seatingPlanTitle, .compareChangesTitle: []
        case .seatingNote: [.note]
        case .timelineSceneTitle: [.meeting, .round]
        case .timelineSessionTitle: [.round]
        case .timelineEventsTitle, .timelineEventSeparator, .timeAxisTitle, .dateAxisTitle: []
        case .timelineEventsSummary: [.events]
        case .timelineEventParties: [.parties]
        case .roundTimeCaption, .comparisonClockCaption, .comparisonByTimeOfDay: [.zone]
        case .comparisonSubtitle: [.count, .how]
        case .comparisonAlignedAtStart, .comparisonLongest, .comparisonShortest, .comparisonElapsedCaption: []
        case .comparisonSceneTitle, .calendarSceneTitle: [.meeting]
        case .roundsSummary: [.meeting, .count]
        case .calendarSubtitle: [.count]
        case .listUntimedEventsTitle, .listOutcomesTitle, .noteTitle, .clockAM, .clockPM: []
        case .tableViewerSideOpenEnd, .tableViewerSideNear, .tableUShaped, .tableRectangular, .tableRound: []
        case .tableSeatsTitle, .tableSeatsClockwiseTitle, .tableFlagsTitle: []
        case .tableFlagsOrder: [.parties]
        case .flagOf: [.party]
        case .seatingPanelTitle: [.round]
        case .compareSubtitle: [.count]
        case .compareRoundHeading: [.round, .date]
        case .compareChangeItem: [.text]
        case .roundSummary: [.round, .date, .span, .duration]
        case .roundSummaryAtVenue: [.round, .date, .venue, .span, .duration]
        case .overviewSummary: [.meeting, .count]
        case .seatingSummary: [.round, .place]
        case .seatingFlags: [.flags]
        case .seatingSideSeats: [.side, .names]
        case .seatingSidePlace: [.parties, .place]
        case .placeHead, .placeFar, .placeNear, .placeLeftArm, .placeLeftSide, .placeRightArm, .placeRightSide, .placeAround: []
        case .seatsFromHead, .seatsClockwise: []
        case .sideTitleHead, .sideTitleLeft, .sideTitleRight, .sideTitleFar, .sideTitleNear, .sideTitleSeats: []
        case .legendTitle, .seatUnnamed: []
        case .legendEntryWithRole: [.party, .role]
        case .partyRoleMediator, .partyRoleHost, .partyRoleObserver: []
        case .seatRoleHead, .seatRoleMember, .seatRoleInterpreter, .seatRoleChair, .seatRoleObserver, .seatRoleExpert, .seatRoleSecretary:
            []
        case .date: [.day, .month, .year]
        case .shortDate: [.day, .month]
        case .approximate: [.value]
        case .durationMinutes: [.minutes]
        case .durationHours: [.hours]
        case .durationHoursMinutes: [.hours, .minutes]
        case .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december: []
        case .januaryShort, .februaryShort, .marchShort, .aprilShort, .mayShort, .juneShort, .julyShort, .augustShort, .septemberShort,
            .octoberShort, .novemberShort, .decemberShort:
            []
        }
    }
}
