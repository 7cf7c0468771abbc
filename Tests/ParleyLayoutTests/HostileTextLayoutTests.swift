import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Texts at the edges of what a model may hold (10,000 characters, none, emoji, right-to-left,
/// zero-width joiners): every chart stays clean and of a sensible size.
@Suite struct HostileTextLayoutTests {
    static let texts = [
        String(repeating: "Ж", count: 10_000), String(repeating: "word ", count: 1_999) + "end", "", "🇺🇦🤝🇷🇺 👩🏽‍💼",
        "محادثات السلام في إسطنبول", "שלום עכשיו — peace now", "e\u{301}\u{301}\u{301} \u{200B}\u{200D}",
    ]

    private func model(_ text: String) throws -> Meeting {
        let quoted = "\"" + text + "\""
        let yaml = """
            parley: 1
            id: hostile
            title: \(quoted)
            timezone: UTC
            parties: [{id: ru, name: \(quoted)}, {id: tr, name: Turkey, role: mediator}]
            people: [{id: p, name: \(quoted), party: ru, role: \(quoted)}]
            rounds:
              - id: r
                title: \(quoted)
                date: 2025-01-01
                start: "10:00"
                end: "11:00"
                events: [{at: "10:30", label: \(quoted), parties: [ru]}, {at: "10:31", label: \(quoted)}, {label: \(quoted)}]
                outcomes: [{text: \(quoted)}]
                table: {shape: u, head: [tr], left: [p, {party: ru, name: \(quoted)}], right: [ru]}
              - {id: s, date: 2025-01-02, start: "10:00", end: "10:30", table: {shape: round, seats: [p, tr, ru]}}
            """
        return try MeetingLoader.parse(Array(yaml.utf8), file: "hostile.yaml").meeting
    }

    @Test(arguments: texts.indices)
    func everyChartStaysCleanAndBounded(_ index: Int) throws {
        let meeting = try model(Self.texts[index])
        for chart in ChartRegistry.charts {
            for round in [nil, "r"] where !(chart == SeatingCompareLayout.self && round != nil) {
                let scene = try chart.init().layout(meeting, options: LayoutOptions(roundID: round), measurer: FixedMetricsMeasurer())
                let context = "\(chart.name) \(round ?? "all") with text #\(index)"
                SceneInvariants.check(scene, context)
                // Labels beside what they label are clamped; only the chart's own title and the
                // lists under it may run long, and even they grow by lines, not without end.
                #expect(scene.size.height < 12_000, "\(context) is \(scene.size.height) tall")
                #expect(scene.size.width < 3_000, "\(context) is \(scene.size.width) wide")
            }
        }
        // What a clamped label cuts, the description (the SVG's <desc>, the report's alt text) keeps.
        let timeline = try TimelineLayout().layout(meeting, options: LayoutOptions(roundID: "r"), measurer: FixedMetricsMeasurer())
        #expect(timeline.description.contains("Events: 10:30 \(Self.texts[index]); 10:31 \(Self.texts[index])."))
        let seating = try SeatingLayout().layout(meeting, options: LayoutOptions(roundID: "r"), measurer: FixedMetricsMeasurer())
        // A name too long for its three lines is set from a prefix (what the lines can show).
        let names = seating.textFrames.filter { run in
            run.text == Self.texts[index] || run.text.count >= TextMeasurementCache.probeLength && Self.texts[index].hasPrefix(run.text)
        }
        #expect(!names.isEmpty || Self.texts[index].isEmpty, "the seat named with text #\(index) is missing")
        for run in names {
            #expect(run.frame.height <= 3 * 1.25 * 14 + 1, "a seat name runs to \(run.frame.height) points")
            #expect(run.text.count <= 2 * TextMeasurementCache.probeLength, "a seat name is set from \(run.text.count) characters")
        }
    }
}

@Suite struct CanvasSizeTests {
    /// A canvas asked for at zero, negative, absurd or undefined sizes gives a chart at the
    /// chart's own minimum, or a layout error; never a crash or an unbounded canvas.
    @Test(arguments: [0.0, -5, 1, .nan, .infinity, 1e12])
    func oddCanvasSizesAreClampedOrRefused(_ size: Double) throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.samples + "/istanbul-2025.yaml").meeting
        for chart in ChartRegistry.charts {
            for options in [LayoutOptions(width: size), LayoutOptions(height: size), LayoutOptions(width: size, height: size)] {
                var withRound = options
                withRound.roundID = chart == SeatingCompareLayout.self ? nil : "round-2"
                do {
                    let scene = try chart.init().layout(meeting, options: withRound, measurer: FixedMetricsMeasurer())
                    #expect(scene.size.width.isFinite && scene.size.width >= 100 && scene.size.width <= 20_000, "\(chart.name) \(size)")
                    #expect(scene.size.height.isFinite && scene.size.height >= 100 && scene.size.height <= 20_000, "\(chart.name) \(size)")
                    SceneInvariants.check(scene, "\(chart.name) at \(size)")
                } catch {
                    #expect(!error.message.isEmpty)
                }
            }
        }
    }
}
