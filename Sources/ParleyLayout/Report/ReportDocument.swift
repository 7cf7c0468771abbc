import ParleyModel

/// A report's content, independent of its format: the meeting with its notes, then a section
/// per round (facts, charts, events, outcomes, notes), then the comparisons; sources as
/// footnotes, numbered once each, every one cited where the fact it supports stands. The
/// charts are drawn with `--notes none`: the report lists their notes itself, numbered as
/// its footnotes, so a chart's own numbers never disagree with the page around it.
public struct ReportDocument: Sendable {
    /// A chart to draw in place, with the text that stands for it (alt text and caption).
    public struct Chart: Sendable {
        /// The chart's `--chart` name.
        public var chart: String
        /// The round it draws; `nil` for a chart of the whole meeting.
        public var roundID: String?
        /// Printed under the chart, e.g. `Round 1: timeline`.
        public var caption: String
        /// Text that stands for the chart: its alt text, and what a reader without pictures gets.
        public var description: String
        /// Unique within the report, for file names and SVG id prefixes.
        public var slug: String
    }

    /// One line of an events or outcomes list, with the parties it concerns and its sources.
    public struct Item: Sendable {
        /// The line as shown; an event's starts with its clock time when it has one, and it ends
        /// with a mark when the model says the fact is not confirmed.
        public var text: String
        /// Names of the parties involved, in the report's language.
        public var parties: [String]
        /// Numbers of the footnotes this item cites.
        public var notes: [Int]
        /// The model's note on the item, and its status in words; `nil` when it has neither.
        public var remark: String? = nil
    }

    /// A note on the facts: what it is about, what the model says, and the footnotes it cites.
    public struct Note: Sendable {
        /// What the note is about: `Round 2`, `Seating`, `Segment “Plenary”`, `Start (Turkish MFA)`.
        public var subject: String
        /// The note, the status in words or a contested time's value; empty when the model gives only sources.
        public var text: String
        /// Numbers of the footnotes it cites.
        public var sources: [Int]
    }

    /// One part of the report: a round, or the comparison of all rounds at the end.
    public struct Section: Sendable {
        /// The round's id, or `comparison`; unique, for anchors.
        public var id: String
        /// The title shown above the section, with the round's date.
        public var heading: String
        /// Label and value pairs such as Date, Venue, Time and Duration, in that order.
        public var facts: [(label: String, value: String)]
        /// Charts shown in the section, in registry order.
        public var charts: [Chart]
        /// Titled lists (Events, Outcomes) with their items; only lists that have items.
        public var lists: [(title: String, items: [Item])]
        /// The notes of the round, its segments, its contested times and its table, in that order.
        public var notes: [Note]
    }

    /// The meeting's title, or its id.
    public var title: String
    /// A plain-language overview of the whole meeting, for the title page.
    public var summary: String
    /// The meeting's own notes (its note, status and sources), for the title page.
    public var notes: [Note]
    /// A section per round in model order, then the comparisons when any chart compares rounds.
    public var sections: [Section]
    /// Footnotes, numbered from 1 in order of first citation.
    public var footnotes: [String]
    /// Words a reader would search the report by: the parties' names in the report's language,
    /// in model order, then the rounds' venues, each once (the PDF's keywords).
    public var keywords: [String]

    /// Builds the report of `meeting`, party names in `language` (`nil` for the model's `name`),
    /// times on `clock`.
    public init(meeting: Meeting, language: String? = nil, clock: ClockStyle = .twentyFour) {
        let style = PartyStyle(meeting: meeting, theme: .light, language: language, strings: .english)
        var footnotes: [String] = []
        // Each source's number, so citing is O(1) a source (a search of the list made reports quadratic).
        var numbers: [String: Int] = [:]
        func cite(_ sources: [String]) -> [Int] {
            sources.map { source in
                if let number = numbers[source] { return number }
                footnotes.append(source)
                numbers[source] = footnotes.count
                return footnotes.count
            }
        }
        // Which charts go where is the charts' own declaration (`ChartLayout.reported`).
        let reported = Dictionary(grouping: ChartRegistry.reported(in: meeting), by: \.roundID).mapValues { $0.map(\.chart) }
        func chart(of name: String, round: Round?) -> Chart {
            let text =
                ChartRegistry.chart(named: name)?.reportText(of: meeting, round: round, language: language)
                ?? ChartText(caption: name, description: name)
            return Chart(
                chart: name, roundID: round?.id, caption: text.caption, description: text.description,
                slug: (round.map { "\($0.id)-" } ?? "") + name)
        }
        let strings = Strings.english
        /// The note of a provenance, if it says anything: its note and status in words, its sources cited.
        func note(_ subject: String, _ provenance: Provenance) -> Note? {
            guard !provenance.isEmpty else { return nil }
            let text = [provenance.note, provenance.status.map { strings.text(ChartNotes.statusKey($0)) }].compactMap { $0 }
            return Note(subject: subject, text: text.joined(separator: " "), sources: cite(provenance.sources))
        }
        /// A note for each claim of a contested time ("Start (Turkish MFA): 14:43"), or one for a range.
        func claims(_ what: String, _ time: MeetingTime, _ times: RoundTimeText) -> [Note] {
            guard !time.claims.isEmpty else { return [] }
            if time.isRange, let first = time.claims.first, let last = time.claims.last {
                let text = strings.text(.claimRange, [.first: times.time(first.time), .last: times.time(last.time)])
                return [Note(subject: what, text: text, sources: cite(time.claims.flatMap(\.sources)))]
            }
            return time.claims.map { claim in
                Note(
                    subject: claim.by.map { strings.text(.reportClaimBy, [.text: what, .by: $0]) } ?? what, text: times.time(claim.time),
                    sources: cite(claim.sources))
            }
        }
        /// An item's note, and "Confirmed." when it is: an unconfirmed item says so in its own text.
        func remark(_ provenance: Provenance) -> String? {
            let confirmed = provenance.status == .confirmed ? strings.text(.noteStatusConfirmed) : nil
            let text = [provenance.note, confirmed].compactMap { $0 }
            return text.isEmpty ? nil : text.joined(separator: " ")
        }
        title = meeting.displayTitle
        summary = MeetingDescription.overview(meeting, options: LayoutOptions(clock: clock))
        notes = [note(strings.text(.noteSubjectMeeting), meeting.provenance)].compactMap { $0 }
        // Parties and people belong to the whole meeting: their notes stand with its own.
        notes += meeting.parties.compactMap { note(strings.text(.noteSubjectParty, [.party: style.name($0.id)]), $0.provenance) }
        notes += meeting.people.compactMap { note(strings.text(.noteSubjectPerson, [.names: $0.name(in: language)]), $0.provenance) }
        var sections: [Section] = []
        for round in meeting.rounds {
            var facts: [(String, String)] = [("Date", Formatting.date(round.date, strings: strings))]
            if let venue = round.venue { facts.append(("Venue", venue)) }
            let times = RoundTimeText(round, meeting: meeting, clock: clock, strings: strings)
            facts.append(("Time", times.span))
            facts.append(("Duration", times.duration))
            if let language = round.language { facts.append(("Language", language)) }
            let charts = (reported[round.id] ?? []).map { chart(of: $0, round: round) }
            // An item cites its own sources and those of its contested time, and carries its note.
            let item = { (text: String, parties: [String], provenance: Provenance, time: MeetingTime?) in
                Item(
                    text: ChartNotes.listItem(text, status: provenance.status, strings: strings), parties: parties.map(style.name),
                    notes: cite(provenance.sources + (time?.claims.flatMap(\.sources) ?? [])), remark: remark(provenance))
            }
            var lists: [(String, [Item])] = []
            let events = round.events.map { event in
                item((event.at.map { "\(times.time($0)) " } ?? "") + event.label, event.parties, event.provenance, event.at)
            }
            if !events.isEmpty { lists.append(("Events", events)) }
            let outcomes = round.outcomes.map { item($0.text, $0.parties, $0.provenance, nil) }
            if !outcomes.isEmpty { lists.append(("Outcomes", outcomes)) }
            var notes = [note(strings.text(.noteSubjectRound, [.round: round.displayTitle]), round.provenance)].compactMap { $0 }
            let start = strings.text(.reportStart), end = strings.text(.reportEnd)
            let part = { (subject: String, which: String) in strings.text(.reportSubjectPart, [.text: subject, .value: which]) }
            notes += claims(start, round.start, times) + claims(end, round.end, times)
            for segment in round.segments {
                let subject = strings.text(.noteSubjectSegment, [.text: segment.label])
                notes += [note(subject, segment.provenance)].compactMap { $0 }
                notes += claims(part(subject, start), segment.start, times) + claims(part(subject, end), segment.end, times)
            }
            // Who says which time of a contested event, as for the round's own start and end.
            for event in round.events {
                guard let at = event.at else { continue }
                notes += claims(strings.text(.noteSubjectEvent, [.text: event.label]), at, times)
            }
            if let table = round.table {
                notes += [note(strings.text(.reportSeating), table.provenance)].compactMap { $0 }
                var seen = Set<SourceLocation>()
                for seat in Table.sides(of: table.shape).flatMap(table.seats) where seen.insert(seat.location).inserted {
                    guard let text = seat.note else { continue }
                    let who = SeatLabel(seat, meeting: meeting, style: style).name
                    notes.append(
                        Note(subject: strings.text(.noteSubjectSeat, [.round: round.displayTitle, .text: who]), text: text, sources: []))
                }
            }
            sections.append(
                Section(
                    id: round.id, heading: "\(round.displayTitle) · \(Formatting.date(round.date, strings: strings))", facts: facts,
                    charts: charts,
                    lists: lists, notes: notes))
        }
        let comparisons = (reported[nil] ?? []).map { chart(of: $0, round: nil) }
        if !comparisons.isEmpty {
            sections.append(Section(id: "comparison", heading: "The rounds compared", facts: [], charts: comparisons, lists: [], notes: []))
        }
        self.sections = sections
        self.footnotes = footnotes
        var keywords: [String] = []
        for word in meeting.parties.map({ style.name($0.id) }) + meeting.rounds.compactMap(\.venue) where !keywords.contains(word) {
            keywords.append(word)
        }
        self.keywords = keywords
    }
}
