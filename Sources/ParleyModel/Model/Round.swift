/// One session of a meeting.
public struct Round: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var date: LocalDate
    public var venue: String?
    public var timeZone: ZoneSpec
    public var timeZoneLabel: String
    public var start: MeetingTime
    public var end: MeetingTime
    public var language: String?
    public var segments: [Segment]
    public var events: [Event]
    public var outcomes: [Outcome]
    public var table: Table?
    public var provenance: Provenance
    public var location: SourceLocation

    public var displayTitle: String { title ?? id }
    /// Whole seconds from start to end.
    public var durationSeconds: Int { end.instant - start.instant }
}

/// A part of a session (plenary, break, heads only…).
public struct Segment: Sendable, Hashable {
    public var start: MeetingTime
    public var end: MeetingTime
    public var label: String
    public var location: SourceLocation
}

/// Something that happened; untimed events are listed, not placed on the axis.
public struct Event: Sendable, Hashable {
    public var at: MeetingTime?
    public var label: String
    public var parties: [String]
    public var provenance: Provenance
    public var location: SourceLocation
}

/// What a round produced.
public struct Outcome: Sendable, Hashable {
    public var text: String
    public var parties: [String]
    public var provenance: Provenance
    public var location: SourceLocation
}
