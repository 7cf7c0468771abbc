import Foundation
import ParleyJSON
import ParleyTestSupport
import Testing

/// The page in a real browser: headless Chromium, driven by scripts/preview-browser.py over
/// the DevTools protocol, loads the preview of the Istanbul sample, scrolls, and sees a save
/// swap the SVGs it changed in place (same document, same scroll), a bad save raise the banner over
/// dimmed pictures, and the fix clear it.
extension PreviewTimedTests {
    @Suite struct PreviewBrowserTests {
        @Test func aSaveUpdatesThePageInPlaceAndABadOneShowsWhereItIsWrong() async throws {
            let preview = try await PreviewHarness(sample: RepositoryPaths.sample("istanbul-2025"))
            defer { Task { await preview.stop() } }
            let shots = try TemporaryDirectory()
            let script = RepositoryPaths.root + "/scripts/preview-browser.py"
            let arguments = [
                script, "http://127.0.0.1:\(preview.port)/", preview.model, "end: \"~15:20\"", "end: \"~15:31\"", "15:31", shots.url.path,
            ]
            let output = try await offPool { try ExternalTool.run("python3", arguments) }
            let report = try JSONValue(parsing: output)
            #expect(report["sections"]?.intValue == 8)
            #expect(report["svgs"]?.intValue == 8)
            #expect(report["reloaded"]?.boolValue == false, "the page reloaded")
            #expect(report["scrollBefore"] == report["scrollAfter"] && report["scrollAfter"]?.intValue ?? 0 > 0)
            // The edit moves round 1's end: its charts and the meeting's are swapped, round 2's kept.
            let swapped = report["swapped"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let kept = report["kept"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(Set(["timeline", "overview", "round-1/timeline"]).isSubset(of: swapped), "swapped \(swapped)")
            #expect(kept.contains("round-2/timeline") && kept.contains("round-3/timeline"), "kept \(kept)")
            #expect(report["newTextShown"]?.boolValue == true)
            #expect(report["bannerHasPosition"]?.boolValue == true, "\(report["banner"] ?? .null)")
            #expect(report["staleSections"]?.intValue == 8)
            #expect(report["svgsWhileBroken"]?.intValue == 8, "the last good pictures went away")
            #expect(report["staleAfterFix"]?.intValue == 0)
            for name in ["before", "after", "error", "fixed"] {
                #expect(FileManager.default.fileExists(atPath: shots.file(name + ".png").path))
            }
            print("preview in Chromium: save → swapped SVGs \(report["browserLatencyMs"]?.doubleValue ?? -1) ms")
        }
    }
}
