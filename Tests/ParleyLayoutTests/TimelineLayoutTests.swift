import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct TimelineLayoutTests {
    let istanbul: Meeting
    init() throws {
        istanbul = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
    }

    private func scene(_ meeting: Meeting, _ options: LayoutOptions) throws -> Scene {
        try TimelineLayout().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
    }

    private func load(_ yaml: String) throws -> Meeting {
        try MeetingLoader.parse(Array(yaml.utf8), file: "test.yaml").meeting
    }

    @Test func roundTwoShowsItsExactTimesAndDuration() throws {
        let scene = try scene(istanbul, LayoutOptions(roundID: "round-2"))
        let texts = scene.textFrames.map(\.text)
        // The sources disagree at each end: every value they give, and the duration's range.
        #expect(texts.contains("≈14:30/≈14:43/14:44") && texts.contains("15:57/15:58"))
        #expect(texts.contains("≈1 h 13–28 min"))
        #expect(texts.contains { $0.hasPrefix("Time (MSK) · pale: the sources disagree or give a range") })
        #expect(texts.contains("14:43 Talks open with a speech by Hakan Fidan"))
        #expect(texts.contains { $0.hasPrefix("Memoranda exchanged — Russia, Ukraine") })
        SceneInvariants.check(scene, "round-2")
        // The bar's ends stand where the axis puts 14:43 and 15:58.
        let startLabel = try #require(scene.textFrames.first { $0.text == "≈14:30/≈14:43/14:44" })
        let endLabel = try #require(scene.textFrames.first { $0.text == "15:57/15:58" })
        #expect(startLabel.frame.minX < endLabel.frame.minX)
    }

    @Test func approximateEndsAreMarked() throws {
        let texts = try scene(istanbul, LayoutOptions(roundID: "round-1")).textFrames.map(\.text)
        #expect(texts.contains("≈13:30/≈13:35") && texts.contains("≈15:20"))
        #expect(texts.contains("≈1 h 45–50 min"))
    }

    @Test func twelveHourClock() throws {
        let texts = try scene(istanbul, LayoutOptions(roundID: "round-2", clock: .twelve)).textFrames.map(\.text)
        #expect(
            texts.contains("≈2:30\u{00A0}p.m./≈2:43\u{00A0}p.m./2:44\u{00A0}p.m.")
                && texts.contains("2:43\u{00A0}p.m. Talks open with a speech by Hakan Fidan"))
    }

    @Test func aSessionCrossingMidnightRunsOnPastTheDateMark() throws {
        let meeting = try load(
            """
            parley: 1
            id: night
            timezone: Europe/Moscow
            timezoneLabel: MSK
            parties: [{id: ru, name: Russia}]
            rounds: [{id: n, date: 2025-06-02, start: "22:30", end: "2025-06-03T01:10"}]
            """)
        let scene = try scene(meeting, LayoutOptions())
        let texts = scene.textFrames
        #expect(texts.contains { $0.text == "2 h 40 min" })
        let midnight = try #require(texts.first { $0.text == "00:00" })
        let dateMark = try #require(texts.first { $0.text == "3 Jun" })
        #expect(abs(midnight.frame.midX - dateMark.frame.midX) < 1)
        let start = try #require(texts.first { $0.text == "22:30" }),
            end = try #require(texts.first { $0.text == "01:10 (+1 day)" && $0.frame.minY < midnight.frame.minY })
        #expect(start.frame.minX < midnight.frame.midX && midnight.frame.midX < end.frame.maxX)
        SceneInvariants.check(scene, "midnight")
    }

    @Test func clockAlignmentUsesEachRoundsOwnClockAndElapsedStartsAtZero() throws {
        let meeting = try load(
            """
            parley: 1
            id: zones
            timezone: Europe/Moscow
            timezoneLabel: MSK
            parties: [{id: ru, name: Russia}]
            rounds:
              - {id: moscow, date: 2025-08-15, start: "22:00", end: "23:00"}
              - {id: alaska, date: 2025-08-15, timezone: America/Anchorage, start: "11:00", end: "12:00"}
            """)
        // 11:00 in Anchorage (UTC−8) is 22:00 in Moscow, but by time of day each round stands at
        // its own clock: the Moscow bar 11 hours (11 one-hour bars) right of the Anchorage one.
        func bars(_ scene: Scene) -> [Rect] {
            scene.flattened().compactMap { placed -> Rect? in
                guard placed.groupPath.first?.hasPrefix("round-") == true, case .rect(let rect) = placed.node, rect.cornerRadius > 0 else {
                    return nil
                }
                return rect.frame
            }
        }
        // A contested start's band begins at the earliest time a source gives: rows align there.
        func earliestEdges(_ scene: Scene) -> [Double] {
            Dictionary(
                grouping: scene.flattened().compactMap { placed -> (String, Double)? in
                    guard let row = placed.groupPath.first, row.hasPrefix("round-"), case .rect(let rect) = placed.node else { return nil }
                    return (row, rect.frame.minX)
                }, by: \.0
            ).values.compactMap { $0.map(\.1).min() }
        }
        let clock = bars(try scene(meeting, LayoutOptions(alignment: .clock)))
        #expect(clock.count == 2)
        if clock.count == 2 { #expect(abs((clock[0].minX - clock[1].minX) / clock[0].width - 11) < 0.001) }
        let texts = try scene(meeting, LayoutOptions(alignment: .clock)).textFrames.map(\.text)
        // Its row gives the meeting's times too.
        #expect(texts.contains { $0.contains("11:00–12:00 AKDT (22:00–23:00 MSK)") }, "\(texts)")
        let elapsed = earliestEdges(try scene(istanbul, LayoutOptions(alignment: .elapsed)))
        #expect(elapsed.count == 3 && Set(elapsed.map { ($0 * 100).rounded() }).count == 1)
    }

    @Test func comparisonMarksLongestAndShortestInModelOrderOrAsAsked() throws {
        let scene = try scene(istanbul, LayoutOptions())
        let texts = scene.textFrames.map(\.text)
        #expect(texts.contains("≈1 h 45–50 min · longest"))
        #expect(texts.contains("≈39 min · shortest"))
        let rows = scene.nodes.compactMap { node -> String? in
            if case .group(let group) = node, group.id?.hasPrefix("round-") == true { group.id } else { nil }
        }
        #expect(rows == ["round-round-1", "round-round-2", "round-round-3"])
        let chosen = try self.scene(istanbul, LayoutOptions(roundIDs: ["round-3", "round-1"]))
        let chosenRows = chosen.nodes.compactMap { node -> String? in
            if case .group(let group) = node, group.id?.hasPrefix("round-") == true { group.id } else { nil }
        }
        #expect(chosenRows == ["round-round-3", "round-round-1"])
    }

    @Test func unknownRoundsSayWhichExist() {
        #expect(throws: LayoutError.unknownRound(id: "round-9", known: ["round-1", "round-2", "round-3"])) {
            try scene(istanbul, LayoutOptions(roundID: "round-9"))
        }
    }

    @Test(arguments: [1, 2, 3, 7, 20, 50])
    func generatedModelsNeverOverlap(_ rounds: Int) throws {
        for seed in 1...3 {
            var generator = ModelGenerator(rounds: rounds, maxEvents: 40, seed: UInt64(rounds * 100 + seed))
            let meeting = try load(generator.yaml())
            for alignment in TimelineAlignment.allCases {
                for width in [480.0, 900] {
                    let scene = try scene(meeting, LayoutOptions(width: width, alignment: alignment))
                    SceneInvariants.check(scene, "\(rounds) rounds, seed \(seed), \(alignment), width \(width)")
                }
            }
            for round in meeting.rounds.prefix(4) {
                for width in [480.0, 900] {
                    let scene = try scene(meeting, LayoutOptions(width: width, roundID: round.id))
                    SceneInvariants.check(scene, "round \(round.id), seed \(seed), width \(width)")
                    #expect(SceneInvariants.crossingLeaders(scene).isEmpty, "leader lines cross labels in \(round.id)")
                }
            }
        }
    }

    @Test func sameModelSameScene() throws {
        for options in [LayoutOptions(), LayoutOptions(roundID: "round-2"), LayoutOptions(alignment: .calendar)] {
            #expect(try scene(istanbul, options).jsonBytes() == scene(istanbul, options).jsonBytes())
        }
    }

    @Test(arguments: Theme.all)
    func everyThemeKeepsTextReadable(_ theme: Theme) throws {
        let scene = try scene(istanbul, LayoutOptions(theme: theme, roundID: "round-2"))
        for placed in scene.flattened() {
            guard case .text(let run) = placed.node, run.color.alpha == 1 else { continue }
            // Labels stand on the background (duration text on the bar is checked against the bar).
            if run.text == "≈1 h 13–28 min" { continue }
            #expect(run.color.contrastRatio(with: theme.background) >= 4.5, "'\(run.text)' in \(theme.name)")
        }
    }

    @Test(arguments: Theme.all)
    func everyPartyColourStandsOutFromTheBackground(_ theme: Theme) throws {
        let model = try load(
            """
            parley: 1
            id: contrast
            timezone: UTC
            parties: [{id: us, name: United States, color: "#0D1117"}, {id: ye, name: Yellow, color: "#FFFF66"}, {id: w, name: White, color: white}]
            rounds: [{id: r, date: 2025-01-01, start: "10:00", end: "11:00", events: [{at: "10:10", label: A, parties: [us, ye, w]}],
                      table: {shape: rectangle, far: [us], left: [ye], right: [w]}}]
            """)
        // The timeline's marker of the three parties' event is a disc split in three wedges.
        for (chart, discs) in [("timeline", 3), ("seating", 3)] {
            let layout = try #require(ChartRegistry.chart(named: chart)).init()
            let scene = try layout.layout(model, options: LayoutOptions(theme: theme, roundID: "r"), measurer: FixedMetricsMeasurer())
            var checked = 0
            for placed in scene.flattened() {
                let style: ShapeStyle
                switch placed.node {
                case .circle(let circle): style = circle.style
                case .path(let path): style = path.style
                default: continue
                }
                let fill = style.fill
                guard let fill, fill.alpha == 1 else { continue }
                #expect(fill.contrastRatio(with: theme.background) >= 3, "\(fill.hexString) in \(theme.name) \(chart)")
                checked += 1
            }
            #expect(checked == discs, "\(chart) in \(theme.name) draws the parties' discs")
        }
    }

    /// Tick labels stand at an even step: a label pushed inwards at an end of the axis gives way
    /// to its neighbour instead of leaving a double gap after it.
    @Test func axisLabelsStandAtAnEvenStep() throws {
        for options in [
            LayoutOptions(roundIDs: ["round-1", "round-2"]), LayoutOptions(), LayoutOptions(roundID: "round-2"),
            LayoutOptions(alignment: .elapsed),
        ] {
            let scene = try scene(istanbul, options)
            let clock = scene.textFrames.filter {
                $0.text.wholeMatch(of: /[0-9]{1,2}:[0-9]{2}/) != nil || $0.text.hasSuffix("min") && $0.text.count <= 7
            }
            // The axis row: the lowest row of clock-like labels.
            guard let axisY = clock.map(\.frame.minY).max() else { continue }
            let centres = clock.filter { abs($0.frame.minY - axisY) < 1 }.map(\.frame.midX).sorted()
            #expect(centres.count >= 4, "\(options)")
            let gaps = zip(centres.dropFirst(), centres).map { $0 - $1 }
            let step = gaps.sorted()[gaps.count / 2]
            for gap in gaps { #expect(gap < step * 1.5, "a gap of \(gap) on a step of \(step) in \(options)") }
        }
    }
}
