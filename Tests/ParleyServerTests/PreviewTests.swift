import Foundation
import ParleyServer
import ParleyTestSupport
import Testing

/// The model with its first quoted round end (`end: "~15:20"`) moved by `minutes` (1–9) within
/// its hour, and the time as the charts print it.
func movingFirstEnd(of text: String, by minutes: Int) -> (text: String, shown: String)? {
    guard let match = text.firstMatch(of: /end: "(~?)(\d\d):(\d\d)"/), let minute = Int(match.3) else { return nil }
    let moved = minute < 50 ? minute + minutes : minute - minutes
    let time = "\(match.2):\(moved < 10 ? "0" : "")\(moved)"
    return (text.replacingCharacters(in: match.range, with: "end: \"\(match.1)\(time)\""), time)
}

@Suite struct PreviewTests {
    @Test func aBadSaveShowsFileLineColumnAndKeepsTheLastPicturesUntilFixed() async throws {
        let preview = try await PreviewHarness(sample: RepositoryPaths.sample("istanbul-2025"))
        defer { Task { await preview.stop() } }
        let stream = try await preview.events()
        let good = try await preview.state(after: 0, on: stream)
        let original = preview.text
        let before = try await preview.picture("round-2/timeline", generation: good.generation)

        try preview.save(original.replacingOccurrences(of: "end: \"~15:20\"", with: "end: [unclosed"))
        let broken = try await preview.state(after: good.generation, on: stream)
        #expect(!broken.ok)
        let line = try #require(original.components(separatedBy: "\n").firstIndex { $0.contains("end: \"~15:20\"") }) + 1
        // libyaml places a syntax error where it notices it, which may be the line after.
        let problems = broken.problems
        let located = problems.filter { $0.wholeMatch(of: /.+:\d+:\d+: error: .+/) != nil && $0.hasPrefix(preview.model + ":") }
        #expect(!located.isEmpty, "\(problems)")
        #expect(broken.charts.allSatisfy { $0.stale })
        #expect(broken.charts.map(\.key) == good.charts.map(\.key))
        // The last good picture is still there for a page that opens now.
        let stale = try await preview.picture("round-2/timeline", generation: broken.generation)
        #expect(stale.status == 200 && stale.body == before.body)

        // A model that reads but has a time out of its day: the checks place it exactly.
        let position = "\(preview.model):\(line):"
        try preview.save(original.replacingOccurrences(of: "end: \"~15:20\"", with: "end: \"~25:20\""))
        let invalid = try await preview.state(after: broken.generation, on: stream)
        let invalidProblems = invalid.problems
        #expect(invalidProblems.contains { $0.hasPrefix(position) }, "\(invalidProblems)")

        // By rename: an in-place save of the same size within one kernel timestamp tick (~4 ms)
        // leaves mtime, size and inode unchanged, which stat polling cannot see (see docs/preview.md).
        try preview.save(original)
        let fixed = try await preview.state(after: invalid.generation, on: stream)
        #expect(fixed.ok && fixed.problems.isEmpty)
        #expect(!fixed.charts.contains { $0.stale })
        #expect(try await preview.picture("round-2/timeline", generation: fixed.generation).body == before.body)
    }

    @Test func savingAFlagPictureRedrawsTheSeating() async throws {
        let preview = try await PreviewHarness(sample: RepositoryPaths.sample("istanbul-2025"))
        defer { Task { await preview.stop() } }
        let stream = try await preview.events()
        let first = try await preview.state(after: 0, on: stream)
        let before = try await preview.picture("round-2/seating", generation: first.generation)
        let flag = preview.folder.file("flags/tr.svg").path
        let svg = try String(contentsOfFile: flag, encoding: .utf8)
        let recoloured = svg.replacingOccurrences(of: "#E30A17", with: "#0A8F2E", options: .caseInsensitive)
        try #require(recoloured != svg, "the Turkish flag has no #E30A17 to recolour")
        try saveAsEditor(recoloured, to: flag, byRename: true)
        let next = try await preview.state(after: first.generation, on: stream)
        #expect(next.ok)
        let after = try await preview.picture("round-2/seating", generation: next.generation)
        #expect(after.status == 200 && after.body != before.body, "the seating did not change with its flag")
    }

    @Test func thePageListensToTheEventStreamAndIsWellFormed() async throws {
        let preview = try await PreviewHarness(sample: RepositoryPaths.sample("riyadh-2025"))
        defer { Task { await preview.stop() } }
        let page = try await preview.get("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        let html = page.text
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(html.contains("new EventSource('/events')"))
        #expect(html.contains("'/svg?'"))
        #expect(html.contains("<title>parley preview: \(preview.model)</title>"))
        for tag in ["html", "head", "body", "header", "main", "script", "style", "title", "select", "nav", "pre"] {
            let opened = html.matches(of: try Regex("<\(tag)[\\s>]")).count
            #expect(opened > 0 && opened == html.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)> opened and closed unevenly")
        }
        let events = try await preview.events()
        #expect(events.status == 200)
        #expect(events.headers["content-type"] == "text/event-stream; charset=utf-8")
        #expect(events.headers["transfer-encoding"] == "chunked")
    }

    @Test func thePageSwitchesThemeAndLanguageAndRefusesUnknownOnes() async throws {
        let preview = try await PreviewHarness(sample: RepositoryPaths.sample("istanbul-2025"))
        defer { Task { await preview.stop() } }
        let stream = try await preview.events()
        let state = try await preview.state(after: 0, on: stream)
        let light = try await preview.picture("overview", generation: state.generation)
        let dark = try await preview.get("/svg?key=overview&theme=dark")
        let russian = try await preview.get("/svg?key=overview&lang=ru")
        #expect(dark.status == 200 && dark.body != light.body)
        #expect(russian.status == 200 && russian.text.contains("xml:lang=\"ru\""))
        #expect(try await preview.get("/svg?key=overview&theme=blue").text.contains("unknown theme 'blue'"))
        let unknownLanguage = try await preview.get("/svg?key=overview&lang=xx")
        #expect(unknownLanguage.status == 400 && unknownLanguage.text.contains("xx"))
        #expect(try await preview.get("/svg?key=nope").status == 404)
    }

}
