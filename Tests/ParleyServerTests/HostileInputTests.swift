import Foundation
import ParleyServer
import ParleyTestSupport
import Testing

/// What a client on the network can send: broken URLs, bombs, huge bodies, models that name
/// files. Each is answered with a status and a sentence; nothing is read from disk.
@Suite struct HostileInputTests {
    @Test func urlsThatAreNotKrokisEncodingAre400() async throws {
        try await TestServer.with { server in
            let notBase64 = try await server.client.send("GET", "/parley/svg/abc%21def")
            #expect(notBase64.status == 400)
            #expect(notBase64.text.contains("base64url takes"), "\(notBase64.text)")
            let notZlib = try await server.client.send("GET", "/parley/svg/" + "aGVsbG8gd29ybGQ")
            #expect(notZlib.status == 400)
            #expect(notZlib.text.contains("not zlib-deflated"), "\(notZlib.text)")
            let truncated = String(KrokiEncoding.encode(ServerFixtures.small).dropLast(10))
            let cut = try await server.client.send("GET", "/parley/svg/" + truncated)
            #expect(cut.status == 400, "\(cut.text)")
        }
    }

    @Test func aZlibBombInAURLIs413WithoutInflatingItWhole() async throws {
        // 16 MiB of spaces deflate to some 20 KiB of URL (longer URLs pass the HTTP parser's
        // limit on a request head and are refused before the server sees them).
        let bomb = [UInt8](repeating: 0x20, count: 16 << 20)
        let encoded = KrokiEncoding.encode(bomb)
        #expect(encoded.utf8.count < 40_000)
        try await TestServer.with({ $0.maxBodyBytes = 256 << 10 }) { server in
            let reply = try await server.client.send("GET", "/parley/svg/" + encoded)
            #expect(reply.status == 413, "\(reply.text)")
            #expect(reply.text.contains("inflates past 262144 bytes"))
        }
    }

    @Test func aBodyPastTheLimitIs413ByItsLengthOrWhileItIsRead() async throws {
        try await TestServer.with({ $0.maxBodyBytes = 64 << 10 }) { server in
            let huge = [UInt8](repeating: UInt8(ascii: "#"), count: 200 << 10)
            let declared = try await server.client.send("POST", "/parley/svg", body: huge)
            #expect(declared.status == 413, "\(declared.text)")
            #expect(declared.header("cache-control") == "no-store")
            // Chunked, so no length says it in advance.
            var request = Array("POST /parley/svg HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            for _ in 0..<20 {
                request += Array("2800\r\n".utf8) + [UInt8](repeating: UInt8(ascii: "#"), count: 0x2800) + Array("\r\n".utf8)
            }
            request += Array("0\r\n\r\n".utf8)
            let chunked = try await server.client.exchange(request)
            #expect(chunked.status == 413, "\(chunked.text)")
            let fine = try await server.client.send("POST", "/parley/svg", body: ServerFixtures.small)
            #expect(fine.status == 200)
        }
    }

    @Test func flagsGivenAsPathsAreNotReadAndFallBackWithAWarningAtTheirPlace() async throws {
        let folder = try TemporaryDirectory()
        let real = try folder.write(
            Array(try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.samples + "/flags/tr.svg"))), to: "tr.svg")
        try await TestServer.with { server in
            var bodies: [[UInt8]] = []
            for path in [real.path, "flags/tr.svg", "../../../../etc/hostname.png", "/proc/self/environ.svg", "missing.svg"] {
                let model = ServerFixtures.model(russianFlag: "{image: \"\(path)\"}")
                let reply = try await server.client.send("GET", ServerFixtures.getPath(model, format: "png", query: "chart=seating"))
                #expect(reply.status == 200, "\(path): \(reply.text)")
                let warnings = reply.headers("parley-warning")
                #expect(warnings.count == 1, "\(path): \(warnings)")
                #expect(reply.header("parley-warning-count") == "1")
                let warning = warnings.first?.removingPercentEncoding ?? ""
                #expect(warning.hasPrefix("model:5:52: warning: the flag of party 'ru'"), "\(warning)")
                #expect(warning.contains("the render server reads no files; give the flag as a data: URI or as stripes"))
                bodies.append(reply.body)
            }
            // Whether the file exists or not, the picture is the same: nothing was looked up.
            #expect(Set(bodies).count == 1)
            let striped = try await server.client.send(
                "GET", ServerFixtures.getPath(ServerFixtures.small, format: "png", query: "chart=seating"))
            #expect(striped.body != bodies[0])
            #expect(striped.headers("parley-warning").isEmpty)
        }
    }

    @Test func theIstanbulSampleRendersItsSeatingWithTheTurkishFlagAsItsColour() async throws {
        let model = try ServerFixtures.sample("istanbul-2025")
        try await TestServer.with { server in
            let reply = try await server.client.send(
                "GET", ServerFixtures.getPath(model, format: "svg", query: "chart=seating&round=round-2"))
            #expect(reply.status == 200, "\(reply.text)")
            #expect(reply.text.contains("Medinsky"))
            let warnings = reply.headers("parley-warning").compactMap(\.removingPercentEncoding)
            #expect(
                warnings.contains { $0.hasPrefix("model:31:11: warning: the flag of party 'tr' ('flags/tr.svg') was not read") },
                "\(warnings)")
        }
    }

    @Test func flagsWrittenAsDataURIsAreDrawn() async throws {
        let svg = Array(try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.samples + "/flags/tr.svg")))
        let base64 = Data(svg).base64EncodedString()
        let percent = String(decoding: svg, as: UTF8.self).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        try await TestServer.with { server in
            let fallback = try await server.client.send(
                "GET",
                ServerFixtures.getPath(ServerFixtures.model(russianFlag: "{image: flags/x.svg}"), format: "png", query: "chart=seating"))
            var drawn: [[UInt8]] = []
            for uri in ["data:image/svg+xml;base64,\(base64)", "data:image/svg+xml,\(percent)"] {
                let model = ServerFixtures.model(russianFlag: "{image: \"\(uri)\"}")
                let reply = try await server.client.send("GET", ServerFixtures.getPath(model, format: "png", query: "chart=seating"))
                #expect(reply.status == 200, "\(reply.text)")
                #expect(reply.headers("parley-warning").isEmpty, "\(reply.headers("parley-warning"))")
                #expect(reply.body != fallback.body)
                drawn.append(reply.body)
            }
            #expect(drawn[0] == drawn[1])
            let broken = ServerFixtures.model(russianFlag: "{image: \"data:image/png;base64,@@@@\"}")
            let reply = try await server.client.send("POST", "/parley/png?chart=seating", body: broken)
            #expect(reply.status == 400)
            #expect(reply.text.contains("model:5:52: error: the flag of party 'ru'"), "\(reply.text)")
            #expect(reply.text.contains("base64 cannot be read"))
        }
    }

    @Test func deeplyNestedModelsAreRefusedNotCrashedOn() async throws {
        let nested = Array(
            ("parley: 1\nid: x\nnotes: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n").utf8)
        try await TestServer.with { server in
            let reply = try await server.client.send("POST", "/parley/svg", body: nested)
            #expect(reply.status == 400, "\(reply.text)")
            let still = try await server.client.send("GET", "/health")
            #expect(still.status == 200)
        }
    }
}
