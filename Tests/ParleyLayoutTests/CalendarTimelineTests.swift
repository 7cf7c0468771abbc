import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// The repaired calendar (`--align calendar`): each date labelled once, every stem at its
/// round's instant or beside a same-day neighbour joined to it, and a duration scale.
@Suite struct CalendarTimelineTests {
    private func scene(_ path: String, width: Double? = nil) throws -> Scene {
        let meeting = try MeetingLoader.load(path: path).meeting
        return try TimelineLayout().layout(
            meeting, options: LayoutOptions(width: width, alignment: .calendar), measurer: FixedMetricsMeasurer())
    }

    private func texts(in group: String, of scene: Scene) -> [String] {
        scene.flattened().filter { $0.groupPath.first == group }.compactMap {
            if case .text(let run) = $0.node { return run.text }
            return nil
        }
    }

    private var paths: [String] {
        [
            RepositoryPaths.sample("istanbul-2025"), RepositoryPaths.root + "/Tests/Fixtures/layouts/geneva-three-days.yaml",
            RepositoryPaths.root + "/Tests/Fixtures/layouts/new-york-week.yaml",
        ]
    }

    @Test func eachDateIsLabelledOnce() throws {
        for path in paths {
            for width in [360.0, 600, 900, 1600] {
                let scene = try scene(path, width: width)
                let labels = texts(in: "axis", of: scene)
                #expect(!labels.isEmpty && Set(labels).count == labels.count, "\(path) \(width): \(labels)")
                SceneInvariants.check(scene, "\(path) calendar \(width)")
            }
        }
    }

    @Test func stemsOfOneDayStandSideBySide() throws {
        let scene = try scene(RepositoryPaths.root + "/Tests/Fixtures/layouts/geneva-three-days.yaml")
        // The thick stem of each round: its accent line.
        var stems: [String: Double] = [:]
        for placed in scene.flattened() {
            guard case .line(let line) = placed.node, line.stroke.width == 4, let id = placed.groupPath.last else { continue }
            stems[id] = line.from.x
        }
        #expect(stems.count == 12)
        let xs = stems.values.sorted()
        for (a, b) in zip(xs, xs.dropFirst()) { #expect(b - a >= 14 - 1e-9) }
        // Time order is kept: the opening (09:00) stands left of the working lunch (13:15).
        #expect((stems["round-opening"] ?? 0) < (stems["round-heads-lunch"] ?? 0))
    }

    @Test func aDurationScaleReadsTheStems() throws {
        let scene = try scene(RepositoryPaths.sample("istanbul-2025"))
        let labels = texts(in: "duration-scale", of: scene)
        #expect(labels.contains("Duration") && labels.contains("1 h"))
        // Labels give the round's time, not only its date.
        #expect(scene.textFrames.contains { $0.text.hasPrefix("Round 2") && $0.text.contains("2 Jun, ") })
    }
}
