import Foundation
import Logging
import Parley
import ParleyServer
import ParleyTestSupport

/// The server in this process on a free port, for one test: start it, talk HTTP to it
/// (`client`), stop it.
final class TestServer: Sendable {
    let port: Int
    let pool: RenderPool
    private let task: Task<Void, any Error>

    var client: RawHTTP { RawHTTP(port: port) }

    /// Starts a server with `configuration` (its port is ignored: a free one is taken) on `pool`
    /// (a new one from the configuration when nil).
    init(_ configure: (inout ServerConfiguration) -> Void = { _ in }, pool: RenderPool? = nil, accessLog: AccessLog? = nil) async throws {
        TestFonts.pin()
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.workers = 2
        configure(&configuration)
        let pool = pool ?? RenderPool(workers: configuration.workers, queueLimit: configuration.queueLimit)
        self.pool = pool
        let ready = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "parley-test")
        logger.logLevel = .critical
        let app = ServerApplication.make(configuration: configuration, logger: logger, pool: pool, accessLog: accessLog) { port in
            ready.continuation.yield(port)
        }
        task = Task { try await app.run() }
        var bound: Int?
        for await port in ready.stream {
            bound = port
            break
        }
        guard let bound else { throw RawHTTP.Failure(description: "the server did not start") }
        port = bound
    }

    /// Stops the server (gracefully) and its pool.
    func stop() async {
        task.cancel()
        _ = try? await task.value
        pool.stop()
    }

    /// Runs `body` with a fresh server and stops it afterwards, whatever happens.
    static func with<T>(
        _ configure: (inout ServerConfiguration) -> Void = { _ in }, pool: RenderPool? = nil, accessLog: AccessLog? = nil,
        _ body: (TestServer) async throws -> T
    ) async throws -> T {
        let server = try await TestServer(configure, pool: pool, accessLog: accessLog)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}

/// Models and URLs the server tests share.
enum ServerFixtures {
    /// A sample's bytes.
    static func sample(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.sample(name)))) }

    /// The path of a Kroki GET of `model` in `format`, with `query` after it.
    static func getPath(_ model: [UInt8], format: String, query: String = "") -> String {
        "/parley/\(format)/\(KrokiEncoding.encode(model))" + (query.isEmpty ? "" : "?\(query)")
    }

    /// A small valid model with stripes only: renders fast and reads no file.
    static let small = model(russianFlag: "[white, \"#0039A6\", \"#D52B1E\"]")

    /// The small model with Russia's `flag:` written as `russianFlag` (on line 5, column 52).
    static func model(russianFlag: String) -> [UInt8] {
        Array(
            """
            parley: 1
            id: demo
            timezone: Europe/Moscow
            parties:
              - {id: ru, name: Russia, color: "#D52B1E", flag: \(russianFlag)}
              - {id: ua, name: Ukraine, color: "#0057B7", flag: ["#0057B7", "#FFD700"]}
            rounds:
              - id: r1
                date: 2025-06-02
                start: "14:43"
                end: "15:57"
                table: {shape: u, head: [ru], left: [ru], right: [ua], flags: [ru, ua]}

            """.utf8)
    }
}
