import ParleyColor

/// A multi-round meeting or negotiation: the root of a model file.
public struct Meeting: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var timeZone: ZoneSpec
    /// Shown on charts; the zone's own abbreviation when the model gives none.
    public var timeZoneLabel: String
    public var parties: [Party] { didSet { partyIndex = Meeting.index(parties.map(\.id)) } }
    public var people: [Person] { didSet { personIndex = Meeting.index(people.map(\.id)) } }
    public var rounds: [Round] { didSet { roundIndex = Meeting.index(rounds.map(\.id)) } }
    public var provenance: Provenance
    public var location: SourceLocation

    // Look-ups by id are O(1): layouts and validation ask for every seat of every round, and a
    // linear search made a 1,500-person, 200-round model take minutes. Kept in step with the
    // arrays by their observers; the first of duplicate ids wins, as a linear search did.
    private var partyIndex: [String: Int]
    private var personIndex: [String: Int]
    private var roundIndex: [String: Int]

    public init(
        id: String, title: String?, timeZone: ZoneSpec, timeZoneLabel: String, parties: [Party], people: [Person],
        rounds: [Round], provenance: Provenance, location: SourceLocation
    ) {
        self.id = id; self.title = title; self.timeZone = timeZone
        self.timeZoneLabel = timeZoneLabel; self.parties = parties; self.people = people; self.rounds = rounds
        self.provenance = provenance; self.location = location
        partyIndex = Meeting.index(parties.map(\.id))
        personIndex = Meeting.index(people.map(\.id))
        roundIndex = Meeting.index(rounds.map(\.id))
    }

    public func party(_ id: String) -> Party? { partyIndex[id].map { parties[$0] } }
    public func person(_ id: String) -> Person? { personIndex[id].map { people[$0] } }
    public func round(_ id: String) -> Round? { roundIndex[id].map { rounds[$0] } }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        return index
    }

    public var displayTitle: String { title ?? id }
}

/// Where a fact comes from: public reporting is often approximate or contested.
public struct Provenance: Sendable, Hashable {
    public var sources: [String] = []
    public var note: String?
    public init(sources: [String] = [], note: String? = nil) { self.sources = sources; self.note = note }
}

/// Names of one thing in several languages, keyed by language code (`en`, `ru`, `uk`, `tr`…).
public struct LocalizedNames: Sendable, Hashable {
    public var byLanguage: [String: String] = [:]
    public init(_ byLanguage: [String: String] = [:]) { self.byLanguage = byLanguage }
}

/// A delegation, mediator, host or observer.
public struct Party: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable { case delegation, mediator, host, observer }
    public var id: String
    public var name: String
    public var names: LocalizedNames
    public var role: Role
    public var color: Color?
    public var flag: FlagDesign?
    public var location: SourceLocation
    /// Where `flag:` is written, so problems with a flag picture point at it.
    public var flagLocation: SourceLocation? = nil

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
    case image(path: String)
}

/// A named participant.
public struct Person: Sendable, Hashable {
    public var id: String
    public var name: String
    public var native: String?
    public var names: LocalizedNames
    public var party: String
    public var role: String?
    public var location: SourceLocation

    public func name(in language: String?) -> String {
        if language == "native", let native { return native }
        return language.flatMap { names.byLanguage[$0] } ?? names.byLanguage["en"] ?? name
    }
}
