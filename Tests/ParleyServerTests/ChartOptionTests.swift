import Foundation
import ParleyServer
import ParleyTestSupport
import Testing

/// Chart options come as query parameters, `Kroki-Diagram-Options-*` headers or
/// `diagram_options`, and are checked by `parley render`'s own option groups.
@Suite struct ChartOptionTests {
    /// The body of Kroki's JSON form for the small model with `options` (JSON object text).
    static func form(options: String) -> [UInt8] {
        let source = String(decoding: ServerFixtures.small, as: UTF8.self)
            .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        return Array("{\"diagram_source\": \"\(source)\", \"diagram_options\": \(options)}".utf8)
    }

    @Test func theThreeWaysOfGivingAnOptionDrawTheSameChart() async throws {
        try await TestServer.with { server in
            let byQuery = try await server.client.send(
                "POST", "/parley/png?chart=seating&theme=print&scale=1.5", body: ServerFixtures.small)
            let byHeaders = try await server.client.send(
                "POST", "/parley/png",
                headers: [
                    ("Kroki-Diagram-Options-Chart", "seating"), ("kroki-diagram-options-theme", "print"),
                    ("KROKI-DIAGRAM-OPTIONS-SCALE", "1.5"),
                ], body: ServerFixtures.small)
            let byJSON = try await server.client.send(
                "POST", "/parley/png", headers: [("Content-Type", "application/json")],
                body: Self.form(options: "{\"chart\": \"seating\", \"theme\": \"print\", \"scale\": 1.5}"))
            let mixed = try await server.client.send(
                "POST", "/parley/png?chart=seating&theme=print",
                headers: [("Kroki-Diagram-Options-Theme", "print"), ("Content-Type", "application/json; charset=utf-8")],
                body: Self.form(options: "{\"scale\": \"1.5\"}"))
            #expect(byQuery.status == 200, "\(byQuery.text)")
            #expect(byHeaders.body == byQuery.body)
            #expect(byJSON.body == byQuery.body)
            #expect(mixed.body == byQuery.body, "\(mixed.text)")
            let plain = try await server.client.send(
                "POST", "/parley/png", body: ServerFixtures.small)
            #expect(plain.body != byQuery.body, "the options changed nothing")
        }
    }

    @Test func oneOptionGivenTwoWaysWithDifferentValuesIsRefusedNamingBoth() async throws {
        try await TestServer.with { server in
            let reply = try await server.client.send(
                "POST", "/parley/svg?theme=dark", headers: [("Kroki-Diagram-Options-Theme", "print")], body: ServerFixtures.small)
            #expect(reply.status == 400)
            #expect(reply.text.contains("option 'theme' is given twice with different values"), "\(reply.text)")
            #expect(reply.text.contains("'dark' as query parameter 'theme'"))
            #expect(reply.text.contains("'print' as header 'Kroki-Diagram-Options-Theme'"))
            let json = try await server.client.send(
                "POST", "/parley/svg?lang=en", headers: [("Content-Type", "application/json")],
                body: Self.form(options: "{\"lang\": \"ru\"}"))
            #expect(json.status == 400)
            #expect(json.text.contains("'en' as query parameter 'lang' and 'ru' as diagram_options.lang"), "\(json.text)")
            // The same value twice is one option.
            let same = try await server.client.send(
                "POST", "/parley/svg?theme=print", headers: [("Kroki-Diagram-Options-Theme", "print")], body: ServerFixtures.small)
            #expect(same.status == 200, "\(same.text)")
        }
    }

    @Test func aBadValueIsRefusedWithTheSentenceParleyRenderSays() async throws {
        let folder = try TemporaryDirectory()
        let model = try folder.write(ServerFixtures.small, to: "m.yaml").path
        try await TestServer.with { server in
            for (name, value) in [("theme", "nope"), ("scale", "abc"), ("chart", "piechart"), ("width", "-3")] {
                let cli = CommandRunner.parley(["render", model, "--output", folder.file("o.svg").path, "--\(name)=\(value)"])
                #expect(cli.status != 0)
                let said = cli.stderr.split(separator: "\n").first.map { String($0) } ?? ""
                let sentence =
                    said.hasPrefix("Error: ") ? String(said.dropFirst(7)) : said.hasPrefix("error: ") ? String(said.dropFirst(7)) : said
                let reply = try await server.client.send(
                    "GET", ServerFixtures.getPath(ServerFixtures.small, format: "svg", query: "\(name)=\(value)"))
                #expect(reply.status == 400, "\(name)=\(value)")
                #expect(!sentence.isEmpty && reply.text.contains(sentence), "server: \(reply.text)\nparley render: \(cli.stderr)")
            }
        }
    }

    @Test func unknownOptionsAndOptionsThatNameFilesAreRefused() async throws {
        try await TestServer.with { server in
            let unknown = try await server.client.send("POST", "/parley/svg?themes=print", body: ServerFixtures.small)
            #expect(unknown.status == 400)
            #expect(unknown.text.contains("unknown option 'themes' (did you mean 'theme'?)"), "\(unknown.text)")
            for name in ["output", "allow-external-images", "model"] {
                let reply = try await server.client.send("POST", "/parley/svg?\(name)=x", body: ServerFixtures.small)
                #expect(reply.status == 400, "\(name)")
                #expect(reply.text.contains("unknown option '\(name)'"))
            }
        }
    }
}
