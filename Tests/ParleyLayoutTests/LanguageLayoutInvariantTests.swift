import Foundation
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Issue 17's "layouts hold in every language": every exported chart of every sample and
/// layout fixture, in every real language but English and in the pseudo-languages (one with
/// every word 40 % longer, as Ukrainian and Turkish run), at its natural width and at the
/// narrowest a chart aims for, holds the invariants English holds (`SceneInvariants.check`,
/// `LayoutInvariants.failures`): inside the canvas, no text over another, nothing cut that
/// would fit, the width asked for. Longer words reflow under the same rules; a width a chart
/// refuses must work at the width its error names.
struct LanguageLayoutInvariantTests {
    @Test(arguments: LanguageTestModels.paths) func everyLanguageHoldsTheInvariants(path: String) throws {
        let meeting = try MeetingLoader.load(path: path).meeting
        let name = (path as NSString).lastPathComponent
        let measurer = FixedMetricsMeasurer()
        for language in LanguageTestModels.languages {
            for placed in ChartRegistry.exported(in: meeting) {
                guard let chart = ChartRegistry.chart(named: placed.chart) else { continue }
                for width in [nil, LayoutOptions.narrowestWidth] as [Double?] {
                    let context =
                        "\(name) \(placed.chart)\(placed.roundID.map { " --round \($0)" } ?? "") in \(language.name) --width \(width.map { String(Int($0)) } ?? "natural")"
                    var options = language.words(LayoutOptions(width: width, roundID: placed.roundID))
                    let scene: Scene
                    do {
                        scene = try chart.init().fittedLayout(meeting, options: options, measurer: measurer).scene
                    } catch {
                        guard case .widthTooNarrow(let asked, let minimum, _) = error, minimum > asked else {
                            Issue.record("\(context): \(error.message)")
                            continue
                        }
                        options.width = minimum
                        do {
                            scene = try chart.init().fittedLayout(meeting, options: options, measurer: measurer).scene
                        } catch {
                            Issue.record("\(context): refused for \(minimum), which fails too: \(error.message)")
                            continue
                        }
                    }
                    SceneInvariants.check(scene, context)
                    let failures = LayoutInvariants.failures(scene, width: options.width, measurer: measurer)
                    if !failures.isEmpty {
                        Issue.record("\(context): \(failures.count) failures\n  \(failures.prefix(10).joined(separator: "\n  "))")
                    }
                }
            }
        }
    }
}
