import Foundation
import ParleyServer
import ParleyTestSupport
import Testing

/// The server draws what `parley render` draws: the same model and options give the same
/// bytes, every time.
@Suite struct RenderEquivalenceTests {
    @Test(arguments: [
        ("svg", ["--chart", "seating", "--svg-text", "native"], "chart=seating"),
        ("png", ["--chart", "seating", "--scale", "2"], "chart=seating&scale=2"),
        ("svg", ["--chart", "overview", "--theme", "print", "--svg-text", "native"], "chart=overview&theme=print"),
        ("png", ["--lang", "ru"], "lang=ru"),
    ])
    func aGetGivesTheBytesOfParleyRender(format: String, arguments: [String], query: String) async throws {
        let model = try ServerFixtures.sample("normandy-paris-2019")
        let folder = try TemporaryDirectory()
        let output = folder.file("chart.\(format)").path
        let cli = CommandRunner.parley(["render", RepositoryPaths.sample("normandy-paris-2019"), "--output", output] + arguments)
        #expect(cli.status == 0, "\(cli.stderr)")
        let rendered = Array(try Data(contentsOf: URL(fileURLWithPath: output)))
        try await TestServer.with { server in
            let path = ServerFixtures.getPath(model, format: format, query: query)
            let first = try await server.client.send("GET", path)
            let second = try await server.client.send("GET", path)
            #expect(first.status == 200, "\(first.text)")
            let same = first.body == rendered, repeated = second.body == first.body
            #expect(same, "\(format) \(query): the server's bytes differ from parley render's")
            #expect(repeated)
            #expect(second.header("etag") == first.header("etag"))
        }
    }

    @Test func theServersSVGHasRealTextByDefault() async throws {
        try await TestServer.with { server in
            let reply = try await server.client.send("POST", "/parley/svg?chart=seating", body: ServerFixtures.small)
            #expect(reply.text.contains("<text"))
            let outlined = try await server.client.send("POST", "/parley/svg?chart=seating&svg-text=outline", body: ServerFixtures.small)
            #expect(outlined.status == 200, "\(outlined.text)")
            #expect(!outlined.text.contains("<text"))
        }
    }
}
