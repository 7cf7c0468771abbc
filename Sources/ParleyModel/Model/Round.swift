/// One session of a meeting.
public struct Round: Sendable, Hashable {
    /// The round's `id`: a slug, used in output file names and on the command line.
    public var id: String
    /// Title for charts; `nil` when the model gives none, and `displayTitle` falls back to `id`.
    public var title: String?
    /// The calendar day the round took place, in its own zone.
    public var date: LocalDate
    /// Where it took place, as free text.
    public var venue: String?
    /// The round's zone, or the meeting's when the round names none.
    public var timeZone: ZoneSpec
    /// Zone name shown on charts, e.g. `MSK`: the truthful one at the round's start (see
    /// `zoneLabel(at:)`, which callers that print other instants use).
    public var timeZoneLabel: String
    /// The `timezoneLabel` the model states for the round (its own, or the meeting's when the
    /// round is in the meeting's zone); `nil` when it states none.
    public var statedZoneLabel: String? = nil
    /// When the round began.
    public var start: MeetingTime
    /// When the round ended; not before `start`.
    public var end: MeetingTime
    /// The working language, as a language code; `nil` when not given.
    public var language: String?
    /// Parts of the session (plenary, break…), in model order.
    public var segments: [Segment]
    /// What happened, timed or not, in model order.
    public var events: [Event]
    /// What the round produced, in model order.
    public var outcomes: [Outcome]
    /// Who sat where; `nil` when the model does not say.
    public var table: Table?
    /// Where the round's facts come from.
    public var provenance: Provenance
    /// Where the round is defined in the model file.
    public var location: SourceLocation

    /// The title in other languages (`titles: {ru: Раунд 1}`), for `displayTitle(in:)`.
    public var titles = LocalizedNames()
    /// The venue in other languages (`venues: {tr: Çırağan Sarayı, İstanbul}`), for `venue(in:)`.
    public var venues = LocalizedNames()

    /// `title`, or `id` when there is none.
    public var displayTitle: String { title ?? id }
    /// The title in `language`, else `title`, else `id`.
    public func displayTitle(in language: String?) -> String { language.flatMap { titles.byLanguage[$0] } ?? displayTitle }
    /// The venue in `language`, else `venue`.
    public func venue(in language: String?) -> String? { language.flatMap { venues.byLanguage[$0] } ?? venue }
    /// Whole seconds from start to end.
    public var durationSeconds: Int { end.instant - start.instant }
}

/// A part of a session (plenary, break, heads only…).
public struct Segment: Sendable, Hashable {
    /// What sort of part a segment is, as the model states it: charts draw each kind its own way.
    /// The label never decides it ("Coffee break" with no `kind` stays `other`).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Every delegation in the room.
        case plenary
        /// Heads of delegation only, or another closed format.
        case restricted
        /// Two parties apart from the others.
        case bilateral
        /// A pause: coffee, lunch, consultations with capitals.
        case `break`
        /// Any other part, or one whose kind the model does not state: its label says what it was.
        case other
    }

    /// When the segment began.
    public var start: MeetingTime
    /// When the segment ended.
    public var end: MeetingTime
    /// What the part was called, as the model words it, e.g. `Plenary`.
    public var label: String
    /// Its kind as the model states it; `other` when the model gives no `kind`.
    public var kind: Kind
    /// Where the segment's facts come from, and its note.
    public var provenance: Provenance = Provenance()
    /// Where the segment is defined in the model file.
    public var location: SourceLocation

    /// Makes a segment; `provenance` says nothing unless given, and the kind is `other` unless stated.
    public init(
        start: MeetingTime, end: MeetingTime, label: String, kind: Kind = .other, provenance: Provenance = Provenance(),
        location: SourceLocation
    ) {
        self.start = start; self.end = end; self.label = label; self.kind = kind; self.provenance = provenance; self.location = location
    }
}

/// Something that happened; untimed events are listed, not placed on the axis.
public struct Event: Sendable, Hashable {
    /// When it happened; `nil` for an untimed event, which is listed but not placed on the axis.
    public var at: MeetingTime?
    /// What happened, as the model words it.
    public var label: String
    /// Ids of the parties involved.
    public var parties: [String]
    /// Where the fact comes from.
    public var provenance: Provenance
    /// Where the event is defined in the model file.
    public var location: SourceLocation
}

/// What a round produced.
public struct Outcome: Sendable, Hashable {
    /// The outcome, as the model words it.
    public var text: String
    /// Ids of the parties it concerns.
    public var parties: [String]
    /// Where the fact comes from.
    public var provenance: Provenance
    /// Where the outcome is defined in the model file.
    public var location: SourceLocation
}
