import Parley
import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// The scene JSON is the whole scene: for every sample's charts (laid out with Pango, flag
/// pictures included) scene → JSON → scene gives the same scene, and its PNG the same bytes.
@Suite struct SceneRoundTripTests {
    init() { TestFonts.pin() }

    static let samples = RepositoryPaths.sampleNames

    /// Every chart with every option that changes what it draws (the default, each alignment,
    /// the 12-hour clock, each round); candidates a chart does not take (it refuses to lay them
    /// out) are skipped, and the test checks that every chart the registry places was compared.
    private func scenes(of sample: String, renderer: ChartRenderer) throws -> [(String, ChartRequest, Scene)] {
        let path = RepositoryPaths.sample(sample)
        let meeting = try Parley.load(path).meeting
        var result: [(String, ChartRequest, Scene)] = []
        for chart in ChartRegistry.names {
            var candidates = [(chart, LayoutOptions())]
            candidates += TimelineAlignment.allCases.map { ("\(chart) --align \($0.rawValue)", LayoutOptions(alignment: $0)) }
            candidates += ClockStyle.allCases.map { ("\(chart) --clock \($0.rawValue)", LayoutOptions(clock: $0)) }
            candidates += meeting.rounds.map { ("\(chart) --round \($0.id)", LayoutOptions(roundID: $0.id)) }
            for (name, options) in candidates {
                let request = ChartRequest(chart: chart, layout: options)
                guard let scene = try? renderer.scene(of: meeting, file: path, request: request) else { continue }
                result.append((name, request, scene))
            }
        }
        return result
    }

    @Test(arguments: samples)
    func sceneReadsBackAndDrawsTheSamePNG(_ sample: String) throws {
        let renderer = try ChartRenderer()
        let cases = try scenes(of: sample, renderer: renderer)
        // Every chart the registry places in this meeting is among them, each round's too.
        let meeting = try Parley.load(RepositoryPaths.sample(sample)).meeting
        let covered = Set(cases.map { ChartRegistry.Placed(chart: $0.1.chart, roundID: $0.1.layout.roundID) })
        for placed in ChartRegistry.exported(in: meeting) {
            #expect(covered.contains(placed), "\(sample): \(placed.chart) \(placed.roundID ?? "") was not laid out and compared")
        }
        for (name, request, scene) in cases {
            let decoded = try Scene(jsonBytes: scene.jsonBytes())
            #expect(decoded == scene, "\(sample) \(name): the scene read back differs")
            let original = try renderer.render(scene, request: request, format: .png)
            let redrawn = try renderer.render(decoded, request: request, format: .png)
            #expect(original == redrawn, "\(sample) \(name): the PNG of the scene read back differs")
        }
    }

    @Test func flagPicturesTravelInTheScene() throws {
        let renderer = try ChartRenderer()
        let cases = try scenes(of: "istanbul-2025", renderer: renderer)
        let images = cases.flatMap { $0.2.flattened() }.compactMap { placed -> Image? in
            if case .image(let image) = placed.node { image } else { nil }
        }
        try #require(!images.isEmpty, "the Istanbul sample draws a flag picture")
        for (_, _, scene) in cases {
            let decoded = try Scene(jsonBytes: scene.jsonBytes())
            let decodedImages = decoded.flattened().compactMap { placed -> [UInt8]? in
                if case .image(let image) = placed.node { image.data } else { nil }
            }
            let originalImages = scene.flattened().compactMap { placed -> [UInt8]? in
                if case .image(let image) = placed.node { image.data } else { nil }
            }
            #expect(decodedImages == originalImages)
        }
    }
}
