import Foundation
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Model ids become folder and file names: no id may lead an export outside its folder, onto a
/// device name, or onto a path that must be a file and a folder at once.
@Suite struct PathSafetyTests {
    private func model(meetingID: String, roundID: String = "round-1") -> String {
        """
        parley: 1
        id: \(meetingID)
        timezone: Europe/Moscow
        parties: [{id: ru, name: Russia}]
        rounds:
          - {id: \(roundID), date: 2025-06-02, start: "14:43", end: "15:57"}

        """
    }

    private func export(_ yaml: String) throws -> (status: Int32, stderr: String, files: [String], outside: [String]) {
        let root = try TemporaryDirectory()
        let input = root.file("in"), out = root.file("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try yaml.write(to: input.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
        let result = CommandRunner.parley(["export", input.path, "--out", out.path, "--formats", "svg"])
        // The lock file is the export's own; every other file counts.
        let files = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []).filter { $0 != ".parley-export.lock" }
        let outside = (try? FileManager.default.contentsOfDirectory(atPath: root.url.path))?.filter { $0 != "in" && $0 != "out" } ?? []
        return (result.status, result.stderr, files, outside)
    }

    @Test(arguments: ["../escape", "/etc/passwd", "a/../../b", "nul\u{0}x", "..", "round 1", "x/y"])
    func idsThatAreNotSafeSlugsAreRejectedWithTheirLocation(_ id: String) throws {
        let quoted = "\"" + id.replacingOccurrences(of: "\u{0}", with: "\\0") + "\""
        let result = try export(model(meetingID: quoted))
        #expect(result.status == 1)
        #expect(result.stderr.contains("m.yaml:2:5: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("is not a valid id for the meeting") || result.stderr.contains("(a control character)"))
        #expect(result.files == ["manifest.json"] && result.outside.isEmpty)
    }

    @Test(arguments: ["con", "NUL", "com1", "lpt9.txt", "Aux"])
    func windowsDeviceNamesAreRejected(_ id: String) throws {
        let result = try export(model(meetingID: "demo", roundID: id))
        #expect(result.status == 1)
        #expect(result.stderr.contains("m.yaml:6:10: error: '\(id)' cannot be an id for a round"), "\(result.stderr)")
        #expect(result.stderr.contains("names a device on Windows"))
    }

    @Test func aRoundNamedLikeAMeetingFileIsRefusedBeforeAnythingIsWritten() throws {
        let result = try export(model(meetingID: "demo", roundID: "timeline.svg"))
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("'demo/timeline.svg' would be both a file and the folder of 'demo/timeline.svg/timeline.svg'"),
            "\(result.stderr)")
        #expect(result.files == ["manifest.json"])
    }

    @Test func aMeetingNamedLikeTheManifestIsRefused() throws {
        let result = try export(model(meetingID: "manifest.json"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("'manifest.json' would be both a file and the folder of"), "\(result.stderr)")
    }

    /// A root with `in/m.yaml` (meeting `demo`), an output folder `out` and a folder `elsewhere`.
    private func layout(_ yaml: String? = nil) throws -> (root: TemporaryDirectory, input: URL, out: URL, elsewhere: URL) {
        let root = try TemporaryDirectory()
        let input = root.file("in"), out = root.file("out"), elsewhere = root.file("elsewhere")
        for folder in [input, out, elsewhere] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try (yaml ?? model(meetingID: "demo")).write(to: input.appendingPathComponent("m.yaml"), atomically: true, encoding: .utf8)
        return (root, input, out, elsewhere)
    }

    private func exportSVG(_ input: URL, _ out: URL) -> (status: Int32, stdout: [UInt8], stderr: String) {
        CommandRunner.parley(["export", input.path, "--out", out.path, "--formats", "svg"])
    }

    @Test func aMeetingFolderThatIsALinkIsRefusedAndNothingIsWrittenThroughIt() throws {
        let (root, input, out, elsewhere) = try layout()
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("demo").path, withDestinationPath: "../elsewhere")
        let result = exportSVG(input, out)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(out.path)/demo is a symbolic link; export never writes or deletes through links"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        _ = root
    }

    @Test func aFileThatIsALinkIsReplacedNeverWrittenThrough() throws {
        let (root, input, out, elsewhere) = try layout()
        #expect(exportSVG(input, out).status == 0)
        let secret = elsewhere.appendingPathComponent("secret")
        try Data("secret".utf8).write(to: secret)
        let planted = out.appendingPathComponent("demo/timeline.svg")
        try FileManager.default.removeItem(at: planted)
        try FileManager.default.createSymbolicLink(atPath: planted.path, withDestinationPath: secret.path)
        #expect(exportSVG(input, out).status == 0)
        #expect(try String(contentsOf: secret, encoding: .utf8) == "secret")
        var info = stat()
        #expect(lstat(planted.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
        #expect(try ExportFixtures.mismatches(in: out) == [])
        _ = root
    }

    @Test func staleRemovalNeverDeletesOutsideTheFolderOrThroughALink() throws {
        let (root, input, out, elsewhere) = try layout()
        #expect(exportSVG(input, out).status == 0)
        // Victims with the very bytes the doctored manifest records for them.
        let bytes = Array("victim".utf8)
        let sha = String(decoding: try ExternalTool.run("sha256sum", ["-"], input: bytes), as: UTF8.self).prefix(64)
        try Data(bytes).write(to: elsewhere.appendingPathComponent("victim.svg"))
        try Data(bytes).write(to: root.file("victim.svg"))
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("linked").path, withDestinationPath: elsewhere.path)
        let manifestURL = out.appendingPathComponent("manifest.json")
        var document = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any] ?? [:]
        var files = document["files"] as? [[String: Any]] ?? []
        for path in ["linked/victim.svg", "../victim.svg", "demo/../../victim.svg"] {
            files.append([
                "path": path, "source": "m.yaml", "meeting": "demo", "chart": "timeline", "format": "svg", "width": 1, "height": 1,
                "bytes": bytes.count, "sha256": String(sha),
            ])
        }
        document["files"] = files
        try JSONSerialization.data(withJSONObject: document).write(to: manifestURL)
        #expect(exportSVG(input, out).status == 0)
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("victim.svg").path))
        #expect(FileManager.default.fileExists(atPath: root.file("victim.svg").path))
        #expect(try ExportFixtures.mismatches(in: out) == [])
    }

    @Test func aModelFileNamedWithANewlineOrATabIsTheFileExported() throws {
        let (root, input, out, _) = try layout()
        let odd = input.appendingPathComponent("two\nlines\tand tab.yaml")
        try model(meetingID: "odd").write(to: odd, atomically: true, encoding: .utf8)
        // What the old line protocol would have read instead: the part before the newline.
        try model(meetingID: "wrong").write(to: input.appendingPathComponent("two"), atomically: true, encoding: .utf8)
        let result = CommandRunner.parley(["export", input.path, "--out", out.path, "--formats", "svg", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try ExportFixtures.manifest(out.appendingPathComponent("manifest.json"))
        #expect(Set(entries.compactMap { $0["meeting"] as? String }) == ["demo", "odd"])
        #expect(entries.contains { $0["source"] as? String == odd.path })
        _ = root
    }

    @Test func anExportIntoItsInputFolderDoesNotReadItsManifestAsAModel() throws {
        let (root, input, _, _) = try layout()
        for run in 0..<2 {
            let result = exportSVG(input, input)
            #expect(result.status == 0, "run \(run): \(result.stderr)")
            #expect(result.stderr.contains("exported 1 of 1 model"), "\(result.stderr)")
        }
        let named = CommandRunner.parley(["export", input.appendingPathComponent("manifest.json").path, "--out", input.path])
        #expect(named.status == 0 && named.stderr.contains("exported 0 of 0 models"), "\(named.stderr)")
        _ = root
    }
}
