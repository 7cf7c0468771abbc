import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Parley

/// The render server: Kroki's routes (`ServerResponder`) over a `RenderPool`.
public enum ServerApplication {
    /// Builds the application on `pool` (a new one of `configuration.workers` threads when
    /// nil); `onRunning` hears the bound port once the server listens. Requests are logged to
    /// `accessLog` when there is one.
    public static func make(
        configuration: ServerConfiguration, logger: Logger, pool: RenderPool? = nil, accessLog: AccessLog? = nil,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let pool = pool ?? RenderPool(workers: configuration.workers, queueLimit: configuration.queueLimit)
        let service = RenderService(pool: pool, configuration: configuration)
        let idle = configuration.idleTimeout.components
        return Application(
            responder: ServerResponder(service: service, accessLog: accessLog),
            server: .http1(
                configuration: .init(idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "parley/\(Parley.version)"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) }, logger: logger)
    }

    /// Runs the server until SIGTERM or SIGINT, then stops taking connections, lets the
    /// requests under way finish, stops the pool and returns (Hummingbird's ServiceGroup).
    public static func run(
        configuration: ServerConfiguration, logger: Logger, accessLog: AccessLog?, onRunning: @escaping @Sendable (Int) async -> Void
    ) async throws {
        let pool = RenderPool(workers: configuration.workers, queueLimit: configuration.queueLimit)
        let app = make(configuration: configuration, logger: logger, pool: pool, accessLog: accessLog, onRunning: onRunning)
        defer { pool.stop() }
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
