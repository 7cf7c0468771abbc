import Foundation
import ParleyServer
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built `parley-server serve` as a user starts it: the line it prints once bound, its
/// access log, and a graceful stop on SIGTERM that lets a request under way finish.
@Suite struct ServeCommandTests {
    /// A running `parley-server serve --port 0 …` and the port it printed.
    final class RunningServer {
        let process = Process()
        let port: Int
        let output = Pipe()
        let errors = Pipe()

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: RepositoryPaths.root + "/.build/debug/parley-server")
            process.arguments = ["serve", "--port", "0"] + arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["FONTCONFIG_FILE": TestFonts.configurationPath]) { $1 }
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            var printed = ""
            while !printed.contains("\n") {
                let data = output.fileHandleForReading.availableData
                guard !data.isEmpty else { break }
                printed += String(decoding: data, as: UTF8.self)
            }
            let prefix = "parley serve: listening on http://127.0.0.1:"
            guard printed.hasPrefix(prefix), let port = Int(printed.dropFirst(prefix.count).prefix { $0.isNumber }) else {
                process.terminate()
                throw RawHTTP.Failure(description: "parley-server printed '\(printed)'")
            }
            self.port = port
        }

        /// Waits for the process to end and returns its exit status.
        func wait() -> Int32 {
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test func sigtermLetsTheRequestUnderWayFinishAndExitsZero() async throws {
        let folder = try TemporaryDirectory()
        let log = folder.file("access.log").path
        let server = try RunningServer(["--workers", "1", "--access-log", log])
        let model = ServerFixtures.small
        let head = Array(
            "POST /parley/svg HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: \(model.count)\r\n\r\n".utf8)
        let pid = server.process.processIdentifier
        // Half the body, then SIGTERM while the server waits for the rest, then the rest.
        let reply = try await RawHTTP(port: server.port).exchange(
            head + model.prefix(model.count / 2), pieces: [Array(model.dropFirst(model.count / 2))], pause: .milliseconds(500),
            beforeRest: { kill(pid, SIGTERM) })
        #expect(reply.status == 200, "\(reply.text)")
        #expect(reply.text.contains("<svg"))
        #expect(server.wait() == 0)
        // Stopped: nothing listens any more.
        await #expect(throws: RawHTTP.Failure.self) { try await RawHTTP(port: server.port).send("GET", "/health") }
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(entry["status"] as? Int == 200)
        #expect(entry["path"] as? String == "/parley/svg")
        #expect(entry["method"] as? String == "POST")
        #expect(entry["bytes"] as? Int == reply.body.count)
        #expect((entry["ms"] as? Double ?? -1) >= 0)
        #expect(entry["id"] as? String == reply.header("x-request-id"))
        #expect(!lines[0].contains("Russia"))
    }

    @Test func theAccessLogGoesToStandardErrorByDefaultAndOptionsAreChecked() async throws {
        let server = try RunningServer(["--workers", "1", "--max-body", "2k"])
        let big = try await RawHTTP(port: server.port).send("POST", "/parley/svg", body: [UInt8](repeating: 0x41, count: 4096))
        #expect(big.status == 413)
        let path = ServerFixtures.getPath(ServerFixtures.small, format: "svg")
        let get = try await RawHTTP(port: server.port).send("GET", path)
        #expect(get.status == 200)
        server.process.interrupt()
        #expect(server.wait() == 0)
        let logged = String(decoding: server.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let lines = logged.split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(lines.count == 2, "\(logged)")
        #expect(lines.first?.contains("\"status\":413") == true)
        // The encoded model is shortened in the log.
        #expect(lines.last.map { !$0.contains(String(path.dropFirst(12).prefix(30))) } == true)

        let bad = ExternalTool.capture(RepositoryPaths.root + "/.build/debug/parley-server", ["serve", "--max-body", "lots"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--max-body takes bytes"), "\(bad.stderr)")
    }

    @Test func parleyServeHandsOverToTheServer() throws {
        let help = CommandRunner.parley(["serve", "--help"])
        #expect(help.status == 0)
        let text = String(decoding: help.stdout, as: UTF8.self)
        for option in ["--host", "--port", "--workers", "--queue", "--max-body", "--render-timeout", "--access-log"] {
            #expect(text.contains(option), "\(option)")
        }
    }
}
