import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Every chart over generated models whose times are hard (offset changes inside rounds, 30- and
/// 45-minute zones, seconds, midnight, contested and ranged ends, notes everywhere): the model
/// decodes without an error and every chart keeps its invariants, in every theme and clock.
@Suite struct HardTimeModelTests {
    static let seeds: [UInt64] = Array(1...24)

    @Test(arguments: seeds)
    func everyChartHoldsOnHardTimes(seed: UInt64) throws {
        var generator = TimeModelGenerator(rounds: 3, seed: seed)
        let yaml = generator.yaml()
        let meeting: Meeting
        do {
            meeting = try MeetingLoader.parse(Array(yaml.utf8), file: "hard-\(seed).yaml").meeting
        } catch {
            Issue.record("seed \(seed) does not decode: \(error.diagnostics.map(\.description))\n\(yaml)")
            return
        }
        // The model's instants are the generator's: the test does its own arithmetic, not Parley's.
        for (round, expected) in zip(meeting.rounds, generator.written) {
            #expect(round.start.instant == expected.start && round.end.instant == expected.end, "\(round.id) of seed \(seed)")
            #expect(round.durationSeconds == expected.end - expected.start)
        }
        let theme = Theme.all[Int(seed) % Theme.all.count]
        let clock: ClockStyle = seed.isMultiple(of: 2) ? .twelve : .twentyFour
        for placed in ChartRegistry.exported(in: meeting) {
            let layout = try #require(ChartRegistry.chart(named: placed.chart)).init()
            var options = LayoutOptions(theme: theme, roundID: placed.roundID, clock: clock)
            let scene = try layout.layout(meeting, options: options, measurer: FixedMetricsMeasurer())
            SceneInvariants.check(scene, "\(placed.chart) \(placed.roundID ?? "all") seed \(seed)")
            if placed.roundID == nil, placed.chart == "timeline" {
                for alignment in TimelineAlignment.allCases {
                    options.alignment = alignment
                    let aligned = try layout.layout(meeting, options: options, measurer: FixedMetricsMeasurer())
                    SceneInvariants.check(aligned, "timeline \(alignment) seed \(seed)")
                }
            }
        }
    }
}
