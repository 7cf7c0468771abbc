import Foundation
import Parley
import ParleyScene
import ParleyTestSupport
import Testing

/// What `parley` prints echoes model text and file names; none of it may act on the terminal
/// or forge a diagnostic line.
@Suite struct TerminalOutputTests {
    /// Scalars a terminal would act on (or that break or reorder a line) in `output`, other
    /// than the line ends and the separators in `allowed`.
    private func controls(in output: [UInt8], allowing allowed: Set<Unicode.Scalar> = ["\n"]) -> [String] {
        String(decoding: output, as: UTF8.self).unicodeScalars.filter { TerminalEscape.needsEscape($0) && !allowed.contains($0) }.map {
            "U+" + String($0.value, radix: 16, uppercase: true)
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func validDescribeRoundsAndDiffSeatingPrintNoControls(seed: UInt64) throws {
        let folder = try TemporaryDirectory()
        var hostile = HostileText(seed: seed, modelSafe: true)
        let model = try folder.write(HostileModel.json { hostile.next() }, to: "model.json").path
        let validate = CommandRunner.parley(["validate", model])
        #expect(validate.status == 0, "\(validate.stderr)")

        for arguments in [["describe", model], ["describe", model, "--round", "r1"], ["describe", model, "--round", "2nd"]] {
            let result = CommandRunner.parley(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(controls(in: result.stdout) == [], "\(arguments)")
            #expect(result.stdout.filter { $0 == 0x0A }.count == 1, "\(arguments) prints one line")
        }

        let rounds = CommandRunner.parley(["rounds", model])
        #expect(rounds.status == 0)
        #expect(controls(in: rounds.stdout, allowing: ["\n", "\t"]) == [])
        let lines = String(decoding: rounds.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 }, "four columns: \(lines)")

        let diff = CommandRunner.parley(["diff-seating", model])
        #expect(diff.status == 0)
        #expect(controls(in: diff.stdout) == [])
        let json = CommandRunner.parley(["diff-seating", model, "--json"])
        #expect(json.status == 0)
        #expect(controls(in: json.stdout) == [])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout))) != nil, "still JSON")
    }

    @Test func everyDiagnosticIsOneLineWithoutControlsWhateverItQuotes() throws {
        let folder = try TemporaryDirectory()
        var hostile = HostileText(seed: 21, modelSafe: true)
        var model = try JSONSerialization.jsonObject(with: Data(HostileModel.json { hostile.next() })) as? [String: Any] ?? [:]
        let forged = "\nforged.json:1:1: error: forged"
        model["\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}31m"] = 1
        model["timezone"] = "Mars/\u{202E}Olympus" + forged
        if var parties = model["parties"] as? [[String: Any]] {
            parties[0]["color"] = "red" + forged
            parties[1]["role"] = "\u{1B}[31mhost" + forged
            model["parties"] = parties
        }
        if var rounds = model["rounds"] as? [[String: Any]] {
            rounds[0]["date"] = "2025-13-45\u{2028}" + forged
            rounds[0]["x\u{7F}\u{85}" + forged] = 2
            model["rounds"] = rounds
        }
        let bytes = HostileModel.serialized(model)
        // A file name can carry the same: it starts every diagnostic.
        let name = "model\u{1B}[2J\n\u{202E}.json"
        let path = try folder.write(bytes, to: name).path
        let result = CommandRunner.parley(["validate", path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count >= 5, "\(result.stderr)")
        let shownPath = TerminalEscape.line(path)
        #expect(shownPath.contains("\\u{1B}[2J\\n\\u{202E}.json"))
        for line in lines {
            #expect(line.hasPrefix(shownPath + ":"), "\(line)")
            #expect(line.contains(": error: ") || line.contains(": warning: "), "\(line)")
        }
        #expect(controls(in: Array(result.stderr.utf8)) == [])
        #expect(!result.stderr.contains("\nforged.json"))
    }

    @Test func exportPrintsEveryFailureAsEscapedLines() throws {
        let folder = try TemporaryDirectory()
        let models = folder.file("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        let forged = "\nforged.json:1:1: error: forged\u{1B}[2J"
        let model = HostileModel.serialized([
            "parley": 1, "id": "m", "timezone": "Mars/X" + forged, "parties": [["id": "a", "name": "A", "color": "red" + forged]],
            "rounds": [["id": "r", "date": "2025-01-01", "start": "10:00", "end": "11:00", "venue\u{9B}" + forged: 1]],
        ])
        // Two models, so the export runs in worker processes as well as in its own.
        for name in ["bad\u{1B}[2J.json", "worse\u{202E}.json"] { _ = try folder.write(model, to: "models/" + name) }
        let result = CommandRunner.parley(["export", models.path, "--out", folder.file("out").path, "--formats", "svg"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count >= 7, "\(result.stderr)")
        #expect(controls(in: Array(result.stderr.utf8)) == [])
        for line in lines.dropLast() {
            #expect(line.hasPrefix(TerminalEscape.line(models.path) + "/"), "\(line)")
            #expect(line.contains(": error: "), "\(line)")
        }
        #expect(lines.last?.hasPrefix("exported 0 of 2 models") == true, "\(lines.last ?? "")")
    }

    @Test func anIDPrefixThatIsNoXMLNameIsRefusedNamingWhatIsAllowed() throws {
        let folder = try TemporaryDirectory()
        let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"
        let output = folder.file("chart.svg").path
        for prefix in ["\"><script>alert(1)</script>", "1st-", "a:b-", "a b", "é-", "a\u{1B}[2J", String(repeating: "a", count: 257)] {
            let result = CommandRunner.parley(["render", sample, "-o", output, "--id-prefix", prefix])
            #expect(result.status == 64, "\(prefix.prefix(20))")
            #expect(result.stderr.contains("ASCII letters, digits, '-', '_' and '.'"), "\(result.stderr)")
            #expect(!result.stderr.contains("<script>") && controls(in: Array(result.stderr.utf8)) == [])
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        let accepted = CommandRunner.parley(["render", sample, "-o", output, "--id-prefix", "_Report.round-2_"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("id=\"_Report.round-2_"))
    }

    /// A prefix is written into every id and reference: a 100,000-character one made a 56 MB SVG
    /// and took 160 MB; it is refused before the model is read.
    @Test func aHugeIDPrefixIsRefusedEarly() throws {
        let folder = try TemporaryDirectory()
        let run = try ResourceRun.parley([
            "render", RepositoryPaths.samples + "/istanbul-2025.yaml", "-o", folder.file("chart.svg").path, "--id-prefix",
            String(repeating: "a", count: 100_000),
        ])
        #expect(run.status == 64, "\(run)")
        #expect(run.stderr.contains("100000 characters long"), "\(run.stderr.prefix(200))")
        #expect(run.cpuSeconds < 2 && run.peakMiB < 256, "\(run)")
    }
}
