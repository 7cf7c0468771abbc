import Parley
import ParleyCLI
import Synchronization

/// Chart requests already read from the same options in the same format. Reading one runs
/// ArgumentParser over `render`'s option groups: about a millisecond here, a third of an SVG
/// timeline's whole render, for what a site asks again and again (a handful of option sets).
/// Only requests that read are kept; a refusal is read afresh each time, with its message.
final class ChartRequestCache: Sendable {
    private struct Key: Hashable {
        var format: OutputFormat
        /// Names and values in the order given (the order changes no request, but a key that
        /// differs only by it is merely a second entry).
        var options: [String]
    }

    /// Bounded in entries and in the bytes of the keys, whatever clients send.
    private let requests = Mutex(BoundedCache<Key, ChartRequest>(maxEntries: 256, maxCost: 1 << 20))

    /// The option sets kept now.
    var count: Int { requests.withLock { $0.count } }

    /// `ChartArguments.request(options, format:)`, from the cache when it was read before.
    func request(_ options: [(name: String, value: String)], format: OutputFormat) throws(ChartArguments.Problem) -> ChartRequest {
        let key = Key(format: format, options: options.flatMap { [$0.name, $0.value] })
        if let known = requests.withLock({ $0[key] }) { return known }
        let request = try ChartArguments.request(options, format: format)
        requests.withLock { $0.store(request, for: key, cost: key.options.reduce(16) { $0 + $1.utf8.count }) }
        return request
    }
}
