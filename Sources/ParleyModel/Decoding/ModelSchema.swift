/// The format's definitions, written once: the decoder takes its known keys from here and
/// `parley schema` turns the same values into a JSON Schema, so the two cannot drift apart.
public enum ModelSchema {
    /// A value's shape, as far as JSON Schema can say it.
    indirect enum Value: Sendable {
        case string(description: String, pattern: String? = nil, choices: [String]? = nil)
        case integer(description: String, minimum: Int? = nil, maximum: Int? = nil)
        case boolean(description: String)
        case array(Value, description: String)
        case stringMap(description: String)
        case object(String)
        case anyOf([Value], description: String)
    }

    struct Object: Sendable {
        var name: String
        var description: String
        var properties: [(key: String, value: Value)]
        var required: [String]
        let keys: [String]
        let keySet: Set<String>

        init(name: String, description: String, properties: [(key: String, value: Value)], required: [String]) {
            self.name = name; self.description = description; self.properties = properties; self.required = required
            keys = properties.map(\.key)
            keySet = Set(keys)
        }
    }

    static let slugPattern = "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
    static let timePattern = "^~?([0-9]{4}-[0-9]{2}-[0-9]{2}T)?[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2})?$"
    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    static let languagePattern = "^([A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*|native)$"

    static let slug = Value.string(
        description: "an id: letters, digits, '-', '_' or '.', starting with a letter or digit", pattern: slugPattern)
    static let color = Value.string(description: "#RGB, #RGBA, #RRGGBB, #RRGGBBAA or a CSS colour name")
    static let zone = Value.string(description: "an IANA zone such as Europe/Moscow, or a fixed offset such as +03:00")
    static let sources = Value.array(.string(description: "free text or a URL"), description: "where the facts come from")
    static let note = Value.string(description: "a remark on the facts, for footnotes")
    // Notes and sources (issue 11, notes part): how sure a fact is, as a fact.
    static let status = Value.string(
        description: "how sure the sources make the fact: confirmed, uncertain, conflicting or unknown",
        choices: Provenance.Status.allCases.map(\.rawValue))
    static let names = Value.stringMap(description: "the name in other languages, keyed by language code (en, ru, uk, tr…)")
    static let time = Value.anyOf(
        [
            .string(
                description: "HH:MM or HH:MM:SS in the zone, ~ in front when approximate, or ISO 8601 with offset", pattern: timePattern),
            .object("reportedTime"),
        ],
        description: "a time: one value, a range, or what each source says")
    static let partyIDs = Value.array(slug, description: "party ids")
    static let seats = Value.array(
        .anyOf([slug, .object("seat")], description: "a person id, a party id or a seat"), description: "seats in order")

    static let objects: [Object] = [
        Object(
            name: "meeting", description: "A Parley meeting model",
            properties: [
                ("parley", .integer(description: "format version", minimum: 1, maximum: 1)),
                ("id", slug), ("title", .string(description: "the meeting's title")),
                ("titles", .stringMap(description: "the title in other languages, keyed by language code (ru, uk, tr…)")),
                (
                    "lang",
                    .string(
                        description:
                            "the language the charts are written in when the command names none: one Parley writes (en, ru, uk, tr) or one the model's names use; native for each name in its own script",
                        pattern: languagePattern)
                ),
                ("timezone", zone), ("timezoneLabel", .string(description: "zone name shown on charts, e.g. MSK")),
                ("parties", .array(.object("party"), description: "delegations, mediators, hosts and observers")),
                ("people", .array(.object("person"), description: "named participants")),
                ("rounds", .array(.object("round"), description: "the sessions")),
                ("sources", sources), ("note", note), ("status", status),
            ], required: ["parley", "id", "timezone", "parties", "rounds"]),
        Object(
            name: "party", description: "A delegation, mediator, host or observer",
            properties: [
                ("id", slug), ("name", .string(description: "display name")), ("names", names),
                ("role", .string(description: "the party's part", choices: Party.Role.allCases.map(\.rawValue))),
                ("color", color),
                (
                    "flag",
                    .anyOf([.array(color, description: "horizontal stripes, top to bottom"), .object("flag")], description: "the flag")
                ),
                ("sources", sources), ("note", note), ("status", status),
            ], required: ["id", "name"]),
        Object(
            name: "flag", description: "Vertical stripes or a picture",
            properties: [
                ("vertical", .array(color, description: "vertical stripes, left to right")),
                ("horizontal", .array(color, description: "horizontal stripes, top to bottom")),
                ("image", .string(description: "an SVG or PNG file, relative to the model")),
            ], required: []),
        Object(
            name: "person", description: "A participant",
            properties: [
                ("id", slug), ("name", .string(description: "display name")),
                ("native", .string(description: "native spelling")), ("names", names),
                ("party", slug), ("role", .string(description: "e.g. Head of delegation")),
                ("sources", sources), ("note", note), ("status", status),
            ], required: ["id", "name", "party"]),
        Object(
            name: "round", description: "One session",
            properties: [
                ("id", slug), ("title", .string(description: "e.g. Round 2")),
                ("titles", .stringMap(description: "the title in other languages, keyed by language code (ru, uk, tr…)")),
                ("date", .string(description: "YYYY-MM-DD in the round's zone", pattern: datePattern)),
                ("venue", .string(description: "where it took place")),
                ("venues", .stringMap(description: "the venue in other languages, keyed by language code (ru, uk, tr…)")),
                ("start", time), ("end", time),
                ("timezone", zone), ("timezoneLabel", .string(description: "zone name shown on charts")),
                ("language", .string(description: "the working language spoken (not the charts' language; see the meeting's lang)")),
                ("segments", .array(.object("segment"), description: "parts of the session")),
                ("events", .array(.object("event"), description: "what happened")),
                ("outcomes", .array(.object("outcome"), description: "what it produced")),
                ("table", .object("table")),
                ("sources", sources), ("note", note), ("status", status),
            ], required: ["id", "date", "start", "end"]),
        Object(
            name: "segment", description: "A part of a session",
            properties: [
                ("start", time), ("end", time), ("label", .string(description: "e.g. Plenary")), ("note", note),
                ("sources", sources), ("status", status),
                // Crowded timelines (issue 14): what sort of part it is, drawn distinctly.
                ("kind", .string(description: "what sort of part it is", choices: Segment.Kind.allCases.map(\.rawValue))),
            ], required: ["start", "end", "label"]),
        Object(
            name: "event", description: "Something that happened",
            properties: [
                ("at", time), ("label", .string(description: "what happened")), ("parties", partyIDs),
                ("sources", sources), ("note", note), ("status", status),
            ], required: ["label"]),
        Object(
            name: "outcome", description: "A result of the round",
            properties: [
                ("text", .string(description: "the outcome")), ("parties", partyIDs), ("sources", sources), ("note", note),
                ("status", status),
            ], required: ["text"]),
        Object(
            name: "table", description: "Who sat where",
            properties: [
                ("shape", .string(description: "table shape", choices: Table.Shape.allCases.map(\.rawValue))),
                ("view", .string(description: "how sides are ordered", choices: Table.View.allCases.map(\.rawValue))),
                ("head", seats), ("left", seats), ("right", seats), ("far", seats), ("near", seats), ("seats", seats),
                ("flags", partyIDs), ("sources", sources), ("note", note), ("status", status),
            ], required: []),
        Object(
            name: "seat", description: "One chair",
            properties: [
                ("person", slug), ("party", slug), ("name", .string(description: "who sits there")),
                ("role", .string(description: "seat role", choices: Seat.Role.allCases.map(\.rawValue))),
                ("count", .integer(description: "this many identical seats", minimum: 1, maximum: ModelLimits.maxSeatsPerSide)),
                ("note", note),
            ], required: []),
        Object(
            name: "reportedTime",
            description: "A time with its certainty: one value (at), a range (from and to), or what each source says (claims)",
            properties: [
                ("at", .string(description: "the time", pattern: timePattern)),
                ("from", .string(description: "the earliest time of a range", pattern: timePattern)),
                ("to", .string(description: "the latest time of a range", pattern: timePattern)),
                ("claims", .array(.object("timeClaim"), description: "the time each source gives, the one to draw first")),
                ("approx", .boolean(description: "true when reported only approximately")),
            ], required: []),
        Object(
            name: "timeClaim", description: "The time one source gives",
            properties: [
                ("at", .string(description: "the time", pattern: timePattern)),
                ("by", .string(description: "who says so, e.g. Turkish MFA")),
                ("sources", sources), ("source", .string(description: "one source: free text or a URL")),
            ], required: ["at"]),
    ]

    private static let objectsByName = Dictionary(objects.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    static func object(_ name: String) -> Object {
        objectsByName[name] ?? Object(name: name, description: "", properties: [], required: [])
    }
}

/// Bounds that keep hostile input from exhausting time or memory; exceeding one is an error.
public enum ModelLimits {
    /// Size of a model file in bytes (16 MiB), checked before it is parsed.
    public static let maxFileBytes = 16 << 20
    /// YAML values in one model, counted after aliases are expanded, so an alias bomb stops early.
    public static let maxNodes = 2_000_000
    /// How deep mappings and sequences may nest.
    public static let maxDepth = 64
    /// Rounds in one meeting.
    public static let maxRounds = 100_000
    /// Seats on one side of a table, a `count` included.
    public static let maxSeatsPerSide = 500
    /// Length of one text value in characters.
    public static let maxTextLength = 10_000
    /// A key of a mapping (`title`, a language code).
    public static let maxKeyLength = 64
    /// Seats of one table, all sides together, and of the whole model: `count` can make 500
    /// seats of one line, so seats are counted before they are made.
    public static let maxSeatsPerTable = 2_000
    /// Seats in the whole model, all tables together.
    public static let maxSeatsInModel = 200_000
    /// Flags behind one table.
    public static let maxFlagsPerTable = 200
}
