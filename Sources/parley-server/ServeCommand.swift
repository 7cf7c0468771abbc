import ArgumentParser
import Foundation
import Logging
import ParleyServer

/// `parley serve`: the render service with Kroki's API (docs/server.md).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve charts over HTTP with Kroki's API (see docs/server.md).",
        discussion: """
            Prints "parley serve: listening on http://HOST:PORT" once it listens. SIGTERM or SIGINT stops it: \
            requests under way finish first. Every request is logged as one JSON line on standard error \
            (or --access-log FILE).
            """)

    @Option(help: "The address to listen on; 0.0.0.0 exposes the server to the network.")
    var host = "127.0.0.1"

    @Option(help: "The port; 0 picks a free one (printed once the server listens).")
    var port = 8000

    @Option(help: "Threads that render, each with its own fonts (default: one per core).")
    var workers = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Requests that may wait for a render thread; more are answered 503 at once.")
    var queue = 64

    @Option(
        name: .customLong("max-body"),
        help: "The largest body, and the largest model a GET URL may inflate to, in bytes (k and M suffixes).")
    var maxBody = "1M"

    @Option(name: .customLong("render-timeout"), help: "Seconds a render may take, waiting included, before the answer is 503.")
    var renderTimeout = 10.0

    @Option(name: .customLong("access-log"), help: "Append the access log (JSON lines) to this file instead of standard error.")
    var accessLog: String?

    func validate() throws {
        guard (1...256).contains(workers) else { throw ValidationError("--workers takes 1 to 256 threads, not \(workers)") }
        guard (0...100_000).contains(queue) else { throw ValidationError("--queue takes 0 to 100000 waiting requests, not \(queue)") }
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535, not \(port)") }
        guard renderTimeout > 0, renderTimeout <= 3600 else {
            throw ValidationError("--render-timeout takes seconds above 0 and at most 3600, not \(renderTimeout)")
        }
        _ = try maxBodyBytes()
    }

    /// `--max-body` in bytes: a whole number, or one with `k` (KiB) or `M` (MiB).
    func maxBodyBytes() throws -> Int {
        let text = maxBody.trimmingCharacters(in: .whitespaces)
        let multiplier = text.hasSuffix("k") || text.hasSuffix("K") ? 1 << 10 : text.hasSuffix("M") || text.hasSuffix("m") ? 1 << 20 : 1
        let digits = multiplier == 1 ? text : String(text.dropLast())
        guard let value = Int(digits), value > 0, value <= (64 << 20) / multiplier else {
            throw ValidationError("--max-body takes bytes from 1 to 64M, such as 1048576, 512k or 2M; not '\(maxBody)'")
        }
        return value * multiplier
    }

    func run() async throws {
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.workers = workers
        configuration.queueLimit = queue
        configuration.maxBodyBytes = try maxBodyBytes()
        configuration.renderBudget = .milliseconds(Int64((renderTimeout * 1000).rounded()))
        let log: AccessLog
        do {
            log = try accessLog.map(AccessLog.file) ?? AccessLog.standardError()
        } catch {
            throw ValidationError("\(error)")
        }
        var logger = Logger(label: "parley")
        logger.logLevel = .warning
        let host = self.host
        try await ServerApplication.run(configuration: configuration, logger: logger, accessLog: log) { port in
            // Once, when bound; flushed at once, as scripts and tests wait for this line.
            let shownHost = host.contains(":") ? "[\(host)]" : host
            FileHandle.standardOutput.write(Data("parley serve: listening on http://\(shownHost):\(port)\n".utf8))
        }
    }
}
