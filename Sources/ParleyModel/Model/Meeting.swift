import ParleyColor

/// A multi-round meeting or negotiation: the root of a model file.
public struct Meeting: Sendable, Hashable {
    /// The model's `id`: a slug, used in output file and folder names.
    public var id: String
    /// Title for charts; `nil` when the model gives none, and `displayTitle` falls back to `id`.
    public var title: String?
    /// The meeting's time zone, which rounds inherit unless they name their own.
    public var timeZone: ZoneSpec
    /// Shown on charts: the truthful name at the first round's start (see `zoneLabel(at:)`).
    public var timeZoneLabel: String
    /// The meeting's `timezoneLabel` as the model states it; `nil` when it states none.
    public var statedZoneLabel: String?
    /// The parties in model order, which is the order legends and captions list them.
    public var parties: [Party] { didSet { partyIndex = Meeting.index(parties.map(\.id)) } }
    /// Named participants, in model order.
    public var people: [Person] { didSet { personIndex = Meeting.index(people.map(\.id)) } }
    /// The rounds in model order (not necessarily by date).
    public var rounds: [Round] { didSet { roundIndex = Meeting.index(rounds.map(\.id)) } }
    /// Where the meeting's facts come from.
    public var provenance: Provenance
    /// Where the meeting starts in the model file.
    public var location: SourceLocation
    /// The language the meeting's charts are written in when the command names none (`lang: ru`):
    /// their words and the parties' and people's names; `nil` for English and the model's `name`s.
    public var defaultLanguage: String? = nil
    /// Where `lang:` is written, so a language Parley cannot write points at it.
    public var defaultLanguageLocation: SourceLocation? = nil
    /// The title in other languages, for `displayTitle(in:)`.
    public var titles = LocalizedNames()

    // Look-ups by id are O(1): layouts and validation ask for every seat of every round, and a
    // linear search made a 1,500-person, 200-round model take minutes. Kept in step with the
    // arrays by their observers; the first of duplicate ids wins, as a linear search did.
    private var partyIndex: [String: Int]
    private var personIndex: [String: Int]
    private var roundIndex: [String: Int]

    /// Makes a meeting and indexes its parties, people and rounds by id.
    public init(
        id: String, title: String?, timeZone: ZoneSpec, timeZoneLabel: String, parties: [Party], people: [Person],
        rounds: [Round], provenance: Provenance, location: SourceLocation, statedZoneLabel: String? = nil
    ) {
        self.id = id; self.title = title; self.timeZone = timeZone
        self.timeZoneLabel = timeZoneLabel; self.statedZoneLabel = statedZoneLabel; self.parties = parties; self.people = people;
        self.rounds = rounds
        self.provenance = provenance; self.location = location
        partyIndex = Meeting.index(parties.map(\.id))
        personIndex = Meeting.index(people.map(\.id))
        roundIndex = Meeting.index(rounds.map(\.id))
    }

    /// The party with `id`; the first one when ids repeat.
    public func party(_ id: String) -> Party? { partyIndex[id].map { parties[$0] } }
    /// The person with `id`; the first one when ids repeat.
    public func person(_ id: String) -> Person? { personIndex[id].map { people[$0] } }
    /// The round with `id`; the first one when ids repeat.
    public func round(_ id: String) -> Round? { roundIndex[id].map { rounds[$0] } }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
    }

    /// `title`, or `id` when there is none.
    public var displayTitle: String { title ?? id }
    /// The title in `language` (`titles: {ru: …}`), else `title`, else `id`.
    public func displayTitle(in language: String?) -> String { language.flatMap { titles.byLanguage[$0] } ?? displayTitle }
}

/// Where a fact comes from: public reporting is often approximate or contested.
public struct Provenance: Sendable, Hashable {
    /// How sure the sources make a fact: a fact for layouts to act on (a caveat on a derived
    /// claim, a mark in a list), never a sentence to read.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// The sources agree and say so.
        case confirmed
        /// Reported, but not confirmed (one source, an announcement, an inference).
        case uncertain
        /// The sources disagree.
        case conflicting
        /// The sources do not say; what the model gives is an assumption.
        case unknown

        /// True for every status but `confirmed`: what rests on the fact must say so.
        public var needsCaveat: Bool { self != .confirmed }
    }

    /// Citations as the model writes them (URLs or prose), in order.
    public var sources: [String] = []
    /// A remark on how reliable or contested the fact is.
    public var note: String?
    /// How sure the fact is; `nil` when the model does not say.
    public var status: Status?
    /// Makes a provenance; with no arguments, one that says nothing.
    public init(sources: [String] = [], note: String? = nil, status: Status? = nil) {
        self.sources = sources; self.note = note; self.status = status
    }

    /// True when the model says nothing at all about the fact's provenance.
    public var isEmpty: Bool { sources.isEmpty && note == nil && status == nil }
    /// True when the model says the fact is not confirmed (uncertain, conflicting or unknown).
    public var isUnconfirmed: Bool { status?.needsCaveat ?? false }
}

/// Names of one thing in several languages, keyed by language code (`en`, `ru`, `uk`, `tr`…).
public struct LocalizedNames: Sendable, Hashable {
    /// Name by language code; the codes are as the model writes them.
    public var byLanguage: [String: String] = [:]
    /// Makes names from a dictionary of language code to name.
    public init(_ byLanguage: [String: String] = [:]) { self.byLanguage = byLanguage }
}

/// A delegation, mediator, host or observer.
public struct Party: Sendable, Hashable {
    /// What part the party plays at the table.
    public enum Role: String, Sendable, Hashable, CaseIterable { case delegation, mediator, host, observer }
    /// The party's `id`, a slug that seats and events refer to.
    public var id: String
    /// Name shown when none in the chart's language is given.
    public var name: String
    /// Names in other languages, for `name(in:)`.
    public var names: LocalizedNames
    /// Delegation, mediator, host or observer.
    public var role: Role
    /// Colour on charts; `nil` lets the theme's palette choose.
    public var color: Color?
    /// Flag drawn behind the table; `nil` draws a plain panel in the party's colour.
    public var flag: FlagDesign?
    /// Where the party is defined in the model file.
    public var location: SourceLocation
    /// Where `flag:` is written, so problems with a flag picture point at it.
    public var flagLocation: SourceLocation? = nil
    /// Where `color:` is written, so a warning about colours too close points at it.
    public var colorLocation: SourceLocation? = nil
    /// What the model says of the party's facts: its note, sources and status.
    public var provenance = Provenance()

    /// The name in `language`, else English, else `name`.
    public func name(in language: String?) -> String {
        language.flatMap { names.byLanguage[$0] } ?? names.byLanguage["en"] ?? name
    }
}

/// A flag: stripes or a picture file (relative to the model).
public enum FlagDesign: Sendable, Hashable {
    /// Horizontal stripes, top to bottom.
    case horizontal([Color])
    /// Vertical stripes, left to right.
    case vertical([Color])
    /// A PNG or SVG picture; `path` is relative to the model file's folder.
    case image(path: String)
}

/// A named participant.
public struct Person: Sendable, Hashable {
    /// The person's `id`, a slug that seats refer to.
    public var id: String
    /// Name shown when none in the chart's language is given.
    public var name: String
    /// Name in the person's own script, shown for the language `native`.
    public var native: String?
    /// Names in other languages, for `name(in:)`.
    public var names: LocalizedNames
    /// Id of the party the person belongs to.
    public var party: String
    /// Free text such as `Head of delegation`; `nil` when not given.
    public var role: String?
    /// Where the person is defined in the model file.
    public var location: SourceLocation
    /// What the model says of the person's facts: its note, sources and status.
    public var provenance = Provenance()

    /// The name in `language` (`native` for `native`), else English, else `name`.
    public func name(in language: String?) -> String {
        if language == "native", let native { return native }
        return language.flatMap { names.byLanguage[$0] } ?? names.byLanguage["en"] ?? name
    }
}
