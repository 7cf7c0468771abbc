import Foundation
import ParleyColor
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Every chart of every generated model, of the layout fixtures and of the samples, in every
/// theme, at the width the model asks for: the scene invariants and `LayoutInvariants` hold.
/// The generator's profiles take turns by seed, so 36 seeds draw six models of each kind.
@Suite struct LayoutInvariantTests {
    static let seeds: [UInt64] = Array(0..<36)

    @Test(arguments: seeds) func generatedModelsHoldEveryInvariant(seed: UInt64) throws {
        var generator = LayoutModelGenerator(seed: seed)
        let model = generator.make()
        let file = "generated-\(seed)-\(model.profile.rawValue).yaml"
        let meeting: Meeting
        do {
            meeting = try MeetingLoader.parse(Array(model.yaml.utf8), file: file).meeting
        } catch {
            Issue.record("\(file) does not load: \(error)\n\(model.yaml)")
            return
        }
        check(meeting, name: file, width: model.width)
    }

    /// The models engineers wrote for this (Tests/Fixtures/layouts) and the samples, at their
    /// natural width and at the narrowest and a wide one.
    @Test(arguments: LayoutInvariantTests.writtenModels) func writtenModelsHoldEveryInvariant(path: String) throws {
        let meeting = try MeetingLoader.load(path: path).meeting
        let name = (path as NSString).lastPathComponent
        // The `--fit` widths too: the presets promise every label at `Font.minimumSize` or above there.
        for width in [nil, 320, 600, 2400] + PageFit.allCases.map(\.width) as [Double?] { check(meeting, name: name, width: width) }
    }

    static var writtenModels: [String] {
        let folder = RepositoryPaths.root + "/Tests/Fixtures/layouts"
        let fixtures = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return fixtures.map { folder + "/" + $0 } + RepositoryPaths.sampleNames.map(RepositoryPaths.sample)
    }

    /// Lays out every exported chart of `meeting` in every theme and records what fails, one
    /// issue per chart with at most ten failures listed.
    private func check(_ meeting: Meeting, name: String, width: Double?) {
        let measurer = FixedMetricsMeasurer()
        for placed in ChartRegistry.exported(in: meeting) {
            guard let chart = ChartRegistry.chart(named: placed.chart) else { continue }
            for theme in Theme.all {
                let context =
                    "\(name) \(placed.chart)\(placed.roundID.map { " --round \($0)" } ?? "") --theme \(theme.name) --width \(width.map { String(Int($0)) } ?? "natural")"
                let options = LayoutOptions(width: width, theme: theme, roundID: placed.roundID)
                let scene: Scene, drawnWidth: Double?
                do {
                    // As every caller makes it: with the key of what it shortened (issue 14, fit part).
                    scene = try chart.init().fittedLayout(meeting, options: options, measurer: measurer).scene
                    drawnWidth = width
                } catch {
                    // A width refused is right when the width it names works (issue 14: honoured or
                    // refused); the chart at that width must then hold every invariant.
                    guard case .widthTooNarrow(let asked, let minimum, _) = error, minimum > asked else {
                        Issue.record("\(context): \(error.message)")
                        continue
                    }
                    var wider = options
                    wider.width = minimum
                    do {
                        scene = try chart.init().fittedLayout(meeting, options: wider, measurer: measurer).scene
                        drawnWidth = minimum
                    } catch {
                        Issue.record("\(context): refused for \(minimum), which fails too: \(error.message)")
                        continue
                    }
                }
                SceneInvariants.check(scene, context)
                let failures = LayoutInvariants.failures(scene, width: drawnWidth, measurer: measurer)
                if !failures.isEmpty {
                    let shown = failures.prefix(10).joined(separator: "\n  ")
                    Issue.record("\(context): \(failures.count) failures\n  \(shown)")
                }
            }
        }
    }
}

/// Party colours of every generated model: an automatic colour keeps ΔE00 ≥ 15 from every
/// other party's (explicit ones too) in the light and dark themes, also for a deuteranope
/// while the model has at most eight parties (past that the palette has no room left for
/// deuteranopes beside explicit colours, and names in labels carry the difference); in print,
/// no two of the first twelve parties share a grey and a pattern.
@Suite struct PartyColorInvariantTests {
    @Test(arguments: LayoutInvariantTests.seeds) func automaticColorsKeepApart(seed: UInt64) throws {
        var generator = LayoutModelGenerator(seed: seed)
        let model = generator.make()
        let meeting = try MeetingLoader.parse(Array(model.yaml.utf8), file: "generated-\(seed).yaml").meeting
        for theme in [Theme.light, Theme.dark] {
            let style = PartyStyle(meeting: meeting, theme: theme, language: nil, strings: .english)
            for (i, first) in meeting.parties.enumerated() {
                for second in meeting.parties[(i + 1)...] where first.color == nil || second.color == nil {
                    let a = style.color(first.id), b = style.color(second.id)
                    let normal = ColorDifference.ciede2000(a, b)
                    #expect(
                        normal >= 15,
                        "seed \(seed) \(theme.name): \(first.id) \(a.hexString) and \(second.id) \(b.hexString) are ΔE00 \(normal)")
                    if meeting.parties.count <= 8 {
                        let perceived = ColorDifference.perceived(a, b)
                        #expect(
                            perceived >= 15,
                            "seed \(seed) \(theme.name): \(first.id) \(a.hexString) and \(second.id) \(b.hexString) are ΔE00 \(perceived) for a deuteranope"
                        )
                    }
                }
            }
        }
        let print = PartyStyle(meeting: meeting, theme: .print, language: nil, strings: .english)
        let looks = meeting.parties.prefix(12).map { "\(print.color($0.id).hexString)/\(print.pattern($0.id))" }
        #expect(Set(looks).count == looks.count, "seed \(seed): print looks repeat: \(looks)")
    }
}
