import Foundation
import Synchronization

/// The outcome of one load run: every request's latency, and the wall time they took together.
struct LoadResult {
    var latencies: Timings
    var failures: Int
    var firstFailure: String?
    var wallSeconds: Double
    var requests: Int { latencies.samples.count }
    var perSecond: Double { Double(requests) / wallSeconds }
}

/// A closed loop of `clients` threads, each on its own kept-alive connection, each sending its
/// next request as soon as the last one is answered, until `requests` are answered or
/// `seconds` have passed, whichever is first. Latency is taken per request, from the first
/// byte sent to the last byte read.
struct LoadRun {
    let port: UInt16
    let clients: Int
    /// The requests to send, in turn (client k starts at the k-th, so all are in flight).
    let requests: [[UInt8]]
    let maxRequests: Int
    let maxSeconds: Double

    /// Each client's own record; written by that client's thread only, read after it is done.
    private final class ClientRecord: @unchecked Sendable {
        var latencies: [Double] = []
        var failures = 0
        var firstFailure: String?
    }

    func run() -> LoadResult {
        let tickets = SharedCounter()
        let records = (0..<clients).map { _ in ClientRecord() }
        let done = DispatchSemaphore(value: 0)
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = started + .milliseconds(Int(maxSeconds * 1000))
        for (index, record) in records.enumerated() {
            let thread = Thread { [port, requests, maxRequests] in
                defer { done.signal() }
                record.latencies.reserveCapacity(min(maxRequests, 1 << 20))
                let connection: HTTPConnection
                do { connection = try HTTPConnection(port: port) } catch {
                    record.failures += 1
                    record.firstFailure = "\(error)"
                    return
                }
                var turn = index
                while clock.now < deadline {
                    guard tickets.next() < maxRequests else { break }
                    let request = requests[turn % requests.count]
                    turn += 1
                    let sent = clock.now
                    do {
                        let response = try connection.exchange(request)
                        let elapsed = clock.now - sent
                        if response.status == 200 {
                            record.latencies.append(
                                Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
                        } else {
                            record.failures += 1
                            if record.firstFailure == nil { record.firstFailure = "HTTP \(response.status)" }
                        }
                    } catch {
                        record.failures += 1
                        if record.firstFailure == nil { record.firstFailure = "\(error)" }
                    }
                }
            }
            thread.name = "parley-bench-client-\(index + 1)"
            thread.start()
        }
        for _ in records { done.wait() }
        let wall = clock.now - started
        return LoadResult(
            latencies: Timings(records.flatMap(\.latencies)), failures: records.reduce(0) { $0 + $1.failures },
            firstFailure: records.lazy.compactMap(\.firstFailure).first,
            wallSeconds: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
    }
}

/// A counter threads share: each `next()` returns a number no other call returns.
final class SharedCounter: Sendable {
    private let value = Atomic<Int>(0)
    /// The value before this call's increment.
    func next() -> Int { value.add(1, ordering: .relaxed).oldValue }
    var current: Int { value.load(ordering: .relaxed) }
}
