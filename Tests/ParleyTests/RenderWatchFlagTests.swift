import Foundation
import ParleyTestSupport
import Testing

/// `render --watch` redraws when a flag picture the model uses is saved, not only the model
/// (the watcher it shares with `parley preview`).
@Suite struct RenderWatchFlagTests {
    @Test func savingAFlagPictureRendersAgain() throws {
        let folder = try TemporaryDirectory()
        let model = folder.file("m.yaml"), output = folder.file("seating.svg")
        try FileManager.default.copyItem(atPath: RepositoryPaths.sample("istanbul-2025"), toPath: model.path)
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: folder.file("flags").path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.parleyExecutable)
        process.arguments = ["render", model.path, "--chart", "seating", "--round", "round-2", "--watch", "-o", output.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["FONTCONFIG_FILE": TestFonts.configurationPath]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            var waited = 0
            while process.isRunning, waited < 50 { usleep(100_000); waited += 1 }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        func rendered(otherThan previous: Data?) -> Data? {
            for _ in 0..<100 {  // at most 10 s
                if let data = FileManager.default.contents(atPath: output.path), data != previous, !data.isEmpty { return data }
                usleep(100_000)
            }
            return nil
        }
        let first = try #require(rendered(otherThan: nil))
        // The seating draws the Turkish flag from flags/tr.svg: recoloured, the picture changes.
        let flag = folder.file("flags/tr.svg")
        let svg = try String(contentsOf: flag, encoding: .utf8)
        let recoloured = svg.replacingOccurrences(of: "#E30A17", with: "#0A8F2E", options: .caseInsensitive)
        try #require(recoloured != svg)
        try recoloured.write(to: flag, atomically: true, encoding: .utf8)
        #expect(rendered(otherThan: first) != nil, "render --watch did not draw the seating again after its flag changed")
    }
}
