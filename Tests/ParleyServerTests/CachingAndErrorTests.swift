import Foundation
import ParleyExport
import ParleyServer
import ParleyTestSupport
import Testing

/// Validators, caching rules and the two forms of errors.
@Suite struct CachingAndErrorTests {
    @Test func theETagIsTheSHA256OfTheBodyAndAGetIsCachedForAYear() async throws {
        try await TestServer.with { server in
            let path = ServerFixtures.getPath(ServerFixtures.small, format: "png")
            let first = try await server.client.send("GET", path)
            #expect(first.status == 200)
            #expect(first.header("etag") == "\"\(SHA256.hex(first.body))\"")
            #expect(first.header("cache-control") == "public, max-age=31536000, immutable")
            // A POST is answered with the same validator but is not marked cacheable.
            let post = try await server.client.send("POST", "/parley/png", body: ServerFixtures.small)
            #expect(post.header("etag") == first.header("etag"))
            #expect(post.header("cache-control") == nil)
        }
    }

    @Test func ifNoneMatchWithTheETagIs304WithoutABody() async throws {
        try await TestServer.with { server in
            let path = ServerFixtures.getPath(ServerFixtures.small, format: "svg")
            let first = try await server.client.send("GET", path)
            let tag = try #require(first.header("etag"))
            for given in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
                let again = try await server.client.send("GET", path, headers: [("If-None-Match", given)])
                #expect(again.status == 304, "\(given)")
                #expect(again.body.isEmpty)
                #expect(again.header("etag") == tag)
                #expect(again.header("cache-control") == "public, max-age=31536000, immutable")
            }
            let other = try await server.client.send("GET", path, headers: [("If-None-Match", "\"something-else\"")])
            #expect(other.status == 200)
            #expect(other.body == first.body)
        }
    }

    @Test func aBadModelIs400WithItsLineAndColumnAsTextOrAsJSON() async throws {
        let bad = Array(
            "parley: 1\nid: demo\ntimezone: Europe/Moscow\nparties:\n  - {id: ru, name: Russia, colour: red}\nrounds: []\n".utf8)
        try await TestServer.with { server in
            let text = try await server.client.send("POST", "/parley/svg", body: bad)
            #expect(text.status == 400)
            #expect(text.header("content-type") == "text/plain; charset=utf-8")
            #expect(text.header("cache-control") == "no-store")
            #expect(text.header("etag") == nil)
            #expect(text.text.contains("model:5:"), "\(text.text)")
            #expect(text.text.contains("error:"))
            let json = try await server.client.send("POST", "/parley/svg", headers: [("Accept", "application/json")], body: bad)
            #expect(json.status == 400)
            #expect(json.header("content-type") == "application/json")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any])
            #expect(document["status"] as? Int == 400)
            let errors = try #require(document["errors"] as? [[String: Any]])
            let first = try #require(errors.first)
            #expect(first["line"] as? Int == 5)
            #expect(first["column"] as? Int != nil)
            #expect(first["severity"] as? String == "error")
            #expect((first["message"] as? String)?.isEmpty == false)
            // The same problem, said the same way in both forms.
            let line = text.text.split(separator: "\n").first.map(String.init) ?? ""
            #expect(line.hasSuffix(first["message"] as? String ?? "?"), "\(line)")
            // A GET of the same bad model is not cached.
            let get = try await server.client.send("GET", ServerFixtures.getPath(bad, format: "svg"))
            #expect(get.status == 400)
            #expect(get.header("cache-control") == "no-store")
        }
    }

    @Test func problemsWithoutAPlaceHaveNullLinesInJSON() async throws {
        try await TestServer.with { server in
            let reply = try await server.client.send(
                "GET", ServerFixtures.getPath(ServerFixtures.small, format: "svg", query: "chart=nope"),
                headers: [("Accept", "text/html, application/json;q=0.9")])
            #expect(reply.status == 400)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any])
            let first = try #require((document["errors"] as? [[String: Any]])?.first)
            #expect(first["line"] is NSNull)
            #expect((first["message"] as? String)?.contains("nope") == true)
        }
    }
}
