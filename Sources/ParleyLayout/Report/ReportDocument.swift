import ParleyModel

/// A report's content, independent of its format: the meeting, then a section per round
/// (facts, charts, events, outcomes, notes), then the comparisons; sources as footnotes.
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
        /// The line as shown; an event's starts with its clock time when it has one.
        public var text: String
        /// Names of the parties involved, in the report's language.
        public var parties: [String]
        /// Numbers of the footnotes this item cites.
        public var notes: [Int]
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
        /// The round's and the seating's provenance notes in one paragraph; `nil` when neither has one.
        public var note: String?
        /// Numbers of the footnotes the round and its table cite.
        public var notes: [Int]
    }

    /// The meeting's title, or its id.
    public var title: String
    /// A plain-language overview of the whole meeting, for the title page.
    public var summary: String
    /// A section per round in model order, then the comparisons when any chart compares rounds.
    public var sections: [Section]
    /// Footnotes, numbered from 1 in order of first citation.
    public var footnotes: [String]

    /// Builds the report of `meeting`, party names in `language` (`nil` for the model's `name`),
    /// times on `clock`.
    public init(meeting: Meeting, language: String? = nil, clock: ClockStyle = .twentyFour) {
        let style = PartyStyle(meeting: meeting, theme: .light, language: language)
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
        title = meeting.displayTitle
        summary = MeetingDescription.overview(meeting, clock: clock)
        var sections: [Section] = []
        for round in meeting.rounds {
            var facts: [(String, String)] = [("Date", Formatting.date(round.date))]
            if let venue = round.venue { facts.append(("Venue", venue)) }
            let times = RoundTimeText(round, meeting: meeting, clock: clock)
            facts.append(("Time", times.span))
            facts.append(("Duration", times.duration))
            if let language = round.language { facts.append(("Language", language)) }
            let charts = (reported[round.id] ?? []).map { chart(of: $0, round: round) }
            let item = { (text: String, parties: [String], sources: [String]) in
                Item(text: text, parties: parties.map(style.name), notes: cite(sources))
            }
            var lists: [(String, [Item])] = []
            let events = round.events.map { event in
                item((event.at.map { "\(times.time($0)) " } ?? "") + event.label, event.parties, event.provenance.sources)
            }
            if !events.isEmpty { lists.append(("Events", events)) }
            let outcomes = round.outcomes.map { item($0.text, $0.parties, $0.provenance.sources) }
            if !outcomes.isEmpty { lists.append(("Outcomes", outcomes)) }
            let notes = cite(round.provenance.sources) + cite(round.table?.provenance.sources ?? [])
            let note = [round.provenance.note, round.table?.provenance.note.map { "Seating: " + $0 }].compactMap { $0 }.joined(
                separator: " ")
            sections.append(
                Section(
                    id: round.id, heading: "\(round.displayTitle) · \(Formatting.date(round.date))", facts: facts, charts: charts,
                    lists: lists, note: note.isEmpty ? nil : note, notes: notes))
        }
        let comparisons = (reported[nil] ?? []).map { chart(of: $0, round: nil) }
        if !comparisons.isEmpty {
            sections.append(
                Section(id: "comparison", heading: "The rounds compared", facts: [], charts: comparisons, lists: [], note: nil, notes: []))
        }
        self.sections = sections
        self.footnotes = footnotes
    }
}
