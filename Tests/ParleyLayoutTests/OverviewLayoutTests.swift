import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct OverviewLayoutTests {
    let meeting: Meeting
    init() throws {
        meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
    }

    private func layout(_ options: LayoutOptions = LayoutOptions()) throws -> Scene {
        try OverviewLayout().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
    }

    @Test func everyLabelIsInsideTheCanvasAndNoneOverlap() throws {
        for width in [320.0, 720, 1200] {
            for notes in NotesMode.allCases {
                var options = LayoutOptions(width: width)
                options.notes = notes
                let scene = try layout(options)
                let canvas = Rect(origin: .zero, size: scene.size)
                let texts = scene.textFrames
                // A title, and a heading, details and a duration per round; the notes block adds its lines.
                if notes == .none {
                    #expect(texts.count == 1 + 3 * meeting.rounds.count)
                } else {
                    #expect(texts.count > 1 + 3 * meeting.rounds.count)
                }
                for (text, frame) in texts { #expect(canvas.contains(frame), "\(text) at \(frame) outside \(canvas)") }
                for i in texts.indices {
                    for j in texts.indices where j > i {
                        #expect(!texts[i].frame.intersects(texts[j].frame), "'\(texts[i].text)' overlaps '\(texts[j].text)'")
                    }
                }
                for placed in scene.flattened() {
                    if let bounds = placed.canvasBounds { #expect(canvas.contains(bounds, tolerance: 1)) }
                }
            }
        }
    }

    @Test func roundsAreInModelOrderAndBarsAreProportional() throws {
        let scene = try layout()
        let groups = scene.nodes.compactMap { node -> Group? in if case .group(let g) = node { g } else { nil } }
        #expect(groups.map(\.id) == ["round-round-1", "round-round-2", "round-round-3", "notes"])
        let bars = groups.compactMap { group in
            group.children.compactMap { node -> Double? in if case .rect(let r) = node { r.frame.width } else { nil } }.first
        }
        let durations = meeting.rounds.map { Double($0.durationSeconds) }
        #expect(abs(bars[1] / bars[0] - durations[1] / durations[0]) < 0.01)
        #expect(abs(bars[2] / bars[0] - durations[2] / durations[0]) < 0.01)
    }

    @Test func durationsAndApproximationReadRight() throws {
        let texts = try layout().textFrames.map(\.text)
        #expect(texts.contains("≈1 h 13–28 min"))
        #expect(texts.contains("≈1 h 45–50 min"))
        #expect(texts.contains("≈39 min"))
        #expect(texts.contains { $0.contains("≈14:30/≈14:43/14:44–15:57/15:58 MSK") })
    }

    @Test func sameModelSameScene() throws {
        #expect(try layout().jsonBytes() == layout().jsonBytes())
    }

    @Test func noTitleMeansNoTitleText() throws {
        let texts = try layout(LayoutOptions(showsTitle: false)).textFrames.map(\.text)
        #expect(!texts.contains(meeting.displayTitle))
    }
}
