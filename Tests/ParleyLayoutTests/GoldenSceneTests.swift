import Foundation
import ParleyJSON
import ParleyLayout
import ParleyScene
import ParleyTestSupport
import Testing

/// Every sample's charts against their checked-in scenes (Goldens/<sample>/<case>.scene.json),
/// laid out with the fixed-metrics measurer so the installed fonts do not matter. Record them
/// again with `PARLEY_RECORD=1 swift test --filter GoldenSceneTests`.
@Suite struct GoldenSceneTests {
    @Test(arguments: SampleChartCase.all)
    func chartMatchesItsGolden(_ chartCase: SampleChartCase) throws {
        switch GoldenScene.check(try chartCase.scene(), golden: chartCase.goldenPath) {
        case .matched: break
        case .recorded(let path): print("recorded the golden scene \(path)")
        case .failed(let message): Issue.record(Comment(rawValue: message))
        }
    }

    @Test func casesCoverEverySampleAndChart() {
        let cases = SampleChartCase.all
        #expect(Set(cases.map(\.sample)) == Set(SampleChartCase.samples))
        #expect(Set(cases.map(\.chart)) == Set(ChartRegistry.names))
        // The default case stands for the alignment it chooses (a case drawing the same scene is dropped).
        for alignment in TimelineAlignment.allCases where alignment != .automatic {
            #expect(
                cases.contains { chartCase in
                    guard chartCase.chart == TimelineLayout.name, let meeting = try? SampleChartCase.meeting(chartCase.sample) else {
                        return false
                    }
                    return chartCase.options.alignment.resolved(for: meeting.rounds, in: meeting.timeZone) == alignment
                })
        }
        #expect(cases.contains { $0.options.theme == .dark } && cases.contains { $0.options.theme == .print })
        #expect(Set(cases.map(\.goldenPath)).count == cases.count, "two cases share a golden")
    }

    @Test func everyGoldenBelongsToACase() throws {
        let folder = RepositoryPaths.root + "/Tests/ParleyLayoutTests/Goldens"
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".scene.json") }
        let expected = Set(SampleChartCase.all.map { String($0.goldenPath.dropFirst(folder.count + 1)) })
        #expect(Set(files).subtracting(expected).sorted() == [], "goldens no case makes: remove them")
    }

    @Test func aChangedLayoutFailsNamingTheFirstDifference() throws {
        let chartCase = try #require(SampleChartCase.all.first { $0.chart == TimelineLayout.name })
        let golden = try #require(FileManager.default.contents(atPath: chartCase.goldenPath), "record the goldens first")
        var scene = try Scene(jsonBytes: Array(golden))
        let (path, original) = try #require(Self.mutateLastText(&scene.nodes, path: "nodes"))
        let outcome = GoldenScene.compare(expected: Array(golden), actual: try scene.jsonBytes(), name: "golden.scene.json")
        let message = try #require(outcome.failure)
        // Long values are shown cut at 160 characters (the last text may be a notes block's line).
        let serialized = JSONValue.string(original).compactSerialized()
        let shown = serialized.count > 160 ? String(serialized.prefix(160)) + "…" : serialized
        #expect(message.contains("\(path).text: \(shown) (golden) ≠ \"moved\" (now)"), "\(message)")
        #expect(message.contains("in the text node at \(path)"), "\(message)")
        #expect(message.contains(GoldenScene.recordCommand))
    }

    @Test func aMovedNodeFailsToo() throws {
        let chartCase = try #require(SampleChartCase.all.first)
        var scene = try chartCase.scene()
        let golden = try scene.jsonBytes()
        // Moved, not changed: the first text at the top level, half a point to the right.
        let index = try #require(
            scene.nodes.firstIndex { if case .text = $0 { true } else { false } }, "the first sample chart sets a text at the top level")
        guard case .text(let run) = scene.nodes[index] else { return }
        scene.nodes[index] = .text(run.offsetBy(dx: 0.5, dy: 0))
        let message = try #require(GoldenScene.compare(expected: golden, actual: scene.jsonBytes(), name: "g").failure)
        #expect(message.contains("nodes[\(index)]."), "\(message)")
    }

    @Test func aMissingGoldenFailsLoudly() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("absent.scene.json").path
        let message = try #require(GoldenScene.check(Scene(size: Size(width: 1, height: 1)), golden: path, recording: false).failure)
        #expect(message.contains(path) && message.contains("missing") && message.contains("PARLEY_RECORD=1"))
    }

    @Test func recordingWritesWhatTheNextRunMatches() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("sub/new.scene.json").path
        let scene = try #require(SampleChartCase.all.first).scene()
        #expect(GoldenScene.check(scene, golden: path, recording: true) == .recorded(path))
        #expect(GoldenScene.check(scene, golden: path, recording: false) == .matched)
    }

    /// Changes the last text run's string to "moved"; returns its path and old text.
    private static func mutateLastText(_ nodes: inout [SceneNode], path: String) -> (String, String)? {
        for index in nodes.indices.reversed() {
            switch nodes[index] {
            case .text(var run):
                let original = run.text
                run.text = "moved"
                nodes[index] = .text(run)
                return ("\(path)[\(index)]", original)
            case .group(var group):
                if let found = mutateLastText(&group.children, path: "\(path)[\(index)].children") {
                    nodes[index] = .group(group)
                    return found
                }
            default: continue
            }
        }
        return nil
    }
}
