import Foundation
import ParleyTestSupport
import Testing

/// The manifest lists every file the folder holds from exports, whatever went wrong: models
/// that failed this time keep their entries, files written before a failure are listed, and
/// a model edited during the export cannot make two models share a folder.
@Suite struct ExportManifestTests {
    private func istanbul(id: String, title: String = "Russia–Ukraine direct talks in Istanbul") throws -> String {
        try String(contentsOfFile: RepositoryPaths.samples + "/istanbul-2025.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: istanbul-2025\n", with: "id: \(id)\n")
            .replacingOccurrences(of: "title: Russia–Ukraine direct talks in Istanbul", with: "title: \(title)")
    }

    @Test func aModelThatFailsThisTimeKeepsItsFilesAndTheirEntries() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        try ExportFixtures.archive(in: input.url, meetings: 2)
        let export = ["export", input.url.path, "--out", out.url.path, "--formats", "svg"]
        #expect(CommandRunner.parley(export).status == 0)
        let before = try ExportFixtures.manifest(out.file("manifest.json")).count
        try FileManager.default.removeItem(at: input.file("meeting-1.yaml"))
        try FileManager.default.copyItem(
            atPath: RepositoryPaths.invalidSamples + "/bad-time.yaml", toPath: input.file("meeting-1.yaml").path)
        let second = CommandRunner.parley(export)
        #expect(second.status == 1)
        #expect(second.stderr.contains("meeting-1.yaml:16:10: error:"), "\(second.stderr)")
        let entries = try ExportFixtures.manifest(out.file("manifest.json"))
        #expect(entries.count == before && entries.contains { $0["meeting"] as? String == "meeting-1" })
        #expect(try ExportFixtures.mismatches(in: out.url) == [])
    }

    @Test func filesWrittenBeforeAModelFailedStayListed() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        try istanbul(id: "demo").write(to: input.file("demo.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: input.file("flags").path)
        // A folder where the last chart goes: the charts before it are written, then it fails.
        try FileManager.default.createDirectory(at: out.file("demo/round-3/timeline.svg"), withIntermediateDirectories: true)
        let result = CommandRunner.parley(["export", input.url.path, "--out", out.url.path, "--formats", "svg"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("demo/round-3/timeline.svg"), "\(result.stderr)")
        let paths = try ExportFixtures.manifest(out.file("manifest.json")).compactMap { $0["path"] as? String }
        #expect(paths.contains("demo/timeline.svg") && paths.contains("demo/round-2/seating.svg"), "\(paths)")
        #expect(!paths.contains("demo/round-3/timeline.svg"))
        #expect(try ExportFixtures.mismatches(in: out.url) == [])
    }

    @Test func aManifestThatCannotBeWrittenDoesNotHideTheModelsErrors() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/riyadh-2025.yaml", toPath: input.file("a.yaml").path)
        try FileManager.default.copyItem(atPath: RepositoryPaths.invalidSamples + "/bad-time.yaml", toPath: input.file("b.yaml").path)
        try FileManager.default.createDirectory(at: out.file("manifest.json"), withIntermediateDirectories: true)
        let result = CommandRunner.parley(["export", input.url.path, "--out", out.url.path, "--formats", "svg"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.yaml:16:10: error: '25:10' is not a time"), "\(result.stderr)")
        #expect(result.stderr.contains("error: cannot write \(out.url.path)/manifest.json"), "\(result.stderr)")
        #expect(result.stderr.contains("exported 1 of 2 models"))
    }

    @Test func aMeetingIDChangedDuringTheExportCannotTakeAnotherModelsFolder() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        // Sorted: a.yaml, meeting-0…9, z.yaml; with two workers z is the last of the second.
        try ExportFixtures.archive(in: input.url, meetings: 10)
        try istanbul(id: "alpha", title: "Alpha").write(to: input.file("a.yaml"), atomically: true, encoding: .utf8)
        try istanbul(id: "zulu", title: "Zulu").write(to: input.file("z.yaml"), atomically: true, encoding: .utf8)
        let errors = input.file("stderr")
        let process = try ExportFixtures.start(
            ["export", input.url.path, "--out", out.url.path, "--formats", "svg", "--jobs", "2"], errors: errors)
        // The first file is written after every id was settled; z is read long after.
        let started = ExportFixtures.wait(seconds: 30) { ExportFixtures.contents(of: out.url).keys.contains { $0.hasSuffix(".svg") } }
        #expect(started)
        try istanbul(id: "alpha", title: "Impostor").write(to: input.file("z.yaml"), atomically: true, encoding: .utf8)
        process.waitUntilExit()
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        #expect(process.terminationStatus == 1)
        #expect(
            stderr.contains("z.yaml: error: the model changed while it was being exported (its meeting id was 'zulu' and is now 'alpha')"),
            "\(stderr)")
        let alpha = ExportFixtures.contents(of: out.url).filter { $0.key.hasPrefix("alpha/") }
        #expect(alpha.count == 8 && alpha.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("Impostor") })
        #expect(try ExportFixtures.mismatches(in: out.url) == [])
    }
}
