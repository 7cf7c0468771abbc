import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Crowded rounds (issue 14): labels stay in words wherever their group has room, markers never
/// hide each other, segments read by kind and are never cut, and the axis spans the data.
@Suite struct CrowdedTimelineTests {
    static let fixtures = RepositoryPaths.root + "/Tests/Fixtures/layouts"
    let workingDay: Meeting
    let night: Meeting
    init() throws {
        workingDay = try MeetingLoader.load(path: CrowdedTimelineTests.fixtures + "/crowded-working-day.yaml").meeting
        night = try MeetingLoader.load(path: CrowdedTimelineTests.fixtures + "/short-round-40-events.yaml").meeting
    }

    private func scene(_ meeting: Meeting, width: Double, theme: Theme = .light) throws -> Scene {
        try TimelineLayout().layout(meeting, options: LayoutOptions(width: width, theme: theme), measurer: FixedMetricsMeasurer())
    }

    private func load(_ yaml: String) throws -> Meeting { try MeetingLoader.parse(Array(yaml.utf8), file: "test.yaml").meeting }

    /// The markers' outlines (each dot's or split disc's solid edge, an approximate ring's solid
    /// halo), one a marker, left to right.
    private func halos(_ scene: Scene, theme: Theme = .light) -> [Circle] {
        scene.flattened().compactMap { placed -> Circle? in
            guard placed.groupPath == ["events"], case .circle(let circle) = placed.node, let stroke = circle.style.stroke,
                stroke.width >= 1.5, stroke.dash.isEmpty
            else { return nil }
            return circle
        }.sorted { $0.center.x < $1.center.x }
    }

    @Test(arguments: [320.0, 600, 900, 1600])
    func bothFixturesHoldInEveryTheme(_ width: Double) throws {
        for meeting in [workingDay, night] {
            for theme in Theme.all {
                let scene = try scene(meeting, width: width, theme: theme)
                #expect(scene.size.width == width)
                SceneInvariants.check(scene, "\(meeting.id) at \(width) in \(theme.name)")
                #expect(SceneInvariants.crossingLeaders(scene).isEmpty, "\(meeting.id) at \(width) in \(theme.name)")
                // Every timed event has its marker, none on top of another.
                let discs = halos(scene, theme: theme)
                #expect(discs.count == meeting.rounds[0].events.count, "\(meeting.id) at \(width)")
                for (a, b) in zip(discs, discs.dropFirst()) {
                    #expect(b.center.x - a.center.x >= a.radius + b.radius - 1e-6, "\(meeting.id) at \(width): markers overlap")
                }
            }
        }
    }

    /// Numbers only where a burst cannot be labelled: elsewhere on the same day the labels read in full.
    @Test func labelsFallBackToNumbersGroupByGroup() throws {
        let scene = try scene(workingDay, width: 1600)
        let texts = scene.textFrames.map(\.text)
        #expect(texts.contains("14:00 Bilateral opens") && texts.contains("15:00 Plenary resumes"), "\(texts)")
        // The five events of 09:00–09:07 are numbered, and listed by number under the axis.
        let numbered = texts.filter { $0.wholeMatch(of: /[0-9]+(–[0-9]+)?/) != nil }
        #expect(!numbered.isEmpty)
        #expect(texts.contains { $0.hasPrefix("1. 09:00 Chair opens the session") })
        #expect(!texts.contains { $0.hasSuffix("14:00 Bilateral opens — Republic of Austria, Hungary") })
    }

    @Test func twoEventsMinutesApartKeepTheirLabelsOnAWideChart() throws {
        let meeting = try load(
            """
            parley: 1
            id: two
            timezone: Europe/Berlin
            parties: [{id: de, name: Germany}, {id: fr, name: France}]
            rounds:
              - id: r
                date: 2025-03-04
                start: "10:00"
                end: "12:00"
                events:
                  - {at: "10:40", label: German proposal, parties: [de]}
                  - {at: "10:43", label: French reply, parties: [fr]}
            """)
        let texts = try scene(meeting, width: 1600).textFrames.map(\.text)
        #expect(texts.contains("10:40 German proposal") && texts.contains("10:43 French reply"), "\(texts)")
        #expect(!texts.contains("1") && !texts.contains("Events"))
    }

    @Test func segmentsReadByKindAndTheirLabelsAreNeverCut() throws {
        for width in [320.0, 900] {
            let scene = try scene(workingDay, width: width)
            let texts = scene.textFrames.map(\.text)
            for segment in workingDay.rounds[0].segments {
                #expect(
                    texts.filter { $0 == segment.label }.count == workingDay.rounds[0].segments.filter { $0.label == segment.label }.count,
                    "'\(segment.label)' at \(width)")
            }
            #expect(texts.contains { $0.contains("solid: plenary") && $0.contains("pale, hatched: break") })
            // Breaks are hatched (lines in a clipped group of the session), plenaries are not.
            let clipped = scene.flattened().filter { placed in
                if case .group(let group) = placed.node { group.clip != nil && placed.groupPath == ["session"] } else { false }
            }
            #expect(clipped.count == workingDay.rounds[0].segments.filter { $0.kind == .break }.count)
        }
    }

    /// 09:00–19:30 used to get an axis from 08:00 to 22:00 (to midnight at 600 points).
    @Test(arguments: [320.0, 600, 900, 1600])
    func theAxisSpansTheSessionAndNoMore(_ width: Double) throws {
        let meeting = try load(
            """
            parley: 1
            id: long-day
            timezone: Europe/Vienna
            parties: [{id: at, name: Austria}]
            rounds: [{id: r, date: 2025-11-12, start: "09:00", end: "19:30"}]
            """)
        let scene = try scene(meeting, width: width)
        let bar = try #require(
            scene.flattened().compactMap { placed -> Rect? in
                if placed.groupPath == ["session"], case .rect(let rect) = placed.node { rect.frame } else { nil }
            }.first)
        #expect(bar.minX - 24 <= 10 && (width - 24) - bar.maxX <= 10, "bar \(bar) on a \(width)-point chart")
        let ticks = scene.flattened().compactMap { placed -> String? in
            if placed.groupPath.contains("axis"), case .text(let run) = placed.node { run.text } else { nil }
        }
        #expect(Set(ticks).count == ticks.count, "duplicated tick labels \(ticks)")
        #expect(!ticks.contains("08:00") && !ticks.contains("20:00") && !ticks.contains("22:00"))
        #expect(scene.textFrames.contains { $0.text == "10 h 30 min" })
    }

    @Test func narrowComparisonPutsTitlesAboveTheirBars() throws {
        let istanbul = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        for width in [320.0, 480] {
            let scene = try TimelineLayout().layout(istanbul, options: LayoutOptions(width: width), measurer: FixedMetricsMeasurer())
            #expect(scene.size.width == width)
            SceneInvariants.check(scene, "comparison at \(width)")
            for round in istanbul.rounds {
                let row = scene.flattened().filter { $0.groupPath == ["round-\(round.id)"] }
                let title = try #require(
                    row.compactMap { placed -> Rect? in
                        if case .text(let run) = placed.node, run.text.hasPrefix(round.displayTitle) { run.frame } else { nil }
                    }.first)
                let bar = try #require(
                    row.compactMap { placed -> Rect? in
                        if case .rect(let rect) = placed.node, rect.cornerRadius > 0 { rect.frame } else { nil }
                    }.first)
                #expect(title.maxY <= bar.minY, "\(round.id) at \(width)")
            }
        }
    }
}
