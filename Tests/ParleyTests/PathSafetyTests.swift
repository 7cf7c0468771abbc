import Foundation
import ParleyTestSupport
import Testing

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
        let files = FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? []
        let outside = (try? FileManager.default.contentsOfDirectory(atPath: root.url.path))?.filter { $0 != "in" && $0 != "out" } ?? []
        return (result.status, result.stderr, files, outside)
    }

    @Test(arguments: ["../escape", "/etc/passwd", "a/../../b", "nul\u{0}x", "..", "round 1", "x/y"])
    func idsThatAreNotSafeSlugsAreRejectedWithTheirLocation(_ id: String) throws {
        let quoted = "\"" + id.replacingOccurrences(of: "\u{0}", with: "\\0") + "\""
        let result = try export(model(meetingID: quoted))
        #expect(result.status == 1)
        #expect(result.stderr.contains("m.yaml:2:5: error:"), "\(result.stderr)")
        #expect(result.stderr.contains("is not a valid id for the meeting") || result.stderr.contains("contains a control character"))
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
}
