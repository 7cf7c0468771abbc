/// A fact a string's `{placeholder}` stands for.
public enum Placeholder: String, Sendable, Hashable, CaseIterable {
    /// Counts, list items, movements and parts of a sentence.
    case count, first, last, from, to, party, parties, side, place, names, flags, head, clauses, text
    /// Facts of a meeting or round.
    case meeting, round, date, venue, span, duration, role, zone, how, events
    /// Parts of dates and durations, and a value to mark as approximate.
    case day, month, year, hours, minutes, value
    // Issue 11, times (axis and printing): a second zone, seconds of a duration.
    /// The zone a span starts in when it ends in another, and the seconds of a duration.
    case fromZone, seconds
    // Notes and sources (issue 11, notes part).
    /// A note's or source's number, who claims a time, the sources cited, what a note is about.
    case number, by, sources, subject
    // Issue 12, the change model's sentences (model part).
    /// A person, and the one they replaced.
    case person, replaced
}

/// Every sentence and word a layout draws or writes into a description, by what it says.
/// `placeholders` is the contract with the languages: a value may use these and no others.
public enum StringKey: String, Sendable, Hashable, CaseIterable {
    // Lists.
    /// How a list is joined: the separator between items and the join of the last two.
    case listSeparator, listLastPair

    // How the seating changed (`SeatingChangeText`).
    /// The change caption's opening (mirrors, keeps, changes) and how the sentence is built from clauses.
    case changeMirrors, changeKeeps, changeChanges, changeSentence, changeSentenceWithClauses, changeClauseSeparator
    /// Clauses saying what one party did.
    case changeSwappedSides, changeStaysAtHead, changeStaysAtFarSide, changeMoved, changeJoined, changeLeft
    /// Clauses about the flags, the shape and seats that changed occupant.
    case changeFlagsReordered, changeShape, changeSeatsChangedOccupant

    // Badges over the panels of the comparison.
    /// Badges over the comparison's panels: mirrors, same as, changed from.
    case badgeMirrors, badgeSame, badgeChanged

    // Sides and shapes as the change caption names them.
    /// Names of the sides of a table, as the change caption uses them.
    case sideHead, sideLeft, sideRight, sideFar, sideNear, sideSeats
    /// Names of the table shapes.
    case shapeU, shapeRectangle, shapeRound

    // The seating charts.
    /// Titles of the seating chart.
    case seatingTitle, seatingSceneTitle, seatingPlanTitle, seatingPanelTitle
    /// Titles, headings and change items of the seating comparison.
    case compareTitle, compareSubtitle, compareRoundHeading, compareChangesTitle, compareChangeItem

    // Timelines.
    /// Titles and the events list of one round's timeline.
    case timelineSceneTitle, timelineSessionTitle, timelineEventsTitle, timelineEventsSummary, timelineEventSeparator
    /// Party lists of events, axis titles and the caption under a round's timeline.
    case timelineEventParties, timeAxisTitle, dateAxisTitle, roundTimeCaption
    /// Subtitles and bar labels of the comparison of rounds on one axis.
    case comparisonSubtitle, comparisonAlignedAtStart, comparisonByTimeOfDay, comparisonLongest, comparisonShortest
    /// Captions, title and summary of the comparison of rounds.
    case comparisonElapsedCaption, comparisonClockCaption, comparisonSceneTitle, roundsSummary
    /// Subtitle and title of the calendar of rounds.
    case calendarSubtitle, calendarSceneTitle
    /// Titles of the lists under a timeline.
    case listUntimedEventsTitle, listOutcomesTitle
    /// Suffixes of 12-hour clock times.
    case clockAM, clockPM

    // Tables and flags.
    /// How the viewer's side and the table's shape are named.
    case tableViewerSideOpenEnd, tableViewerSideNear, tableUShaped, tableRectangular, tableRound
    /// Titles of the seat and flag lists, the flag order and a flag's label.
    case tableSeatsTitle, tableSeatsClockwiseTitle, tableFlagsTitle, tableFlagsOrder, flagOf

    // Descriptions (`<desc>`, alt text).
    /// One-sentence summaries of a round and of the meeting.
    case roundSummary, roundSummaryAtVenue, overviewSummary
    /// The seating description's sentences: summary, flags, and who sits on each side.
    case seatingSummary, seatingFlags, seatingSideSeats, seatingSidePlace
    /// Where a party sits, as the seating description says it.
    case placeHead, placeFar, placeNear, placeLeftArm, placeLeftSide, placeRightArm, placeRightSide, placeAround
    /// How seats are counted: from the head, or clockwise.
    case seatsFromHead, seatsClockwise
    /// Side names capitalised, for headings and labels.
    case sideTitleHead, sideTitleLeft, sideTitleRight, sideTitleFar, sideTitleNear, sideTitleSeats

    // Notes and sources (issue 11, notes part): `ChartNotes`, `NotesBlock`, the report's notes.
    /// The block's title, a note's marker and entry, and how entries are joined in a description.
    case notesTitle, noteMarker, noteEntry, noteEntrySeparator
    /// A source's label, how a note cites sources, a note of sources only, and the sources line.
    case noteSourceLabel, noteCites, noteSourcesOnly, notesSourcesLine, noteSourceItem
    /// What a note is about, when its marker is not enough (the block lists notes apart from what they mark).
    case noteSubjectMeeting, noteSubjectRound, noteSubjectTable, noteSubjectSegment, noteSubjectEvent, noteSubjectOutcome
    /// What a note on a party, a person or one seat is about.
    case noteSubjectParty, noteSubjectPerson, noteSubjectSeat
    /// How sure a fact is, as a note says it.
    case noteStatusConfirmed, noteStatusUncertain, noteStatusConflicting, noteStatusUnknown
    /// Contested and ranged times: which time, one claim, how claims are joined, a range.
    case claimStart, claimEnd, claimAt, claimBy, claimByWithSources, claimSeparator, claimRange
    /// The pointer `--notes markers` draws instead of the notes, and the notes in a description.
    case notesPointer, notesDescription, notesDescriptionSources
    /// An item of a list whose fact is not confirmed, by status.
    case listItemUncertain, listItemConflicting, listItemUnknown
    /// The caveat of a seating comparison whose placement is unconfirmed, with or without a note to see.
    case changeCaveat, changeCaveatWithNote, changeHeadWithCaveat, badgeWithCaveat

    // Legend and seat labels.
    /// The legend's title and entries, and the label of a seat with nobody named.
    case legendTitle, legendEntryWithRole, seatUnnamed
    /// Party roles as the legend names them; delegations go unnamed.
    case partyRoleMediator, partyRoleHost, partyRoleObserver
    /// Seat roles, capitalised as labels show them.
    case seatRoleHead, seatRoleMember, seatRoleInterpreter, seatRoleChair, seatRoleObserver, seatRoleExpert, seatRoleSecretary

    // Dates and durations.
    /// Date forms, the approximate marker and durations.
    case date, shortDate, approximate, durationMinutes, durationHours, durationHoursMinutes
    /// Month names as a date writes them (`date`, `shortDate`, `dayPlannerRowDate`): a language
    /// that declines them gives the form a date needs, Russian's genitive "июня" in "2 июня
    /// 2025 г.". No chart shows a month alone, so there are no standalone forms ("Июнь").
    case january, february, march, april, may, june, july, august, september, october, november, december
    /// Abbreviated month names, January to September, as a short date writes them ("2 июн.").
    case januaryShort, februaryShort, marchShort, aprilShort, mayShort, juneShort, julyShort, augustShort, septemberShort
    /// Abbreviated month names, October to December.
    case octoberShort, novemberShort, decemberShort

    // Issue 11, times (axis and printing).
    /// A time on a later or earlier local date than its round's: "03:20 (+1 day)".
    case timeNextDay, timePreviousDay
    /// A span of one round in one zone, across two zones, and with the meeting's times after it.
    case timeSpan, timeSpanAcrossZones, timeInMeetingZone
    /// The zones in force over a chart's axis, when the zone changes inside it.
    case zoneSequence
    /// A daylight-saving change drawn on an axis, and the title of its group.
    case clocksBack, clocksForward, zoneChangeTitle
    /// Durations with seconds, and durations known only as a range.
    case durationSeconds, durationMinutesSeconds, durationRangeMinutes, durationRangeHoursMinutes, durationRange
    /// The caption of a comparison by time of day: each round on its own clock.
    case comparisonOwnClockCaption

    // Issue 11, contested and ranged times.
    /// A time the sources disagree on ("14:43/14:44": the separator between their values), and a
    /// time known only to lie in a range ("11:50…12:05").
    case timeClaimSeparator, timeRange, timeRangeInSpan
    /// The comparison's caption when a round's clocks changed while it ran: the dashed mark's key.
    case comparisonClockChangeKey
    /// A round timeline's caption: for a round held abroad, then the keys of pale and dashed marks.
    case roundTimeCaptionAbroad, uncertainTimesKey, approximateTimesKey
    /// A report's notes on contested times: who claims one, the start and end, a part of a thing, the seating.
    case reportClaimBy, reportStart, reportEnd, reportSubjectPart, reportSeating
    /// Under an axis whose span holds too many clock changes to draw one by one.
    case clockChangesCounted
    /// Over a seating plan whose placement the model does not confirm: "Who sat where: Not confirmed."
    case seatingPlacementCaveat
    /// A time with the zone's name then, where the round's clocks change: "02:30 CEST".
    case timeWithZone
    // Issue 12, the charts show the changes.
    /// Beside a moved person's label: "from left 3"; a party's seats and their change: "Ukraine 12", "Ukraine 12 → 14".
    case seatMovedFromTag, delegationSize, delegationSizeChanged
    /// Closing a chart's change sentences when more people changed than it lists.
    case morePeopleChanged
    /// Under the compared panels: what a ring round a seat and a thick band mean.
    case compareMarksKey
    /// One disc for a run of identical unnamed seats: "14 seats of Ukraine".
    case seatGroupOfParty
    // Issue 14, crowded timelines: the caption's key to the segments' kinds.
    /// The caption with the key appended, and what each kind drawn looks like.
    case segmentKindsKey, segmentKeyPlenary, segmentKeyRestricted, segmentKeyBilateral, segmentKeyBreak

    // Issue 14, text that fits (fit part).
    /// The key under a chart that lists in full each text the chart had to shorten, and its line in the description.
    case shortenedLabelsTitle, shortenedLabelItem, shortenedLabelsDescription
    /// The numbered list under a seating plan too narrow for names at the seats: its title and one seat's line.
    case seatListTitle, seatListItem

    // Issue 12, the change model's sentences (model part).
    /// A round table turned, two parties that traded places, a delegation that grew or shrank.
    case changeRotates, changeSwappedPlaces, changeGrew, changeShrank, changeWithUnnamed
    /// What happened to a person: a new head or chair, a move, a join, a leave.
    case personReplacedHead, personNewHead, personReplacedChair, personNewChair, personMoved, personJoined, personLeft
    /// A seat named by side and number ("left 2"), a round table's ("seat 3"), unnamed seats gained or lost.
    case seatPlace, seatPlaceRound, unnamedSeatsGained, unnamedSeatsLost, detailUnnamedSeats
    /// `parley diff-seating`'s per-person and per-delegation detail lines.
    case detailPersonMoved, detailPersonJoined, detailPersonLeft, detailDelegationSize

    // Issue 14, the multi-day view (days part): `DayPlanner`, the repaired calendar.
    /// Abbreviated weekday names, Monday to Sunday.
    case weekdayMondayShort, weekdayTuesdayShort, weekdayWednesdayShort, weekdayThursdayShort, weekdayFridayShort,
        weekdaySaturdayShort, weekdaySundayShort
    /// The day planner's titles, a row's date, the axis title and a row of days without sessions.
    case dayPlannerSceneTitle, dayPlannerSubtitle, dayPlannerSubtitleOneDay, dayPlannerRowDate, dayPlannerAxisTitle, dayPlannerGap
    /// A day of 23 or 25 hours, a round's part on the next day's row, and a row's group title.
    case dayPlannerDayLength, dayPlannerContinued, dayPlannerRowTitle
    /// The keys under the planner: continued bars, clock changes in a row, rounds in other zones.
    case dayPlannerContinuesKey, dayPlannerClockChangeKey, dayPlannerOtherZonesKey
    /// The calendar's duration scale, and a stem's date and time.
    case calendarDurationScaleTitle, calendarStemWhen
    /// What a report says of the meeting's timeline: by time of day, by day and hour, by elapsed time, across the calendar.
    case timelineReportByClock, timelineReportByDay, timelineReportElapsed, timelineReportCalendar

    // Issue 15, descriptions and labelled groups (a11y part).
    /// A chart's description: a round's outcomes, its events at no known time, an item with its note.
    case roundOutcomesSummary, roundUntimedEventsSummary, describedWithNote, roundNoteSummary
    /// The title of the seats of one party together: "Russia: Medinsky, Galuzin".
    case delegationTitle
    /// What starts the sources line under a chart's notes, before the sources one by one.
    case notesSourcesLead

    // Issue 17, every word in the chart's language (layouts part).
    /// What a report writes under a chart: a round's timeline and seating, the seating compared,
    /// and a seating chart placed for no round.
    case timelineRoundCaption, seatingRoundCaption, compareReportCaption, seatingReportCaption

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
        case .listUntimedEventsTitle, .listOutcomesTitle, .clockAM, .clockPM: []
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
        // Notes and sources (issue 11, notes part).
        case .notesTitle, .noteEntrySeparator, .noteSubjectMeeting: []
        case .noteSubjectEvent, .noteSubjectOutcome: [.text]
        case .noteMarker, .noteSourceLabel: [.number]
        case .noteEntry: [.number, .subject, .text]
        case .noteCites, .noteSourcesOnly, .notesSourcesLine, .notesDescriptionSources: [.sources]
        case .noteSourceItem: [.number, .text]
        case .noteSubjectRound, .noteSubjectTable: [.round]
        case .noteSubjectSegment: [.text]
        case .noteSubjectParty: [.party]
        case .noteSubjectPerson: [.names]
        case .noteSubjectSeat: [.round, .text]
        case .noteStatusConfirmed, .noteStatusUncertain, .noteStatusConflicting, .noteStatusUnknown: []
        case .claimStart, .claimEnd, .claimAt: [.text]
        case .claimBy: [.value, .by]
        case .claimByWithSources: [.value, .by, .sources]
        case .claimSeparator, .changeCaveat: []
        case .claimRange: [.first, .last]
        case .notesPointer: [.first, .last]
        case .notesDescription: [.text]
        case .listItemUncertain, .listItemConflicting, .listItemUnknown: [.text]
        case .changeCaveatWithNote: [.number]
        case .changeHeadWithCaveat: [.head, .text]
        case .badgeWithCaveat: [.text]
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
        // Issue 11, times (axis and printing).
        case .timeNextDay, .timePreviousDay: [.value, .count]
        case .timeSpan: [.from, .to, .zone]
        case .timeSpanAcrossZones: [.from, .fromZone, .to, .zone]
        case .timeInMeetingZone: [.value, .text]
        case .zoneSequence: [.from, .to]
        case .clocksBack, .clocksForward: [.from, .to, .fromZone, .zone]
        case .zoneChangeTitle: []
        case .durationSeconds: [.seconds]
        case .durationMinutesSeconds: [.minutes, .seconds]
        case .durationRangeMinutes: [.from, .to]
        case .durationRangeHoursMinutes: [.hours, .from, .to]
        case .durationRange: [.from, .to]
        case .comparisonOwnClockCaption: [.zone]
        // Issue 11, contested and ranged times.
        case .timeClaimSeparator: []
        case .timeRange: [.from, .to]
        case .timeRangeInSpan: [.value]
        case .comparisonClockChangeKey, .uncertainTimesKey, .approximateTimesKey: [.value]
        case .roundTimeCaptionAbroad: [.value, .span]
        case .reportClaimBy: [.text, .by]
        case .reportStart, .reportEnd, .reportSeating: []
        case .clockChangesCounted: [.count]
        case .seatingPlacementCaveat: [.value]
        case .reportSubjectPart: [.text, .value]
        case .timeWithZone: [.value, .zone]
        // Issue 12, the change model's sentences (model part).
        case .changeRotates: [.to, .from, .count]
        case .changeSwappedPlaces: [.parties]
        case .changeGrew, .changeShrank: [.party, .from, .to]
        case .changeWithUnnamed: [.text, .value]
        case .personReplacedHead: [.person, .replaced, .party]
        case .personNewHead: [.person, .party]
        case .personReplacedChair: [.person, .replaced]
        case .personNewChair: [.person]
        case .personMoved: [.person, .from, .to]
        case .personJoined, .personLeft: [.person, .place]
        case .seatPlace: [.side, .number]
        case .seatPlaceRound: [.number]
        case .unnamedSeatsGained, .unnamedSeatsLost: [.count]
        case .detailUnnamedSeats: [.party, .text]
        case .detailPersonMoved: [.person, .party, .from, .to]
        case .detailPersonJoined, .detailPersonLeft: [.person, .party, .place]
        case .detailDelegationSize: [.party, .from, .to]
        // Issue 12, the charts show the changes.
        case .seatMovedFromTag: [.place]
        case .morePeopleChanged: [.count]
        case .delegationSize: [.party, .count]
        case .delegationSizeChanged: [.party, .from, .to]
        case .compareMarksKey: []
        case .seatGroupOfParty: [.count, .party]
        // Issue 14, the multi-day view (days part).
        case .weekdayMondayShort, .weekdayTuesdayShort, .weekdayWednesdayShort, .weekdayThursdayShort, .weekdayFridayShort,
            .weekdaySaturdayShort, .weekdaySundayShort:
            []
        case .dayPlannerSceneTitle: [.meeting]
        case .dayPlannerSubtitle: [.count, .from, .to]
        case .dayPlannerSubtitleOneDay: [.count, .date]
        case .dayPlannerRowDate: [.value, .day, .month]
        case .dayPlannerAxisTitle, .dayPlannerOtherZonesKey: [.zone]
        case .dayPlannerGap: [.count]
        case .dayPlannerDayLength: [.count, .from, .to]
        case .dayPlannerContinued: [.text, .value]
        case .dayPlannerRowTitle: [.date]
        case .dayPlannerContinuesKey, .dayPlannerClockChangeKey, .calendarDurationScaleTitle: []
        case .calendarStemWhen: [.date, .value]
        case .timelineReportByClock, .timelineReportByDay, .timelineReportElapsed, .timelineReportCalendar: []
        // Issue 14, crowded timelines.
        case .segmentKindsKey: [.value, .text]
        case .segmentKeyPlenary, .segmentKeyRestricted, .segmentKeyBilateral, .segmentKeyBreak: []
        // Issue 14, text that fits (fit part).
        case .shortenedLabelsTitle: []
        case .shortenedLabelItem: [.text]
        case .shortenedLabelsDescription: [.text]
        case .seatListTitle: []
        case .seatListItem: [.number, .text]
        // Issue 15, descriptions and labelled groups (a11y part).
        case .roundOutcomesSummary, .roundUntimedEventsSummary, .roundNoteSummary: [.round, .text]
        case .describedWithNote: [.text, .value]
        case .delegationTitle: [.party, .text]
        case .notesSourcesLead: []
        // Issue 17, every word in the chart's language (layouts part).
        case .timelineRoundCaption, .seatingRoundCaption: [.round]
        case .compareReportCaption, .seatingReportCaption: []
        }
    }
}
