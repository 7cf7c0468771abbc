import Foundation
import Parley
import ParleyServer
import ParleyTestSupport
import Testing

/// Every route of the server over real HTTP: what each answers, with which status and type.
@Suite struct RouteTests {
    @Test func postWithTheModelAsTheBodyAnswersEachFormatInItsType() async throws {
        try await TestServer.with { server in
            for (format, type, signature) in [
                ("svg", "image/svg+xml", Array("<svg".utf8)), ("png", "image/png", [0x89] + Array("PNG".utf8)),
                ("pdf", "application/pdf", Array("%PDF".utf8)), ("json", "application/json", Array("{".utf8)),
            ] {
                let reply = try await server.client.send(
                    "POST", "/parley/\(format)", headers: [("Content-Type", "text/plain")], body: ServerFixtures.small)
                #expect(reply.status == 200, "\(format): \(reply.text)")
                #expect(reply.header("content-type") == type)
                #expect(Array(reply.body.prefix(signature.count)) == signature, "\(format)")
                #expect(reply.header("x-request-id")?.count == 16)
            }
        }
    }

    @Test func krokiJSONFormWorksOnTheFormatPathAndOnTheRoot() async throws {
        try await TestServer.with { server in
            let source = String(decoding: ServerFixtures.small, as: UTF8.self)
            func json(_ members: [(String, String)]) -> [UInt8] {
                Array(("{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}").utf8)
            }
            let quoted = "\"" + source.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
            let onPath = try await server.client.send(
                "POST", "/parley/png", headers: [("Content-Type", "application/json")],
                body: json([("diagram_source", quoted), ("diagram_options", "{\"chart\": \"seating\", \"scale\": 1}")]))
            #expect(onPath.status == 200, "\(onPath.text)")
            #expect(onPath.header("content-type") == "image/png")
            let onRoot = try await server.client.send(
                "POST", "/", headers: [("Content-Type", "application/json")],
                body: json([
                    ("diagram_source", quoted), ("diagram_type", "\"parley\""), ("output_format", "\"png\""),
                    ("diagram_options", "{\"chart\": \"seating\", \"scale\": 1}"),
                ]))
            #expect(onRoot.status == 200, "\(onRoot.text)")
            #expect(onRoot.body == onPath.body)
            let otherType = try await server.client.send(
                "POST", "/", headers: [("Content-Type", "application/json")],
                body: json([("diagram_source", "\"digraph{}\""), ("diagram_type", "\"graphviz\""), ("output_format", "\"svg\"")]))
            #expect(otherType.status == 404)
            #expect(otherType.text.contains("unknown diagram type 'graphviz'"))
            let noType = try await server.client.send("POST", "/", body: json([("diagram_source", quoted)]))
            #expect(noType.status == 400)
            #expect(noType.text.contains("diagram_type"))
            let clash = try await server.client.send(
                "POST", "/parley/svg", headers: [("Content-Type", "application/json")],
                body: json([("diagram_source", quoted), ("output_format", "\"png\"")]))
            #expect(clash.status == 400)
            #expect(clash.text.contains("the path asks for svg and output_format for png"))
        }
    }

    @Test func aModelWrittenInJSONIsTakenAsItIsWithJSONsContentType() async throws {
        let model = #"""
            {"parley": 1, "id": "demo", "timezone": "Europe/Moscow",
             "parties": [{"id": "ru", "name": "Russia"}, {"id": "ua", "name": "Ukraine"}],
             "rounds": [{"id": "r1", "date": "2025-06-02", "start": "14:43", "end": "15:57"}]}
            """#
        try await TestServer.with { server in
            let reply = try await server.client.send(
                "POST", "/parley/svg", headers: [("Content-Type", "application/json")], body: Array(model.utf8))
            #expect(reply.status == 200, "\(reply.text)")
            #expect(reply.text.contains("<svg"))
        }
    }

    @Test func postWithoutAFormatTakesItFromAccept() async throws {
        try await TestServer.with { server in
            let png = try await server.client.send(
                "POST", "/parley", headers: [("Accept", "image/png")], body: ServerFixtures.small)
            #expect(png.status == 200)
            #expect(png.header("content-type") == "image/png")
            let any = try await server.client.send("POST", "/parley", headers: [("Accept", "*/*")], body: ServerFixtures.small)
            #expect(any.header("content-type") == "image/svg+xml")
        }
    }

    @Test func getDecodesKrokisURLAndHeadAnswersTheSameHeadersWithoutABody() async throws {
        try await TestServer.with { server in
            let path = ServerFixtures.getPath(ServerFixtures.small, format: "svg", query: "chart=seating")
            let get = try await server.client.send("GET", path)
            #expect(get.status == 200, "\(get.text)")
            #expect(get.text.contains("<svg"))
            let head = try await server.client.send("HEAD", path)
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("etag") == get.header("etag"))
            #expect(head.header("content-length") == "\(get.body.count)")
        }
    }

    @Test func unknownTypesFormatsAndPathsAre404AndWrongMethods405() async throws {
        try await TestServer.with { server in
            let cases: [(String, String, Int, String)] = [
                ("GET", "/plantuml/svg/SyfFKj2rKt3CoKnELR1Io4ZDoSa70000", 404, "unknown diagram type 'plantuml'"),
                ("POST", "/graphviz/svg", 404, "unknown diagram type 'graphviz'"),
                ("GET", "/parley/gif/eNpLyUwvSizIUHBXqPZIzcnJ17ULzy_KSanlAgB1EAjQ", 404, "unknown output format 'gif'"),
                ("GET", "/parley/svg/../../etc/passwd", 404, "no such path"),
                ("GET", "/parley/svg/./x", 404, "no such path"),
                ("GET", "/parley//svg", 404, "no such path"),
                ("GET", "/parley/svg/a/b", 404, "no such path"),
                ("GET", "/nothing", 404, "unknown diagram type 'nothing'"),
                ("GET", "/parley/svg", 405, "this path takes POST"),
                ("DELETE", "/parley/svg", 405, "this path takes POST"),
                ("POST", "/parley/svg/eNpLyUwvSizIUHBXqPZIzcnJ17ULzy_KSanlAgB1EAjQ", 405, "this path takes GET, HEAD"),
                ("PUT", "/health", 405, "this path takes GET, HEAD"),
            ]
            for (method, path, status, words) in cases {
                let reply = try await server.client.send(method, path)
                #expect(reply.status == status, "\(method) \(path): \(reply.text)")
                #expect(reply.text.contains(words), "\(method) \(path): \(reply.text)")
                #expect(reply.header("content-type") == "text/plain; charset=utf-8")
                #expect(reply.header("cache-control") == "no-store")
                if status == 405 { #expect(reply.header("allow") != nil) }
            }
        }
    }

    @Test func healthSaysTheStateAsJSON() async throws {
        try await TestServer.with({
            $0.workers = 3; $0.queueLimit = 7
        }) { server in
            let reply = try await server.client.send("GET", "/health")
            #expect(reply.status == 200)
            #expect(reply.header("content-type") == "application/json")
            #expect(reply.header("cache-control") == "no-store")
            let json = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any]
            #expect(json?["status"] as? String == "ok")
            #expect(json?["version"] as? String == Parley.version)
            #expect(json?["workers"] as? Int == 3)
            #expect((json?["queue"] as? [String: Any])?["limit"] as? Int == 7)
            let index = try await server.client.send("GET", "/")
            #expect(index.status == 200)
            #expect(index.text.contains("GET  /parley/"))
        }
    }
}
