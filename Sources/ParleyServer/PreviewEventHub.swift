import Synchronization

/// The pages listening for updates: each gets the latest state as a Server-Sent Event the
/// moment it subscribes, and then every state published. A state is the whole picture (not a
/// change), so a slow page needs only the newest: each stream buffers one event.
public final class PreviewEventHub: Sendable {
    private struct Listeners {
        var next = 0
        var streams: [Int: AsyncStream<String>.Continuation] = [:]
        var latest: String?
        var finished = false
    }

    private let listeners = Mutex(Listeners())

    /// An empty hub; pages subscribe with `subscribe()`.
    public init() {}

    /// The number of pages listening now.
    public var count: Int { listeners.withLock { $0.streams.count } }

    /// The events for one page: the latest state first (when there is one), then each new one;
    /// it ends when the hub finishes (the preview shuts down).
    public func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        let id: Int? = listeners.withLock { listeners in
            guard !listeners.finished else { return nil }
            let id = listeners.next
            listeners.next += 1
            listeners.streams[id] = continuation
            if let latest = listeners.latest { continuation.yield(latest) }
            return id
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.streams.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends `event` (a whole SSE event, ending in a blank line) to every page, and keeps it
    /// for pages that subscribe later.
    public func publish(_ event: String) {
        listeners.withLock { listeners in
            listeners.latest = event
            for continuation in listeners.streams.values { continuation.yield(event) }
        }
    }

    /// Ends every page's stream, so that the server can finish its responses and shut down.
    public func finish() {
        let streams = listeners.withLock { listeners in
            listeners.finished = true
            defer { listeners.streams = [:] }
            return Array(listeners.streams.values)
        }
        for continuation in streams { continuation.finish() }
    }

    /// An SSE event named `name` whose data is `data` (one `data:` line per line of it).
    public static func event(_ name: String, data: String) -> String {
        "event: \(name)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
    }
}
