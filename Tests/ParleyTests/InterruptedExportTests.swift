import Foundation
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An export killed in the middle must leave every file whole (the old version or the new one,
/// never a mix, no temporary file), no worker running, and a manifest that lists exactly the
/// files there are.
@Suite(.serialized) struct InterruptedExportTests {
    private let meetings = 8

    /// An output folder exported from "Before" models, the inputs changed to "After", and the
    /// files a whole "After" export makes (in a folder of their own).
    private func prepared() throws -> (input: TemporaryDirectory, out: TemporaryDirectory, before: [String: Data], after: [String: Data]) {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory(), reference = try TemporaryDirectory()
        try ExportFixtures.archive(in: input.url, meetings: meetings, title: "Before")
        #expect(CommandRunner.parley(export(input, into: out)).status == 0)
        let before = ExportFixtures.contents(of: out.url)
        try ExportFixtures.archive(in: input.url, meetings: meetings, title: "After")
        #expect(CommandRunner.parley(export(input, into: reference)).status == 0)
        return (input, out, before, ExportFixtures.contents(of: reference.url))
    }

    private func export(_ input: TemporaryDirectory, into out: TemporaryDirectory) -> [String] {
        ["export", input.url.path, "--formats", "svg", "--jobs", "2", "--out", out.url.path]
    }

    /// Starts the export and returns once some files are new but long before all are.
    private func startAndWaitForFirstChanges(_ arguments: [String], out: URL, before: [String: Data]) throws -> Process {
        let process = try ExportFixtures.start(arguments)
        let started = ExportFixtures.wait(seconds: 20) {
            ExportFixtures.contents(of: out).contains { before[$0.key] != nil && $0.value != before[$0.key] }
        }
        #expect(started, "the export wrote nothing")
        return process
    }

    /// After the kill: no worker left, every file old or new, some of each, none temporary,
    /// and the manifest matching the files.
    private func expectWholeAndListed(out: URL, before: [String: Data], after: [String: Data]) throws {
        let gone = ExportFixtures.wait(seconds: 15) { ExportFixtures.workers(writingInto: out).isEmpty }
        #expect(gone, "workers outlived the export: \(ExportFixtures.workers(writingInto: out))")
        let left = ExportFixtures.contents(of: out).filter { !$0.key.hasSuffix("manifest.json") }
        #expect(left.contains { before[$0.key] != $0.value }, "nothing was new")
        #expect(left.contains { before[$0.key] == $0.value }, "the export finished before it was stopped; the test proves nothing")
        for (path, data) in left {
            #expect(!URL(fileURLWithPath: path).lastPathComponent.hasPrefix("."), "a temporary file was left: \(path)")
            #expect(data == before[path] || data == after[path], "\(path) is neither the old file nor the new one")
        }
        #expect(try ExportFixtures.mismatches(in: out) == [])
    }

    @Test func aKillMinus9LeavesNoWorkerAndAManifestThatMatchesTheFiles() throws {
        let (input, out, before, after) = try prepared()
        let process = try startAndWaitForFirstChanges(export(input, into: out), out: out.url, before: before)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try expectWholeAndListed(out: out.url, before: before, after: after)
        // And the next export finishes the job.
        #expect(CommandRunner.parley(export(input, into: out)).status == 0)
        #expect(
            ExportFixtures.contents(of: out.url).filter { !$0.key.hasSuffix("manifest.json") }
                == after.filter { !$0.key.hasSuffix("manifest.json") })
        #expect(try ExportFixtures.mismatches(in: out.url) == [])
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalStopsTheExportBetweenFilesWithAManifestOfWhatWasDone(_ signal: Int32) throws {
        let (input, out, before, after) = try prepared()
        let process = try startAndWaitForFirstChanges(export(input, into: out), out: out.url, before: before)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        try expectWholeAndListed(out: out.url, before: before, after: after)
    }

    @Test func aKilledWorkerIsReportedByItsSignalsName() throws {
        let (input, out, before, _) = try prepared()
        let errors = input.file("stderr")
        let process = try ExportFixtures.start(export(input, into: out), errors: errors)
        var victims: [pid_t] = []
        _ = ExportFixtures.wait(seconds: 20) {
            victims = ExportFixtures.workers(writingInto: out.url)
            return !victims.isEmpty
        }
        let victim = try #require(victims.first)
        kill(victim, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        #expect(stderr.contains("error: the export worker was killed by SIGKILL"), "\(stderr)")
        #expect(!stderr.contains("status 9"))
        #expect(try ExportFixtures.mismatches(in: out.url) == [])
        _ = before
    }
}
