import Foundation
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Exports into one folder take turns (a lock on the folder), and none takes another's files
/// for stale ones.
@Suite(.serialized) struct ExportLockTests {
    @Test func twoConcurrentExportsWithDifferentFormatsKeepEveryFile() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        try ExportFixtures.archive(in: input.url, meetings: 6)
        let common = ["export", input.url.path, "--out", out.url.path, "--jobs", "2"]
        let svgErrors = input.file("svg.stderr"), pngErrors = input.file("png.stderr")
        let svg = try ExportFixtures.start(common + ["--formats", "svg"], errors: svgErrors)
        // The second starts while the first holds the folder, and says whom it waits for.
        let locked = ExportFixtures.wait(seconds: 20) {
            (try? String(contentsOf: out.file(".parley-export.lock"), encoding: .utf8)) == "\(svg.processIdentifier)\n"
        }
        #expect(locked, "the first export never took the lock")
        let png = try ExportFixtures.start(common + ["--formats", "png"], errors: pngErrors)
        svg.waitUntilExit()
        png.waitUntilExit()
        #expect(svg.terminationStatus == 0 && png.terminationStatus == 0)
        let waited = try String(contentsOf: pngErrors, encoding: .utf8)
        #expect(
            waited.contains("waiting for the export into \(out.url.path) by process \(svg.processIdentifier) to finish"), "\(waited)")

        let files = ExportFixtures.contents(of: out.url).keys
        // 6 meetings × 8 charts in each format.
        #expect(files.filter { $0.hasSuffix(".svg") }.count == 48)
        #expect(files.filter { $0.hasSuffix(".png") }.count == 48)
        #expect(try ExportFixtures.mismatches(in: out.url) == [])
        #expect(try ExportFixtures.manifest(out.file("manifest.json")).count == 96)
    }

    @Test func aLaterExportWithOtherFormatsRemovesOnlyStaleFilesOfItsOwnFormats() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        let model = input.file("riyadh.yaml")
        let original = try String(contentsOfFile: RepositoryPaths.samples + "/riyadh-2025.yaml", encoding: .utf8)
        try original.write(to: model, atomically: true, encoding: .utf8)
        let export = ["export", input.url.path, "--out", out.url.path]
        #expect(CommandRunner.parley(export + ["--formats", "svg,pdf"]).status == 0)
        // Round `talks` becomes `main`: its SVGs are stale, its PDFs are another format's.
        try original.replacingOccurrences(of: "id: talks", with: "id: main").write(to: model, atomically: true, encoding: .utf8)
        let second = CommandRunner.parley(export + ["--formats", "svg"])
        #expect(second.status == 0)
        #expect(second.stderr.contains("2 no longer made and removed"), "\(second.stderr)")
        let files = ExportFixtures.contents(of: out.url).keys
        #expect(!files.contains("riyadh-2025/talks/timeline.svg") && files.contains("riyadh-2025/main/timeline.svg"))
        #expect(files.contains("riyadh-2025/talks/timeline.pdf") && files.contains("riyadh-2025/timeline.pdf"))
        #expect(try ExportFixtures.mismatches(in: out.url) == [])
    }
}
