import Foundation
import ParleyTestSupport
import Testing

/// The resource contract for `parley validate` (docs/model-format.md#resource-contract): every
/// model within the limits is checked in under 2 s of CPU and 256 MiB, and a model past a
/// limit ends early in a located error that names it. Each case is a finding of the attack run
/// of issue 18, generated here; time and memory come from the child's rusage.
@Suite(.serialized) struct LoaderResourceContractTests {
    static let cpuLimit = 2.0
    static let memoryLimit = 256.0

    static let header = """
        parley: 1
        id: contract
        timezone: Europe/Moscow

        """

    /// Runs `parley validate` on `model` (written to a file) and checks the contract.
    @discardableResult
    func validate(_ model: String, expectExit: Int32 = 1, sourceLocation: SourceLocation = #_sourceLocation) throws -> ResourceRun.Outcome {
        let folder = try TemporaryDirectory()
        let path = try folder.write(Array(model.utf8), to: "model.yaml").path
        let outcome = try ResourceRun.parley(["validate", path], cpuLimit: 20, wallLimit: 60)
        #expect(outcome.status == expectExit, "\(outcome)\n\(outcome.stderr.prefix(600))", sourceLocation: sourceLocation)
        #expect(!outcome.timedOut, sourceLocation: sourceLocation)
        if ResourceRun.isRelease {
            #expect(outcome.cpuSeconds < Self.cpuLimit, "\(outcome)", sourceLocation: sourceLocation)
            #expect(outcome.peakMiB < Self.memoryLimit, "\(outcome)", sourceLocation: sourceLocation)
        }
        // Every line is one located diagnostic, and there are never more than the cap and its summary.
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count <= 101, sourceLocation: sourceLocation)
        for line in lines {
            #expect(line.hasPrefix("\(path):"), "\(line.prefix(200))", sourceLocation: sourceLocation)
            #expect(line.utf8.count < 2_000, "a diagnostic of \(line.utf8.count) bytes", sourceLocation: sourceLocation)
        }
        return outcome
    }

    static func parties(_ count: Int) -> String {
        "parties:\n" + (0..<count).map { "  - {id: p\($0), name: Party \($0)}\n" }.joined()
    }

    static let oneRound = "rounds:\n  - {id: r, date: 2025-06-02, start: '10:00', end: '11:00'}\n"

    @Test func countedSeatsAreCheckedBeforeTheyAreMade() throws {
        // Was: 100,000 items of `count: 500` (3.4 MB) took 21 s and 5.6 GiB.
        let items = String(repeating: "      - {party: p0, count: 500}\n", count: 100_000)
        let model =
            Self.header + Self.parties(2)
            + "rounds:\n  - id: r\n    date: 2025-06-02\n    start: '10:00'\n    end: '11:00'\n    table:\n      left:\n" + items
        let outcome = try validate(model)
        #expect(outcome.stderr.contains("has more than 500 seats, the limit"))
    }

    @Test func aliasedCountedSeatsAreCountedToo() throws {
        // Was: past 6 GiB with the same seat given once and aliased.
        let items = String(repeating: "      - *many\n", count: 200_000)
        let model =
            Self.header + Self.parties(2)
            + "rounds:\n  - id: r\n    date: 2025-06-02\n    start: '10:00'\n    end: '11:00'\n    table:\n      right:\n      - &many {party: p1, count: 500}\n"
            + items
        let outcome = try validate(model)
        #expect(outcome.stderr.contains("has more than 500 seats, the limit"))
    }

    @Test func seatsAcrossTheWholeModelAreLimited() throws {
        // 500 rounds of 4 × 500 counted seats: each side within its limit, the model far past.
        let table =
            "    table: {shape: rectangle, left: [{party: p0, count: 500}], right: [{party: p1, count: 500}], far: [{party: p0, count: 500}], near: [{party: p1, count: 500}]}\n"
        let rounds = (0..<500).map { "  - id: r\($0)\n    date: 2025-06-02\n    start: '10:00'\n    end: '11:00'\n" + table }.joined()
        let outcome = try validate(Self.header + Self.parties(2) + "rounds:\n" + rounds)
        #expect(outcome.stderr.contains("the model has more than 200000 seats, the limit"))
    }

    @Test func unknownReferencesAmongManyPartiesAreCheapToReport() throws {
        // Was: 1,000 parties and 1,000 unknown flag ids took 34 s; 10,000 of each over 120 s.
        for count in [1_000, 10_000] {
            let flags = (0..<min(count, 200)).map { "x\($0)" }.joined(separator: ", ")
            let rounds = (0..<(count / 200)).map {
                "  - {id: r\($0), date: 2025-06-02, start: '10:00', end: '11:00', table: {flags: [\(flags)]}}\n"
            }.joined()
            let outcome = try validate(Self.header + Self.parties(count) + "rounds:\n" + rounds)
            #expect(outcome.stderr.contains("unknown party 'x0'"))
            #expect(outcome.stderr.contains("more problems not listed"))
        }
    }

    @Test func aLongUnknownZoneInManyRoundsIsCheap() throws {
        // Was: a 10,000-character zone name cost ~5 s a round (16 rounds: 53 s).
        let zone = String(repeating: "Z", count: 10_000)
        let rounds = (0..<16).map { "  - {id: r\($0), date: 2025-06-02, start: '10:00', end: '11:00', timezone: \(zone)}\n" }.joined()
        let outcome = try validate(Self.header + Self.parties(2) + "rounds:\n" + rounds)
        #expect(outcome.stderr.contains("unknown time zone 'ZZZZ"))
        #expect(outcome.stderr.contains("(10000 characters)"))
    }

    @Test func aHugeKeyIsReportedWithoutQuotingItWhole() throws {
        // Was: one 15 MiB key took 85 s, and the message quoted all of it.
        // YAML allows an implicit key of 1,024 characters at most (libyaml refuses a longer one
        // where it ends); an explicit key (`? key`) has no such limit.
        let key = String(repeating: "k", count: 15 << 20)
        for model in [key + ": 1\n", "? " + key + "\n: 1\n"] {
            let outcome = try validate(Self.header + Self.parties(2) + Self.oneRound + model)
            #expect(outcome.stderr.contains("a key of 15728640 characters") || outcome.stderr.contains("could not find expected ':'"))
            #expect(outcome.stderr.utf8.count < 2_000)
        }
    }

    @Test func aLongKeyAliasedIntoManyRoundsIsReportedOnce() throws {
        // Was: a 10,000-character key aliased into 1,000 rounds took 60 s and wrote 10 MB to stderr.
        let key = String(repeating: "q", count: 10_000)
        let rounds = (1..<1_000).map { _ in "  - *round\n" }.joined()
        let model =
            Self.header + Self.parties(2)
            + "rounds:\n  - &round\n    id: r\n    date: 2025-06-02\n    start: '10:00'\n    end: '11:00'\n    ? \(key)\n    : 1\n"
            + rounds
        let outcome = try validate(model)
        #expect(outcome.stderr.contains("a key of 10000 characters"))
        #expect(outcome.stderr.utf8.count < 20_000)
    }

    @Test func aLongTextAliasedAMillionTimesIsMeasuredOnce() throws {
        // Was: 1,900,000 aliases of a 10,000-character string took over 120 s.
        let text = String(repeating: "t", count: 10_000)
        let aliases = String(repeating: "*long, ", count: 1_900_000)
        let model =
            Self.header + Self.parties(2)
            + "rounds:\n  - id: r\n    date: 2025-06-02\n    start: '10:00'\n    end: '11:00'\n    sources: [&long \(text), \(aliases)x]\n"
        try validate(model, expectExit: 0)
    }

    @Test func aValidModelWithAHundredThousandPartiesValidatesQuickly() throws {
        // Was: 100,000 parties with 100,000 flag references (a valid 3.3 MB model) took 42 s.
        let flags = (0..<200).map { "p\($0)" }.joined(separator: ", ")
        let rounds = (0..<500).map {
            "  - {id: r\($0), date: 2025-06-02, start: '10:00', end: '11:00', table: {flags: [\(flags)]}}\n"
        }.joined()
        try validate(Self.header + Self.parties(100_000) + "rounds:\n" + rounds, expectExit: 0)
    }

    @Test func manyPeopleSeatedInManyRoundsValidateQuickly() throws {
        // Was: 1,500 people × 200 rounds: linear look-ups for every seat.
        let people = "people:\n" + (0..<1_500).map { "  - {id: m\($0), name: Member \($0), party: p\($0 % 2)}\n" }.joined()
        let left = (0..<1_500).filter { $0 % 2 == 0 }.prefix(500).map { "m\($0)" }.joined(separator: ", ")
        let right = (0..<1_500).filter { $0 % 2 == 1 }.prefix(500).map { "m\($0)" }.joined(separator: ", ")
        let rounds = (0..<200).map {
            "  - {id: r\($0), date: 2025-06-02, start: '10:00', end: '11:00', table: {left: [\(left)], right: [\(right)]}}\n"
        }.joined()
        try validate(Self.header + Self.parties(2) + people + "rounds:\n" + rounds, expectExit: 0)
    }

    @Test func millionsOfValuesAndDeepNestingStopWhileReading() throws {
        let values = try validate("parley: 1\nid: x\ntitle: [" + String(repeating: "a,", count: 3_000_000) + "a]\n")
        #expect(values.stderr.contains("more than 2000000 values"))
        for (open, close) in [("[", "]"), ("{a: ", "}")] {
            let nested = try validate(
                "parley: 1\nid: x\ntitle: " + String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000)
                    + "\n")
            #expect(nested.stderr.contains("the model nests deeper than 64 levels"))
        }
    }

    @Test func aliasBombsStopAtTheValueLimit() throws {
        var model = "parley: 1\nid: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<10 {
            model += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let outcome = try validate(model)
        #expect(outcome.stderr.contains("more than 2000000 values"))
    }

    @Test func standardInputIsReadOnlyUpToTheLimit() throws {
        // Was: `yes | parley validate -` read to the end before the 16 MiB check: past 6 GiB.
        let outcome = try ResourceRun.run(
            "/bin/sh", ["-c", "yes | exec \"$0\" validate -", ResourceRun.executable], cpuLimit: 20, wallLimit: 60,
            environment: ["FONTCONFIG_FILE": TestFonts.configurationPath])
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.stderr.contains("<stdin>:1:1: error: the model is more than 16777216 bytes (16 MiB), the limit"))
        if ResourceRun.isRelease {
            #expect(outcome.cpuSeconds < Self.cpuLimit, "\(outcome)")
            #expect(outcome.peakMiB < Self.memoryLimit, "\(outcome)")
        }
    }
}
