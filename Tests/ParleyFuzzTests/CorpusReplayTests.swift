import ParleyFuzz
import ParleyTestSupport
import Testing

/// The fuzz harness in the normal build: its checks run over every seed of the corpus, so the
/// harness keeps compiling, a reproducer added to Tests/Fuzz/regressions/ stays fixed, and the
/// seeds do what they are there for (valid ones load and draw, invalid ones are refused).
@Suite struct CorpusReplayTests {
    init() { TestFonts.pin() }

    @Test func theCorpusHoldsTheSamplesAndTheHandWrittenSeeds() {
        let names = FuzzCorpus.seeds.map { FuzzCorpus.name($0.path) }
        #expect(names.contains("Samples/istanbul-2025.yaml"))
        #expect(names.contains("Samples/invalid/syntax-error.yaml"))
        #expect(names.contains("Tests/Fuzz/seeds/minimal.yaml"))
        #expect(!names.contains { $0.hasPrefix("Samples/flags/") })
    }

    @Test func everySeedPassesTheLoaderChecks() {
        for (path, bytes) in FuzzCorpus.seeds {
            let outcome = LoaderFuzzer.check(bytes)
            #expect(outcome.violations.isEmpty, "\(FuzzCorpus.name(path)): \(outcome.violations)")
            if FuzzCorpus.isValidSample(path) { #expect(outcome.loaded, "\(FuzzCorpus.name(path)) should load") }
            if FuzzCorpus.isInvalidSample(path) { #expect(!outcome.loaded, "\(FuzzCorpus.name(path)) should be refused") }
        }
    }

    @Test func everySeedPassesTheChartChecks() {
        var scenes = 0, renders = 0
        for (path, bytes) in FuzzCorpus.seeds {
            let outcome = ChartsFuzzer.check(bytes)
            #expect(outcome.violations.isEmpty, "\(FuzzCorpus.name(path)): \(outcome.violations)")
            #expect(!outcome.skipped, "\(FuzzCorpus.name(path)) is over the charts fuzzer's size bound")
            if FuzzCorpus.isValidSample(path) {
                #expect(outcome.scenes > 0 && outcome.renders > 0, "\(FuzzCorpus.name(path)): \(outcome.summary)")
            }
            scenes += outcome.scenes
            renders += outcome.renders
        }
        // Every chart the registry offers, for all rounds and single ones, in every format.
        #expect(scenes >= 4 * FuzzCorpus.seeds.filter { FuzzCorpus.isValidSample($0.path) }.count)
        #expect(renders == 4 * scenes)
    }

    @Test func inputsOverTheSizeBoundAreSkippedNotTried() {
        let big = [UInt8](repeating: UInt8(ascii: "#"), count: ChartsFuzzer.maxInputBytes + 1)
        let outcome = ChartsFuzzer.check(big)
        #expect(outcome.skipped && outcome.violations.isEmpty && !outcome.loaded)
    }
}
