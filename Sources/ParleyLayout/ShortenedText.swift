import ParleyModel
import ParleyScene

/// A text a chart could not show whole: what the model said, what the chart drew of it, and
/// where in the model it comes from when that is known. The chart lists it in full in its
/// "Shortened labels" key and its description; commands print `warning()`.
public struct ShortenedText: Sendable, Hashable {
    /// The text in full, as the chart was given it.
    public var text: String
    /// What the chart drew of it, lines joined by spaces, "…" where it was cut.
    public var shown: String
    /// Where the model gives the text; `nil` for text the chart composed from several facts
    /// it cannot tell apart, or a model built in code.
    public var location: SourceLocation?

    /// Makes a record of one shortened text.
    public init(text: String, shown: String, location: SourceLocation?) {
        self.text = text; self.shown = shown; self.location = location
    }

    /// The warning a command prints for it, at the model's place when known.
    public func warning(chart: String) -> Diagnostic {
        Diagnostic(
            .warning, at: location, "the \(chart) chart shortens '\(Self.excerpt(text))' to '\(Self.excerpt(shown))'",
            hints: [.note("it is listed in full under the chart; a wider --width or a shorter text in the model shows it whole")])
    }

    /// At most 120 characters of `text`, so one warning stays one readable line.
    static func excerpt(_ text: String) -> String {
        text.count <= 120 ? text : String(text.prefix(119)) + "…"
    }

    /// The runs of `scene` drawn shortened, each distinct text once, in drawing order, with
    /// their full texts (a long text set from a prefix is looked up in `cache`) and places.
    static func find(in scene: Scene, meeting: Meeting, cache: TextMeasurementCache) -> [ShortenedText] {
        var seen: Set<String> = []
        var found: [(text: String, shown: String)] = []
        for placed in scene.placedTexts where placed.run.metrics.isTruncated {
            let text = cache.fullText(ofShown: placed.run.text)
            guard seen.insert(text).inserted else { continue }
            found.append((text, placed.run.metrics.lines.map(\.text).joined(separator: " ")))
        }
        guard !found.isEmpty else { return [] }
        let places = ModelTextPlaces(meeting)
        return found.map { ShortenedText(text: $0.text, shown: $0.shown, location: places.location(of: $0.text)) }
    }
}

/// Where the model gives each text a chart may draw: names, roles, titles, labels, outcomes.
/// Only built when something was shortened, so charts that show everything pay nothing.
struct ModelTextPlaces {
    private var places: [String: SourceLocation] = [:]

    init(_ meeting: Meeting) {
        func add(_ text: String?, _ location: SourceLocation) {
            guard let text, !text.isEmpty, places[text] == nil else { return }
            places[text] = location
        }
        add(meeting.title, meeting.location)
        meeting.titles.byLanguage.keys.sorted().forEach { add(meeting.titles.byLanguage[$0], meeting.location) }
        for party in meeting.parties {
            add(party.name, party.location)
            party.names.byLanguage.keys.sorted().forEach { add(party.names.byLanguage[$0], party.location) }
        }
        for person in meeting.people {
            add(person.name, person.location)
            add(person.native, person.location)
            add(person.role, person.location)
            person.names.byLanguage.keys.sorted().forEach { add(person.names.byLanguage[$0], person.location) }
        }
        for round in meeting.rounds {
            add(round.title, round.location)
            add(round.venue, round.location)
            // The titles and venues of other languages, which charts in those languages draw.
            round.titles.byLanguage.keys.sorted().forEach { add(round.titles.byLanguage[$0], round.location) }
            round.venues.byLanguage.keys.sorted().forEach { add(round.venues.byLanguage[$0], round.location) }
            round.segments.forEach { add($0.label, $0.location) }
            round.events.forEach { add($0.label, $0.location) }
            round.outcomes.forEach { add($0.text, $0.location) }
            guard let table = round.table else { continue }
            for side in Table.sides(of: table.shape) {
                table.seats(side).forEach { add($0.name, $0.location) }
            }
        }
    }

    /// The place of `text` itself, else of the longest model text it starts with (a label with
    /// a note's marker after it, a role followed by its party); `nil` when none matches.
    func location(of text: String) -> SourceLocation? {
        if let exact = places[text] { return exact }
        let best = places.filter { text.hasPrefix($0.key) }.max { a, b in
            a.key.count != b.key.count ? a.key.count < b.key.count : b.value < a.value
        }
        return best?.value
    }
}
