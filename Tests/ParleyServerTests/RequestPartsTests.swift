import Foundation
import ParleyModel
import Testing

@testable import ParleyServer

/// The small pieces that read a request and write an answer, without a socket.
@Suite struct RequestPartsTests {
    @Test func queryParametersArePlusAndPercentDecoded() {
        let parameters = QueryString.parameters("font=DejaVu+Sans&title=false&lang=%D1%80%D1%83&flag&bad=%zz")
        #expect(parameters.map(\.name) == ["font", "title", "lang", "flag", "bad"])
        #expect(parameters.map(\.value) == ["DejaVu Sans", "false", "ру", "", "%zz"])
    }

    @Test func acceptChoosesTheFormatWithTheHighestQuality() {
        #expect(RenderInput.negotiated(nil) == .svg)
        #expect(RenderInput.negotiated("image/png") == .png)
        #expect(RenderInput.negotiated("image/png;q=0.5, application/pdf") == .pdf)
        #expect(RenderInput.negotiated("text/html, */*;q=0.8") == .svg)
        #expect(RenderInput.negotiated("image/png;q=0") == .svg)
        #expect(ReplyBody.wantsJSON("text/html,application/json;q=0.9"))
        #expect(!ReplyBody.wantsJSON("application/json;q=0"))
        #expect(!ReplyBody.wantsJSON("text/html,*/*"))
    }

    @Test func routesMatchSegmentBySegment() {
        #expect(ServerRoute.match(method: "GET", path: "/parley/svg/abc") == .route(.renderURL(format: .svg, encoded: "abc")))
        #expect(ServerRoute.match(method: "HEAD", path: "/parley/png/abc") == .route(.renderURL(format: .png, encoded: "abc")))
        #expect(ServerRoute.match(method: "POST", path: "/parley/pdf") == .route(.renderBody(format: .pdf)))
        #expect(ServerRoute.match(method: "POST", path: "/parley/pdf/") == .route(.renderBody(format: .pdf)))
        #expect(ServerRoute.match(method: "POST", path: "/parley") == .route(.renderBody(format: nil)))
        #expect(ServerRoute.match(method: "POST", path: "/") == .route(.krokiJSON))
        #expect(ServerRoute.match(method: "GET", path: "/health") == .route(.health))
        #expect(ServerRoute.match(method: "PATCH", path: "/") == .methodNotAllowed(allow: ["GET", "HEAD", "POST"]))
        for path in ["/parley/svg/..", "/parley/../health", "/parley/svg/%2e%2e/x", "//health", "/parley/svg/a/b"] {
            guard case .notFound = ServerRoute.match(method: "GET", path: path) else {
                Issue.record("\(path) matched a route")
                continue
            }
        }
    }

    @Test func warningHeadersAreVisibleASCIIAndBounded() {
        let warning = Diagnostic(
            .warning, at: SourceLocation(file: "model", line: 3, column: 7), "the flag of 'Россия' — 100% \r\nInjected: yes")
        let value = ReplyBody.headerValue(warning)
        #expect(value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
        #expect(value.hasPrefix("model:3:7: warning: the flag of '%D0%A0"))
        #expect(value.contains("100%25"))
        #expect(!value.contains("\r") && !value.contains("\n"))
        #expect(value.removingPercentEncoding?.contains("Россия") == true)
        let long = Diagnostic(.warning, at: nil, String(repeating: "é", count: 5000))
        #expect(ReplyBody.headerValue(long).utf8.count <= 1003)
    }

    @Test func optionsFromSeveralPlacesMergeOrConflict() throws {
        var sources = ChartOptionSources()
        sources.add(name: "theme", value: "print", place: "query parameter 'theme'", kind: .query)
        sources.add(name: "theme", value: "print", place: "header 'Kroki-Diagram-Options-Theme'", kind: .header)
        sources.add(name: "lang", value: "ru", place: "diagram_options.lang", kind: .json)
        let merged = try sources.merged()
        #expect(merged.map(\.name) == ["theme", "lang"])
        sources.add(name: "lang", value: "uk", place: "query parameter 'lang'", kind: .query)
        #expect(throws: ChartOptionConflict.self) { try sources.merged() }
    }

    @Test func theAccessLogKeepsNoModelAndWritesOneJSONObjectALine() throws {
        let encoded = String(repeating: "eNqrVkrOzy0oSi0uTk1RslIqS8wpTQUAVr0H3g", count: 20)
        let entry = AccessLog.Entry(
            time: Date(timeIntervalSince1970: 1_748_872_987.25), requestID: "00000000000000ab", method: "GET",
            path: "/parley/svg/\(encoded)", status: 200, bytes: 1234, milliseconds: 12.345, warnings: 1)
        let line = AccessLog.line(entry)
        #expect(!line.contains("\n"))
        #expect(!line.contains(String(encoded.prefix(40))))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["time"] as? String == "2025-06-02T14:03:07.250Z")
        #expect(object["path"] as? String == "/parley/svg/eNqrVkrOzy0o…(\(encoded.count) characters)")
        #expect(object["status"] as? Int == 200)
        #expect(object["bytes"] as? Int == 1234)
        #expect(object["ms"] as? Double == 12.3)
        #expect(object["id"] as? String == "00000000000000ab")
        #expect(object["method"] as? String == "GET")
    }
}
