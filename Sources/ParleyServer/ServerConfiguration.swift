import Foundation

/// Where and how the server listens and what it allows a request.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless told otherwise, so nothing is exposed by accident.
    public var host = "127.0.0.1"
    /// The port; 0 takes a free one (printed when the server is up).
    public var port = 8000
    /// Threads that render (each with its own Pango font map).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Requests that may wait for a render thread beyond those rendering; more answer 503.
    public var queueLimit = 64
    /// The largest request body, and the largest model a GET URL may inflate to.
    public var maxBodyBytes = 1 << 20
    /// The time a render may take, waiting included, before the request answers 503.
    public var renderBudget = Duration.seconds(10)
    /// A connection with no request for this long is closed, so idle clients hold no socket.
    public var idleTimeout = Duration.seconds(60)
    /// The most `Parley-Warning` headers one response carries; the count of all is in
    /// `Parley-Warning-Count`.
    public var maxWarningHeaders = 16

    /// The defaults: loopback, port 8000, a render thread per core, 64 waiting, 1 MiB, 10 s.
    public init() {}
}
