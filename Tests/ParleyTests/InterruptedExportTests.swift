import Foundation
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An export killed in the middle must leave every file whole: the old version or the new one,
/// never a mix, and no temporary file behind.
@Suite struct InterruptedExportTests {
    private func archive(in folder: TemporaryDirectory, meetings: Int, title: String) throws {
        let sample = try String(contentsOfFile: RepositoryPaths.samples + "/istanbul-2025.yaml", encoding: .utf8)
        if !FileManager.default.fileExists(atPath: folder.file("flags").path) {
            try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: folder.file("flags").path)
        }
        for index in 0..<meetings {
            let model = sample.replacingOccurrences(of: "id: istanbul-2025\n", with: "id: meeting-\(index)\n")
                .replacingOccurrences(of: "title: Russia–Ukraine direct talks in Istanbul", with: "title: \(title)")
            try model.write(to: folder.file("meeting-\(index).yaml"), atomically: true, encoding: .utf8)
        }
    }

    /// Every file below `folder`, by path relative to it, with its bytes.
    private func contents(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? [] {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { result[path] = data }
        }
        return result
    }

    @Test func anExportKilledInFlightLeavesOldOrNewFilesAndNothingElse() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory(), reference = try TemporaryDirectory()
        let meetings = 8
        try archive(in: input, meetings: meetings, title: "Before")
        let export = ["export", input.url.path, "--formats", "svg", "--jobs", "2", "--out"]
        #expect(CommandRunner.parley(export + [out.url.path]).status == 0)
        let before = contents(of: out.url)
        try archive(in: input, meetings: meetings, title: "After")
        #expect(CommandRunner.parley(export + [reference.url.path]).status == 0)
        let after = contents(of: reference.url)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.parleyExecutable)
        process.arguments = export + [out.url.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some files are new but long before all are (a meeting takes ~100 ms).
        var changed = 0
        for _ in 0..<400 where changed == 0 {
            usleep(5_000)
            changed = contents(of: out.url).filter { before[$0.key] != nil && $0.value != before[$0.key] }.count
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        // The interrupted export's workers stop after the model they were on: soon nothing changes.
        var settled = contents(of: out.url), quiet = 0
        for _ in 0..<50 where quiet < 5 {
            usleep(100_000)
            let now = contents(of: out.url)
            quiet = now == settled ? quiet + 1 : 0
            settled = now
        }
        #expect(quiet >= 5, "the workers kept writing after their parent was killed")
        let left = settled.filter { !$0.key.hasSuffix("manifest.json") }
        #expect(changed > 0, "the export wrote nothing before it was killed")
        let stillOld = left.filter { before[$0.key] == $0.value }.count
        #expect(stillOld > 0, "the export finished before it was killed; the test proves nothing")
        for (path, data) in left {
            #expect(!URL(fileURLWithPath: path).lastPathComponent.hasPrefix("."), "a temporary file was left: \(path)")
            #expect(data == before[path] || data == after[path], "\(path) is neither the old file nor the new one")
        }
    }
}
