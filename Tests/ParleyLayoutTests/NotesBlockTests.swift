import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// What a model says of its facts, gathered here apart from the layouts (the oracle): for a
/// chart of one round, the notes and sources of the round, its segments, events and outcomes;
/// for its seating, the table's; for a chart of the meeting, the meeting's and the rounds'.
enum ModelNotes {
    static func timeline(_ round: Round) -> [Provenance] {
        [round.provenance] + round.segments.map(\.provenance) + round.events.map(\.provenance) + round.outcomes.map(\.provenance)
    }
    static func seating(_ round: Round, of meeting: Meeting) -> [Provenance] {
        let people = (round.table.map { table in Table.sides(of: table.shape).flatMap(table.seats) } ?? []).compactMap(\.person)
        return [round.table?.provenance].compactMap { $0 } + people.compactMap { meeting.person($0)?.provenance } + seatNotes(round)
    }
    /// The notes a model gives on single seats, as provenances.
    static func seatNotes(_ round: Round) -> [Provenance] {
        (round.table.map { table in Table.sides(of: table.shape).flatMap(table.seats) } ?? []).compactMap(\.note).map {
            Provenance(note: $0)
        }
    }
    /// What every chart carries: the meeting's own notes and its parties'.
    static func everyChart(_ meeting: Meeting) -> [Provenance] { [meeting.provenance] + meeting.parties.map(\.provenance) }
    static func meeting(_ meeting: Meeting) -> [Provenance] { everyChart(meeting) + meeting.rounds.map(\.provenance) }
    /// Every note and every source, each once.
    static func texts(_ provenances: [Provenance]) -> [String] {
        var seen = Set<String>()
        return provenances.flatMap { [$0.note].compactMap { $0 } + $0.sources }.filter { seen.insert($0).inserted }
    }
    static let fixture = RepositoryPaths.root + "/Tests/Fixtures/notes/geneva-notes.yaml"
}

@Suite struct NotesBlockTests {
    private func layout(_ chart: String, _ meeting: Meeting, _ options: LayoutOptions) throws -> Scene {
        try SampleChartCase.layout(chart, meeting, options)
    }

    private func drawnText(_ scene: Scene) -> String { scene.textFrames.map(\.text).joined(separator: "\n") }

    private func notesGroup(_ scene: Scene) -> Group? {
        scene.nodes.lazy.compactMap { node -> Group? in if case .group(let group) = node, group.id == "notes" { group } else { nil } }
            .first
    }

    private var models: [(String, Meeting)] {
        get throws {
            try SampleChartCase.samples.map { ($0, try SampleChartCase.meeting($0)) }
                + [("geneva-notes", try MeetingLoader.load(path: ModelNotes.fixture).meeting)]
        }
    }

    @Test func everyNoteAndSourceIsInTheDescriptionOfEachChartItConcerns() throws {
        for (name, meeting) in try models {
            for mode in NotesMode.allCases {
                var options = LayoutOptions()
                options.notes = mode
                for round in meeting.rounds {
                    options.roundID = round.id
                    let timeline = try layout("timeline", meeting, options)
                    for text in ModelNotes.texts(ModelNotes.timeline(round) + ModelNotes.everyChart(meeting)) {
                        #expect(timeline.description.contains(text), "\(name) \(round.id) timeline (\(mode)) lacks '\(text)'")
                    }
                    guard round.table != nil else { continue }
                    let seating = try layout("seating", meeting, options)
                    for text in ModelNotes.texts(ModelNotes.seating(round, of: meeting) + ModelNotes.everyChart(meeting)) {
                        #expect(seating.description.contains(text), "\(name) \(round.id) seating (\(mode)) lacks '\(text)'")
                    }
                }
                options.roundID = nil
                for chart in ["overview", "timeline"] {
                    let scene = try layout(chart, meeting, options)
                    for text in ModelNotes.texts(ModelNotes.meeting(meeting)) {
                        #expect(scene.description.contains(text), "\(name) \(chart) (\(mode)) lacks '\(text)'")
                    }
                }
            }
        }
    }

    @Test func theFullBlockDrawsEveryNoteWholeAndEverySourceShortened() throws {
        for (name, meeting) in try models {
            for round in meeting.rounds {
                let scene = try layout("timeline", meeting, LayoutOptions(roundID: round.id))
                let provenances = ModelNotes.timeline(round) + [meeting.provenance]
                guard !ModelNotes.texts(provenances).isEmpty else {
                    #expect(notesGroup(scene) == nil)
                    continue
                }
                let group = try #require(notesGroup(scene), "\(name) \(round.id)")
                let runs = Scene(size: scene.size, nodes: group.children).textFrames.map(\.text)
                let drawn = runs.joined(separator: "\n")
                for note in provenances.compactMap(\.note) { #expect(drawn.contains(note), "\(name) \(round.id): '\(note)' not drawn") }
                for source in provenances.flatMap(\.sources) {
                    let short = source.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "www.", with: "")
                    let stem = String(short.prefix { $0 != "?" && $0 != "#" })
                    #expect(drawn.contains(stem.hasSuffix("/") ? String(stem.dropLast()) : stem), "\(name) \(round.id): \(source)")
                    #expect(!drawn.contains("https://"), "sources are shortened on the chart")
                }
                // Wrapped, never cut.
                for placed in Scene(size: scene.size, nodes: group.children).flattened() {
                    if case .text(let run) = placed.node { #expect(!run.metrics.isTruncated, "'\(run.text)' is cut") }
                }
            }
        }
    }

    @Test func markersStandAtWhatEachNoteIsAbout() throws {
        let meeting = try MeetingLoader.load(path: ModelNotes.fixture).meeting
        let scene = try layout("timeline", meeting, LayoutOptions(roundID: "round-1"))
        let texts = scene.textFrames.map(\.text)
        // Meeting [1], round [2], segments [3] [4], events [5] [6], outcomes [7] [8], in reading order.
        #expect(texts.contains { $0.hasPrefix("Talks on the grain corridor, Geneva [1]") })
        #expect(texts.contains { $0.hasSuffix("Palais des Nations, Geneva [2]") })
        #expect(texts.contains("[3] Plenary"))
        #expect(texts.contains { $0.hasPrefix("10:05 [5] Opening statement") })
        #expect(texts.contains { $0.hasPrefix("Maps of the corridor handed over [6]") })
        #expect(texts.contains { $0.hasPrefix("Agreement to meet again within a month [7]") })
        #expect(texts.contains { $0.hasPrefix("Inspection scheme for ships at Istanbul extended [8] (sources disagree)") })
        // The source cited by a segment and by the round is numbered once.
        // The sources line is a run a source (each web address its own linked group), read in order.
        let lead = try #require(texts.firstIndex { $0.hasPrefix("Sources: ") })
        let sources = texts[lead...].prefix { !$0.hasPrefix("[") }.joined()
        #expect(sources.components(separatedBy: "swissinfo.ch/eng/politics/grain-talks-geneva/48123456").count == 2)
        #expect(sources.contains("S1 un.org/en/press/2024/briefing-geneva-grain · "))
        #expect(sources.contains("Briefing by the UN spokesperson, Palais des Nations, 12 March 2024"))
        let seating = try layout("seating", meeting, LayoutOptions(roundID: "round-2")).textFrames.map(\.text)
        #expect(seating.contains("[3]"), "the table's marker beside the plan")
        #expect(seating.contains { $0.hasPrefix("[3] Round 2 seating: Which arm each delegation sat on is not stated") })
    }

    @Test func eachModeDrawsWhatItSays() throws {
        let meeting = try MeetingLoader.load(path: ModelNotes.fixture).meeting
        var options = LayoutOptions(roundID: "round-1")
        options.notes = .markers
        let markers = drawnText(try layout("timeline", meeting, options))
        #expect(markers.contains("[5]"))
        // The lead, then each source a run of its own.
        #expect(markers.contains("Sources: \nS1 un.org/en/press/2024/briefing-geneva-grain"))
        // The fixture's party note comes last: the meeting, round 1 and its details, then the parties.
        #expect(
            markers.contains("Notes [1]–[9] are not drawn here: an SVG's description, `parley describe` and the report give them in full."))
        #expect(!markers.contains("Read out by his deputy"))
        options.notes = .none
        let none = try layout("timeline", meeting, options)
        #expect(notesGroup(none) == nil)
        #expect(!drawnText(none).contains("[1]"))
        #expect(!drawnText(none).contains("Sources:"))
        #expect(none.description.contains("Read out by his deputy according to one report."))
        options.notes = .full
        let full = drawnText(try layout("timeline", meeting, options))
        #expect(
            full.contains(
                "[5] Event “Opening statement by the mediator”: Read out by his deputy according to one report. The sources disagree. (S4)")
        )
    }

    @Test func contestedTimesAreListedWithWhoSaysSo() throws {
        var meeting = try MeetingLoader.load(path: ModelNotes.fixture).meeting
        var start = meeting.rounds[1].start
        var other = start
        other.secondsOfDay += 60
        start.claims = [
            TimeClaim(time: start, by: "Swiss FDFA", sources: ["https://www.eda.admin.ch/a"]),
            TimeClaim(time: other, by: "TASS", sources: ["https://tass.com/politics/1"]),
        ]
        meeting.rounds[1].start = start
        let scene = try layout("timeline", meeting, LayoutOptions(roundID: "round-2"))
        #expect(drawnText(scene).contains("Start: 14:00 (Swiss FDFA, S3) or 14:01 (TASS, S4)."))
        #expect(
            scene.description.contains(
                "Start: 14:00 (Swiss FDFA, https://www.eda.admin.ch/a) or 14:01 (TASS, https://tass.com/politics/1)."))
    }

    @Test func theMirrorsCaptionSaysWhenThePlacementIsUnconfirmed() throws {
        var meeting = try MeetingLoader.load(path: ModelNotes.fixture).meeting
        let scene = try layout("seating-compare", meeting, LayoutOptions())
        let texts = drawnText(scene)
        #expect(texts.contains("Round 2 mirrors Round 1 (placement unconfirmed, see note 3): Russia and Ukraine swapped sides"))
        #expect(texts.contains("mirrors Round 1 (unconfirmed)"))
        #expect(texts.contains("[3] Round 2 seating: Which arm each delegation sat on is not stated"))
        #expect(scene.description.contains("Round 2 mirrors Round 1 (placement unconfirmed, see note 3)"))
        // Without the chart's notes there is no note to see, but the caveat stays.
        var options = LayoutOptions()
        options.notes = .none
        #expect(drawnText(try layout("seating-compare", meeting, options)).contains("Round 2 mirrors Round 1 (placement unconfirmed):"))
        let text = SeatingChangeText(
            strings: .english, names: { $0 }, titles: { meeting.round($0)?.displayTitle ?? $0 },
            placements: SeatingChangeText.placements(in: meeting))
        #expect(
            SeatingDiff.consecutive(in: meeting).map(text.caption).first?.hasPrefix("Round 2 mirrors Round 1 (placement unconfirmed):")
                == true)
        // A confirmed placement, or one the model says nothing of, carries no caveat.
        for status in [Provenance.Status.confirmed, nil] {
            meeting.rounds[1].table?.provenance.status = status
            let plain = drawnText(try layout("seating-compare", meeting, LayoutOptions()))
            #expect(plain.contains("Round 2 mirrors Round 1: Russia and Ukraine swapped sides"))
            #expect(!plain.contains("unconfirmed"))
        }
    }

    @Test func invariantsHoldWithTheNotesBlockInEveryTheme() throws {
        let meeting = try MeetingLoader.load(path: ModelNotes.fixture).meeting
        for theme in [Theme.light, .dark, .print] {
            for mode in NotesMode.allCases {
                for chart in ChartRegistry.names {
                    for round in [nil, "round-1", "round-2"] {
                        var options = LayoutOptions(theme: theme, roundID: round)
                        options.notes = mode
                        guard let scene = try? layout(chart, meeting, options) else { continue }
                        SceneInvariants.check(scene, "\(chart) \(round ?? "meeting") \(theme.name) \(mode)")
                    }
                }
                for alignment in TimelineAlignment.allCases {
                    var options = LayoutOptions(theme: theme, alignment: alignment)
                    options.notes = mode
                    SceneInvariants.check(try layout("timeline", meeting, options), "timeline \(alignment) \(theme.name) \(mode)")
                }
            }
        }
    }

    @Test(arguments: [1, 3, 8]) func invariantsHoldOnGeneratedModelsWithNotes(_ rounds: Int) throws {
        for seed in 0..<3 {
            var generator = ModelGenerator(rounds: rounds, maxEvents: 12, seed: UInt64(rounds * 1000 + seed))
            generator.notes = true
            let meeting = try MeetingLoader.parse(Array(generator.yaml().utf8), file: "generated.yaml").meeting
            for chart in ChartRegistry.names {
                for round in [nil] + meeting.rounds.prefix(2).map(\.id) {
                    for width in [nil, 420.0] {
                        guard let scene = try? layout(chart, meeting, LayoutOptions(width: width, roundID: round)) else { continue }
                        SceneInvariants.check(scene, "generated \(rounds)/\(seed) \(chart) \(round ?? "meeting") \(width ?? 0)")
                        #expect(scene.description.contains("https://example.org/meeting"))
                    }
                }
            }
        }
    }
}
