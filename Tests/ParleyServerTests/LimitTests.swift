import Foundation
import Parley
import ParleyServer
import ParleyTestSupport
import Synchronization
import Testing

/// A gate a test holds a render thread with, so "busy" and "too slow" happen when the test
/// says, not when the machine happens to be slow.
final class Gate: Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let entered = DispatchSemaphore(value: 0)
    /// Takes a worker of `pool` until `open()`; returns once the worker holds it.
    func hold(_ pool: RenderPool) async {
        Task {
            _ = try? await pool.run(timeout: .seconds(60)) { _ in
                self.entered.signal(); self.semaphore.wait()
            }
        }
        await withCheckedContinuation { continuation in
            Thread {
                self.entered.wait(); continuation.resume()
            }.start()
        }
    }
    func open() { semaphore.signal() }
}

/// The limits of the pool over HTTP: a full queue and a render past its budget answer 503 at
/// once, with `Retry-After`; many clients at once all get their own right picture.
@Suite struct LimitTests {
    @Test func aFullQueueIs503WithRetryAfter() async throws {
        let pool = RenderPool(workers: 1, queueLimit: 0)
        let gate = Gate()
        await gate.hold(pool)
        try await TestServer.with(
            {
                $0.workers = 1; $0.queueLimit = 0
            }, pool: pool
        ) { server in
            let reply = try await server.client.send("POST", "/parley/svg", body: ServerFixtures.small)
            #expect(reply.status == 503)
            #expect(reply.header("retry-after") == "1")
            #expect(reply.header("cache-control") == "no-store")
            #expect(reply.text.contains("every render thread is busy and the queue is full"))
            let health = try await server.client.send("GET", "/health")
            #expect(health.text.contains("\"rendering\": 1"), "\(health.text)")
            gate.open()
            let later = try await server.client.send("POST", "/parley/svg", body: ServerFixtures.small)
            #expect(later.status == 200, "\(later.text)")
        }
    }

    @Test func aRenderPastItsBudgetIs503WithRetryAfter() async throws {
        let pool = RenderPool(workers: 1, queueLimit: 4)
        let gate = Gate()
        await gate.hold(pool)
        try await TestServer.with(
            {
                $0.workers = 1; $0.renderBudget = .milliseconds(300)
            }, pool: pool
        ) { server in
            let reply = try await server.client.send(
                "POST", "/parley/svg", headers: [("Accept", "application/json")], body: ServerFixtures.small)
            #expect(reply.status == 503)
            #expect(reply.header("retry-after") == "5")
            #expect(reply.header("content-type") == "application/json")
            #expect(reply.text.contains("the render took longer than the server allows (0.3 s)"), "\(reply.text)")
            gate.open()
        }
    }

    @Test func aStoppedPoolSaysTheServerIsShuttingDown() async throws {
        let pool = RenderPool(workers: 1, queueLimit: 4)
        pool.stop()
        try await TestServer.with(pool: pool) { server in
            let reply = try await server.client.send("POST", "/parley/svg", body: ServerFixtures.small)
            #expect(reply.status == 503)
            #expect(reply.text.contains("shutting down"))
        }
    }

    @Test func thirtyTwoClientsAtOnceOnTwoWorkersEachGetTheirOwnPicture() async throws {
        try await TestServer.with({
            $0.workers = 2; $0.queueLimit = 64
        }) { server in
            let widths = [480, 560, 640, 720]
            var expected: [Int: [UInt8]] = [:]
            for width in widths {
                let reply = try await server.client.send("POST", "/parley/png?width=\(width)", body: ServerFixtures.small)
                #expect(reply.status == 200, "\(reply.text)")
                expected[width] = reply.body
            }
            #expect(Set(expected.values).count == widths.count)
            let client = server.client
            let replies = try await withThrowingTaskGroup(of: (Int, RawHTTP.Reply).self) { group in
                for index in 0..<32 {
                    let width = widths[index % widths.count]
                    group.addTask { (width, try await client.send("POST", "/parley/png?width=\(width)", body: ServerFixtures.small)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(replies.count == 32)
            for (width, reply) in replies {
                #expect(reply.status == 200, "\(reply.text)")
                #expect(reply.body == expected[width], "width \(width)")
            }
        }
    }
}
