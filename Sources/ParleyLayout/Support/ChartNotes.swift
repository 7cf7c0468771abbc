import ParleyModel

/// The notes and sources one chart carries, numbered in reading order: the meeting's, then
/// each round's (its own, its segments', events', outcomes', table's) as far as the chart
/// covers them. A thing the model gives a note, sources, a status or contested times gets one
/// numbered entry and a marker ("[2]") where the chart draws it; sources are numbered once
/// each ("S3"), in order of first citation, whoever cites them.
struct ChartNotes {
    /// What a note is about: where its marker stands.
    enum Subject: Hashable {
        case meeting
        case round(String)
        case segment(round: String, index: Int)
        case event(round: String, index: Int)
        case outcome(round: String, index: Int)
        case table(String)
        case party(String)
        case person(String)
        /// One seat (or the `count` seats one line of the model makes), by where the model gives it.
        case seat(SourceLocation)
    }

    /// The parts of each round a chart draws, and so the notes it carries.
    struct Parts: OptionSet {
        let rawValue: Int
        /// The round itself: its note, sources and contested start and end.
        static let rounds = Parts(rawValue: 1)
        /// Segments, events and outcomes.
        static let details = Parts(rawValue: 2)
        /// The table.
        static let tables = Parts(rawValue: 4)
    }

    /// One numbered note: what it is about and everything the model says of it.
    struct Entry {
        let number: Int
        let subject: Subject
        /// "Round 2", "Event": what the entry is about, for the block, where it stands apart from its marker.
        let subjectText: String
        /// The note, the status and the claims, with the numbers of the sources cited (not the sources).
        let text: String
        /// The same, with each source cited in full, for the description.
        let fullText: String
        /// Where the subject is in the model, for budget errors.
        let location: SourceLocation
    }

    private(set) var entries: [Entry] = []
    /// Every source cited, full text, in number order (`S1` is the first).
    private(set) var sources: [String] = []
    /// What the chart draws of them.
    let mode: NotesMode
    let strings: Strings
    /// The names' language, for the titles and names the entries' subjects give.
    let language: String?
    private var numbers: [Subject: Int] = [:]
    private var sourceNumbers: [String: Int] = [:]
    private let clock: ClockStyle
    /// The rounds the chart covers, whose outcomes and untimed events the description names.
    let rounds: [Round]

    /// The notes of `rounds` of `meeting` that a chart drawing `parts` carries, always with the meeting's.
    /// In the chart's words and names language (`options`), as every other text of the chart.
    init(meeting: Meeting, rounds: [Round], parts: Parts, options: LayoutOptions) {
        mode = options.notes
        clock = options.clock
        self.rounds = rounds
        let strings = options.strings(for: meeting), language = options.namesLanguage(of: meeting)
        self.strings = strings
        self.language = language
        add(.meeting, strings.text(.noteSubjectMeeting), meeting.provenance, times: [], at: meeting.location)
        for round in rounds {
            let title: [Placeholder: String] = [.round: round.displayTitle(in: language)]
            if parts.contains(.rounds) {
                add(
                    .round(round.id), strings.text(.noteSubjectRound, title), round.provenance,
                    times: [(.claimStart, round.start), (.claimEnd, round.end)], of: round, at: round.location)
            }
            if parts.contains(.details) {
                for (index, segment) in round.segments.enumerated() {
                    add(
                        .segment(round: round.id, index: index), strings.text(.noteSubjectSegment, [.text: segment.label]),
                        segment.provenance, times: [(.claimStart, segment.start), (.claimEnd, segment.end)], of: round,
                        at: segment.location)
                }
                for (index, event) in round.events.enumerated() {
                    add(
                        .event(round: round.id, index: index), strings.text(.noteSubjectEvent, [.text: event.label]), event.provenance,
                        times: event.at.map { [(.claimAt, $0)] } ?? [], of: round, at: event.location)
                }
                for (index, outcome) in round.outcomes.enumerated() {
                    add(
                        .outcome(round: round.id, index: index), strings.text(.noteSubjectOutcome, [.text: outcome.text]),
                        outcome.provenance, times: [],
                        at: outcome.location)
                }
            }
            if parts.contains(.tables), let table = round.table {
                add(.table(round.id), strings.text(.noteSubjectTable, title), table.provenance, times: [], at: table.location)
            }
        }
        // Who sat there, after what happened: the people and seats of the tables drawn, then the
        // parties, which stand in every chart's legend or seats.
        if parts.contains(.tables) {
            for round in rounds {
                if let table = round.table { addSeats(of: table, in: round, meeting: meeting) }
            }
        }
        for party in meeting.parties {
            add(
                .party(party.id), strings.text(.noteSubjectParty, [.party: party.name(in: language == "native" ? nil : language)]),
                party.provenance,
                times: [], at: party.location)
        }
    }

    /// The notes of the people at `table` (each person once a chart) and of its seats.
    private mutating func addSeats(of table: Table, in round: Round, meeting: Meeting) {
        var seen = Set<SourceLocation>()
        for side in Table.sides(of: table.shape) {
            for seat in table.seats(side) where seen.insert(seat.location).inserted {
                if let id = seat.person, numbers[.person(id)] == nil, let person = meeting.person(id) {
                    add(
                        .person(id), strings.text(.noteSubjectPerson, [.names: person.name(in: language)]), person.provenance, times: [],
                        at: person.location)
                }
                if let note = seat.note {
                    let who =
                        seat.person.flatMap(meeting.person).map { $0.name(in: language) } ?? seat.name
                        ?? seat.party.flatMap(meeting.party).map { $0.name(in: language) } ?? strings.text(.seatUnnamed)
                    add(
                        .seat(seat.location), strings.text(.noteSubjectSeat, [.round: round.displayTitle(in: language), .text: who]),
                        Provenance(note: note), times: [], at: seat.location)
                }
            }
        }
    }

    /// The markers of a seat's notes: the person's and the seat's own, or `nil`.
    func seatMarker(_ seat: Seat) -> String? {
        let markers = [seat.person.flatMap { marker(.person($0)) }, marker(.seat(seat.location))].compactMap { $0 }
        return markers.isEmpty ? nil : markers.joined(separator: " ")
    }

    /// True when the model gives the chart nothing to note.
    var isEmpty: Bool { entries.isEmpty && sources.isEmpty }

    /// The number of the note about `subject`, if it has one.
    func number(of subject: Subject) -> Int? { numbers[subject] }

    /// "[2]" for a subject with a note, when the chart draws markers; `nil` otherwise.
    func marker(_ subject: Subject) -> String? {
        guard mode != .none, let number = numbers[subject] else { return nil }
        return strings.text(.noteMarker, [.number: String(number)])
    }

    /// `text` with the subject's marker after it ("Round 2 [3]"), or `text` alone.
    func marked(_ text: String, _ subject: Subject) -> String {
        marker(subject).map { "\(text) \($0)" } ?? text
    }

    /// `S3`: how a source is cited.
    func label(ofSource number: Int) -> String { strings.text(.noteSourceLabel, [.number: String(number)]) }

    /// `description` followed by every note and every source in full: the description keeps
    /// what the chart draws shortened or not at all, whatever the mode.
    /// The rounds' outcomes and untimed events come first: the chart may draw them in a list or
    /// not at all, and a reader of the description should not miss what a round came to.
    func describing(_ description: String) -> String {
        let details = RoundDetailsDescription.text(of: rounds, notes: self)
        var parts = details.isEmpty ? [description] : [description, details]
        guard !isEmpty else { return parts.joined(separator: " ") }
        if !entries.isEmpty {
            let list = entries.map {
                strings.text(.noteEntry, [.number: String($0.number), .subject: $0.subjectText, .text: $0.fullText])
            }
            parts.append(strings.text(.notesDescription, [.text: list.joined(separator: strings.text(.noteEntrySeparator))]))
        }
        if !sources.isEmpty {
            let list = sources.enumerated().map {
                strings.text(.noteSourceItem, [.number: label(ofSource: $0.offset + 1), .text: $0.element])
            }
            parts.append(strings.text(.notesDescriptionSources, [.sources: list.joined(separator: strings.text(.listSeparator))]))
        }
        return parts.joined(separator: " ")
    }

    private mutating func cite(_ source: String) -> Int {
        if let number = sourceNumbers[source] { return number }
        sources.append(source)
        sourceNumbers[source] = sources.count
        return sources.count
    }

    private mutating func add(
        _ subject: Subject, _ subjectText: String, _ provenance: Provenance, times: [(StringKey, MeetingTime)], of round: Round? = nil,
        at location: SourceLocation
    ) {
        // Two versions of each sentence: sources as numbers for the chart, in full for the description.
        var short: [String] = [], full: [String] = []
        func both(_ text: String) { short.append(text); full.append(text) }
        if let note = provenance.note { both(note) }
        if let status = provenance.status { both(strings.text(Self.statusKey(status))) }
        for (key, time) in times where !time.claims.isEmpty {
            let claims = claimTexts(time, of: round)
            short.append(strings.text(key, [.text: claims.short]))
            full.append(strings.text(key, [.text: claims.full]))
        }
        let cited = provenance.sources.map { cite($0) }
        if !cited.isEmpty {
            // Sources alone read as a sentence of their own ("Sources: S1, S2."), else they close the note.
            let key: StringKey = short.isEmpty ? .noteSourcesOnly : .noteCites
            let separator = strings.text(.listSeparator)
            short.append(strings.text(key, count: cited.count, [.sources: cited.map(label(ofSource:)).joined(separator: separator)]))
            full.append(strings.text(key, count: cited.count, [.sources: provenance.sources.joined(separator: separator)]))
        }
        // A time ending in "p.m." closes its sentence itself: no second full stop after it.
        short = short.map(Self.withOneFullStop)
        full = full.map(Self.withOneFullStop)
        guard !short.isEmpty else { return }
        let number = entries.count + 1
        numbers[subject] = number
        entries.append(
            Entry(
                number: number, subject: subject, subjectText: subjectText, text: short.joined(separator: " "),
                fullText: full.joined(separator: " "), location: location))
    }

    /// "14:43 (Turkish MFA, S1) or 14:44 (Ukrainian MFA, S2)", or "between 14:30 and 14:45".
    /// Times print as the round's other times do (day mark, seconds, the zone across a change).
    private mutating func claimTexts(_ time: MeetingTime, of round: Round?) -> (short: String, full: String) {
        let clockStyle = clock, strings = strings
        let times = round.map { RoundTimeText($0, meeting: nil, clock: clockStyle, strings: strings) }
        let text = { (value: MeetingTime) in times?.time(value) ?? clockStyle.text(value, strings: strings) }
        if time.isRange, let first = time.claims.first, let last = time.claims.last {
            let text = strings.text(.claimRange, [.first: text(first.time), .last: text(last.time)])
            for claim in time.claims { for source in claim.sources { _ = cite(source) } }
            return (text, text)
        }
        var short: [String] = [], full: [String] = []
        for claim in time.claims {
            let value = text(claim.time)
            let numbers = claim.sources.map { label(ofSource: cite($0)) }
            let by = claim.by ?? ""
            let separator = strings.text(.listSeparator)
            switch (by.isEmpty, numbers.isEmpty) {
            case (true, true):
                short.append(value); full.append(value)
            case (false, true):
                short.append(strings.text(.claimBy, [.value: value, .by: by]))
                full.append(strings.text(.claimBy, [.value: value, .by: by]))
            case (true, false):
                short.append(strings.text(.claimBy, [.value: value, .by: numbers.joined(separator: separator)]))
                full.append(strings.text(.claimBy, [.value: value, .by: claim.sources.joined(separator: separator)]))
            case (false, false):
                short.append(strings.text(.claimByWithSources, [.value: value, .by: by, .sources: numbers.joined(separator: separator)]))
                full.append(
                    strings.text(.claimByWithSources, [.value: value, .by: by, .sources: claim.sources.joined(separator: separator)]))
            }
        }
        let separator = strings.text(.claimSeparator)
        return (short.joined(separator: separator), full.joined(separator: separator))
    }

    static func withOneFullStop(_ sentence: String) -> String {
        sentence.hasSuffix("..") && !sentence.hasSuffix("...") ? String(sentence.dropLast()) : sentence
    }

    static func statusKey(_ status: Provenance.Status) -> StringKey {
        switch status {
        case .confirmed: .noteStatusConfirmed
        case .uncertain: .noteStatusUncertain
        case .conflicting: .noteStatusConflicting
        case .unknown: .noteStatusUnknown
        }
    }

    /// An item of a list, marked when its fact is not confirmed ("… (sources disagree)").
    static func listItem(_ text: String, status: Provenance.Status?, strings: Strings) -> String {
        switch status {
        case .uncertain: strings.text(.listItemUncertain, [.text: text])
        case .conflicting: strings.text(.listItemConflicting, [.text: text])
        case .unknown: strings.text(.listItemUnknown, [.text: text])
        case .confirmed, nil: text
        }
    }
}
