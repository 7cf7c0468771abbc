import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Contested, ranged and approximate times are drawn as what they are: a band over every instant
/// the sources allow, a capsule for an event, a dashed ring for an "about" — never as an exact point.
@Suite struct UncertainTimeDrawingTests {
    private func scene(_ events: String, start: String = "\"10:00\"", end: String = "\"12:00\"", theme: Theme = .light) throws -> Scene {
        let yaml = """
            parley: 1
            id: u
            timezone: Europe/Zurich
            parties:
              - {id: a, name: Northland, color: "#1f77b4"}
            rounds:
              - id: r
                date: 2025-03-10
                start: \(start)
                end: \(end)
                events:
            \(events)
            """
        let meeting = try MeetingLoader.parse(Array(yaml.utf8), file: "u.yaml").meeting
        return try TimelineLayout().layout(meeting, options: LayoutOptions(theme: theme, roundID: "r"), measurer: FixedMetricsMeasurer())
    }

    private func nodes(_ scene: Scene, in group: String) -> [SceneNode] {
        scene.flattened().filter { $0.groupPath.last == group }.map(\.node)
    }

    /// The x of the bar's solid part and of every band, from the session group.
    private func rects(_ scene: Scene) -> [RectShape] {
        nodes(scene, in: "session").compactMap { if case .rect(let rect) = $0 { rect } else { nil } }
    }

    @Test func aContestedStartIsABandFromTheEarliestToTheLatestClaimWithATickAtEach() throws {
        let contested = try scene(
            "      - {at: \"11:00\", label: Mid, parties: [a]}",
            start: "{claims: [{at: \"10:00\", by: A}, {at: \"10:06\", by: B}]}")
        let exact = try scene("      - {at: \"11:00\", label: Mid, parties: [a]}")
        let solid = try #require(rects(contested).first), whole = try #require(rects(exact).first)
        // The solid bar starts at the latest claim: 6 of 120 minutes later than the exact bar.
        let minute = whole.frame.width / 120
        #expect(abs(solid.frame.minX - (whole.frame.minX + 6 * minute)) < 0.01)
        let band = try #require(rects(contested).dropFirst().first)
        #expect(abs(band.frame.minX - whole.frame.minX) < 0.01 && abs(band.frame.width - 6 * minute) < 0.01)
        #expect(band.style.fill.map { $0.alpha < 1 } == true)
        let ticks = nodes(contested, in: "session").compactMap { node -> Double? in
            if case .line(let line) = node, line.from.x == line.to.x, line.stroke.dash.isEmpty { line.from.x } else { nil }
        }
        #expect(ticks.count == 2)
        #expect(ticks.contains { abs($0 - whole.frame.minX) < 0.01 } && ticks.contains { abs($0 - solid.frame.minX) < 0.01 })
        SceneInvariants.check(contested, "contested start")
    }

    @Test func exactApproximateAndRangedEventsLookDifferent() throws {
        let scene = try scene(
            """
                  - {at: "10:30", label: Exact, parties: [a]}
                  - {at: "~11:00", label: About, parties: [a]}
                  - {at: {from: "11:20", to: "11:40"}, label: Ranged, parties: [a]}
            """)
        let markers = nodes(scene, in: "events")
        // A filled dot in the party's colour (an approximate ring's small centre is not one).
        let filledDots = markers.filter {
            if case .circle(let c) = $0 { c.style.fill != nil && c.radius >= 4 } else { false }
        }
        let dashedRings = markers.filter {
            if case .circle(let c) = $0 { c.style.fill == nil && c.style.stroke?.dash.isEmpty == false } else { false }
        }
        let capsules = markers.filter {
            if case .rect(let r) = $0 {
                r.cornerRadius > 0 && r.frame.width > r.frame.height && r.style.fill != nil
            } else {
                false
            }
        }
        #expect(filledDots.count == 1 && dashedRings.count == 1 && capsules.count == 1)
        SceneInvariants.check(scene, "mixed markers")
    }

    @Test func aContestedSegmentBoundaryIsOutlinedOverEveryInstantItAllows() throws {
        let yaml = """
            parley: 1
            id: s
            timezone: UTC
            parties: [{id: a, name: A}]
            rounds:
              - id: r
                date: 2025-03-10
                start: "10:00"
                end: "12:00"
                segments:
                  - {start: "10:00", end: {claims: [{at: "11:00", by: X}, {at: "11:20", by: Y}]}, label: Plenary}
            """
        let meeting = try MeetingLoader.parse(Array(yaml.utf8), file: "s.yaml").meeting
        let scene = try TimelineLayout().layout(meeting, options: LayoutOptions(roundID: "r"), measurer: FixedMetricsMeasurer())
        let all = rects(scene), bar = try #require(all.first)
        let minute = bar.frame.width / 120
        let shaded = all.filter { $0.style.fill != nil && $0.cornerRadius == 1.5 }
        let outlined = all.filter { $0.style.fill == nil && $0.style.stroke?.dash.isEmpty == false }
        #expect(shaded.count == 1 && outlined.count == 1)
        // Shaded to the earliest end (11:00), outlined to the latest (11:20).
        if let shade = shaded.first, let outline = outlined.first {
            #expect(abs(shade.frame.width - 60 * minute) < 0.01 && abs(outline.frame.width - 80 * minute) < 0.01)
        }
    }

    @Test(arguments: [Theme.light, .dark, .print])
    func theSampleDrawsRoundTwosContestedEnds(theme: Theme) throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        let round = try #require(meeting.round("round-2"))
        #expect(round.start.isUncertain && round.end.isUncertain)
        let scene = try TimelineLayout().layout(
            meeting, options: LayoutOptions(theme: theme, roundID: "round-2"), measurer: FixedMetricsMeasurer())
        let bands = rects(scene).filter { $0.style.fill.map { $0.alpha < 1 } == true && $0.style.stroke != nil }
        #expect(bands.count == 2)
    }
}
