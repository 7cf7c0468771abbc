import Foundation
import Parley
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// Issue 17's pictures to look at: the Istanbul round-2 timeline and seating comparison drawn
/// with Pango in the pseudo-languages (`Strings.pseudo`, every word accented, and 40 % longer),
/// written as PNGs to the folder `PARLEY_PSEUDO_PNG` names, so a person can open them and see
/// nothing is cut or overlapping. Without it the charts are laid out and checked, not written.
struct PseudoLanguageRenderTests {
    init() { TestFonts.pin() }

    @Test(arguments: [false, true]) func istanbulChartsDrawInThePseudoLanguage(lengthened: Bool) throws {
        let model = try Parley.load(RepositoryPaths.sample("istanbul-2025"))
        let renderer = try ChartRenderer()
        let strings = Strings.pseudo(code: lengthened ? "qps-long" : "qps", lengthened: lengthened)
        let folder = ProcessInfo.processInfo.environment["PARLEY_PSEUDO_PNG"]
        for (chart, round) in [(TimelineLayout.name, "round-2" as String?), (SeatingCompareLayout.name, nil)] {
            var options = LayoutOptions(roundID: round)
            options.words = WordsOverride(strings: strings)
            let request = ChartRequest(chart: chart, layout: options, write: WriteOptions(scale: 2))
            let scene = try renderer.scene(of: model.meeting, file: model.file, request: request)
            // The pseudo-language's words reach the picture, and Pango's measures keep them apart.
            #expect(scene.textFrames.contains { $0.text.contains("⟦") }, "\(chart)")
            let frames = scene.textFrames
            for i in frames.indices {
                for j in frames.indices where j > i {
                    #expect(
                        !frames[i].frame.insetBy(dx: 0.5, dy: 0.5).intersects(frames[j].frame.insetBy(dx: 0.5, dy: 0.5)),
                        "\(chart): '\(frames[i].text)' overlaps '\(frames[j].text)'")
                }
            }
            guard let folder else { continue }
            let png = try renderer.render(scene, request: request, format: .png)
            let name = "\(folder)/istanbul-\(chart)\(round.map { "-\($0)" } ?? "")-\(strings.language).png"
            try Data(png).write(to: URL(fileURLWithPath: name))
        }
    }
}
