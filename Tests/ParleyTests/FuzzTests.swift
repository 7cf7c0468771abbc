import Foundation
import Parley
import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Mutated and hostile models through the loader, every layout and the renderer: each case ends
/// in a chart or in errors with a location, never a crash, a trap or a hang. The normal test run
/// tries a few hundred cases; `make fuzz` tries many more with a new seed each time.
@Suite struct FuzzTests {
    static let cases = Int(ProcessInfo.processInfo.environment["PARLEY_FUZZ_CASES"] ?? "") ?? 400
    static let seed = UInt64(ProcessInfo.processInfo.environment["PARLEY_FUZZ_SEED"] ?? "") ?? 20_251_127

    static let seeds: [(name: String, text: String)] = {
        var seeds = ["istanbul-2025.yaml", "riyadh-2025.yaml", "normandy-paris-2019.yaml"].compactMap { name in
            (try? String(contentsOfFile: RepositoryPaths.samples + "/" + name, encoding: .utf8)).map { ("fuzz.yaml", $0) }
        }
        seeds.append(
            (
                "fuzz.json",
                """
                {
                  "parley": 1, "id": "json-demo", "timezone": "+03:00",
                  "parties": [{"id": "ru", "name": "Russia", "color": "#D52B1E"}, {"id": "tr", "name": "Turkey", "role": "mediator"}],
                  "people": [{"id": "medinsky", "name": "Vladimir Medinsky", "party": "ru"}],
                  "rounds": [
                    {"id": "r1", "date": "2025-06-02", "start": "14:43", "end": "15:57",
                     "events": [{"at": "14:50", "label": "Memoranda exchanged", "parties": ["ru"]}],
                     "table": {"shape": "round", "seats": ["medinsky", "tr", {"party": "ru", "count": 3}], "flags": ["ru", "tr"]}}
                  ]
                }
                """
            ))
        return seeds
    }()

    @Test func mutatedModelsEndInAChartOrLocatedErrors() throws {
        var mutator = ModelMutator(seed: Self.seed)
        let renderer = try ChartRenderer()
        let clock = ContinuousClock()
        var loaded = 0, rejected = 0, charts = 0, layoutErrors = 0, rendered = 0
        var slowest: (index: Int, took: Duration) = (0, .zero)
        for index in 0..<Self.cases {
            let (name, text) = Self.seeds[index % Self.seeds.count]
            let bytes = mutator.mutate(text, times: 1 + index % 2)
            let started = clock.now
            let context = "case \(index) of seed \(Self.seed)"
            let meeting: Meeting
            do {
                meeting = try MeetingLoader.parse(bytes, file: name).meeting
                loaded += 1
            } catch {
                rejected += 1
                #expect(!error.diagnostics.isEmpty, "\(context): rejected without a reason")
                for diagnostic in error.diagnostics {
                    let location = try #require(diagnostic.location, "\(context): a loader diagnostic without a place: \(diagnostic)")
                    #expect(location.line >= 1 && location.column >= 1, "\(context): \(diagnostic)")
                    #expect(diagnostic.description.hasPrefix("\(name):\(location.line):\(location.column): "))
                    #expect(!diagnostic.message.isEmpty)
                }
                continue
            }
            for chart in ChartRegistry.names {
                for round in [nil] + meeting.rounds.prefix(2).map(\.id) {
                    let request = ChartRequest(chart: chart, layout: LayoutOptions(roundID: round))
                    let scene: Scene
                    do {
                        scene = try renderer.scene(of: meeting, file: name, request: request)
                    } catch {
                        layoutErrors += 1
                        #expect(!error.description.isEmpty, "\(context): \(chart) failed without a reason")
                        continue
                    }
                    charts += 1
                    #expect(scene.size.width.isFinite && scene.size.height.isFinite && scene.size.width > 0 && scene.size.height > 0)
                    for placed in scene.flattened() {
                        if let bounds = placed.canvasBounds {
                            #expect(bounds.minX.isFinite && bounds.minY.isFinite && bounds.width.isFinite && bounds.height.isFinite)
                        }
                    }
                    // Drawing costs more than laying out: every few charts, in two formats.
                    if charts % 7 == 0 {
                        for format in [OutputFormat.svg, .png] {
                            do {
                                #expect(!(try renderer.render(scene, request: request, format: format)).isEmpty)
                                rendered += 1
                            } catch {
                                #expect(!error.description.isEmpty)
                            }
                        }
                    }
                }
            }
            // Time is not asserted here, in the test's own process on a loaded machine; the
            // resource contract is asserted on child processes (the *ResourceContractTests).
            let took = clock.now - started
            if took > slowest.took { slowest = (index, took) }
        }
        // The mutations must exercise both paths, or the test is proving nothing.
        #expect(loaded > Self.cases / 5 && rejected > Self.cases / 5, "loaded \(loaded), rejected \(rejected)")
        #expect(charts > 0 && rendered > 0)
        print(
            "fuzz: seed \(Self.seed), \(Self.cases) cases: \(loaded) loaded, \(rejected) rejected with located errors; \(charts) charts laid out, \(layoutErrors) refused, \(rendered) rendered; slowest case \(slowest.index) (\(slowest.took))"
        )
    }
}
