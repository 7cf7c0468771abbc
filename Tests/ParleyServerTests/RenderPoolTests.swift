import Foundation
import Parley
import ParleyServer
import ParleyTestSupport
import Synchronization
import Testing

/// The pool alone, under load: every job answered once, with its own result; budgets end
/// waits, not threads; a stopped pool refuses new work and finishes what it queued.
@Suite struct RenderPoolTests {
    @Test func manyJobsAtOnceAreEachAnsweredWithTheirOwnResult() async throws {
        TestFonts.pin()
        let pool = RenderPool(workers: 2, queueLimit: 500)
        defer { pool.stop() }
        let threads = Locked<Set<UInt>>([])
        let results = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for index in 0..<400 {
                group.addTask {
                    let value = try await pool.run(timeout: .seconds(30)) { _ in
                        threads.withLock { _ = $0.insert(UInt(pthread_self())) }
                        return index * 3
                    }
                    return (index, value)
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == 400)
        #expect(results.allSatisfy { $0.value == $0.key * 3 })
        // Two threads did all the work, whatever thread each caller was on.
        #expect(threads.withLock { $0.count } <= 2)
    }

    /// One client at a time (a request, its answer, a pause for the round trip, the next) is
    /// served by one thread, the one idle last, whose caches are warm; not by each in turn.
    @Test func oneJobAtATimeGoesToTheThreadThatWasIdleLast() async throws {
        TestFonts.pin()
        let pool = RenderPool(workers: 2, queueLimit: 8)
        defer { pool.stop() }
        var threads: [UInt] = []
        for _ in 0..<40 {
            threads.append(try await pool.run(timeout: .seconds(30)) { _ in UInt(pthread_self()) })
            try await Task.sleep(for: .milliseconds(2))
        }
        let most = Dictionary(grouping: threads) { $0 }.values.map(\.count).max() ?? 0
        // Allow a stray one: a worker descheduled for the whole pause before it lists itself idle.
        #expect(most >= 38, "jobs per thread: \(Dictionary(grouping: threads) { $0 }.values.map(\.count))")
    }

    @Test func aTimedOutJobIsDroppedAndTheThreadServesTheNext() async throws {
        TestFonts.pin()
        let pool = RenderPool(workers: 1, queueLimit: 8)
        defer { pool.stop() }
        let gate = Gate()
        await gate.hold(pool)
        let ran = Locked(false)
        await #expect(throws: RenderPool.Failure.timedOut) {
            try await pool.run(timeout: .milliseconds(100)) { _ in ran.withLock { $0 = true } }
        }
        gate.open()
        let after = try await pool.run(timeout: .seconds(30)) { _ in 42 }
        #expect(after == 42)
        // The job that timed out while it waited was never run.
        #expect(!ran.withLock { $0 })
    }

    @Test func aFullPoolRefusesAtOnceAndAStoppedOneRefusesEverything() async throws {
        TestFonts.pin()
        let pool = RenderPool(workers: 1, queueLimit: 1)
        let gate = Gate()
        await gate.hold(pool)
        let queued = Task { try await pool.run(timeout: .seconds(30)) { _ in "queued" } }
        // Wait until the second job is in the queue.
        while pool.load.waiting == 0 { try await Task.sleep(for: .milliseconds(5)) }
        await #expect(throws: RenderPool.Failure.busy) { try await pool.run(timeout: .seconds(30)) { _ in "third" } }
        pool.stop()
        await #expect(throws: RenderPool.Failure.stopped) { try await pool.run(timeout: .seconds(30)) { _ in "late" } }
        gate.open()
        // What was queued before the stop still runs.
        #expect(try await queued.value == "queued")
    }

    @Test func workersRenderRealChartsWithTheirOwnRenderers() async throws {
        TestFonts.pin()
        let pool = RenderPool(workers: 2, queueLimit: 16)
        defer { pool.stop() }
        let service = RenderService(pool: pool, configuration: ServerConfiguration())
        let replies = await withTaskGroup(of: RenderReply.self) { group in
            for _ in 0..<8 {
                group.addTask { await service.render(model: ServerFixtures.small, options: [("chart", "seating")], format: .png) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.allSatisfy { $0.status == 200 })
        #expect(Set(replies.map(\.body)).count == 1)
    }
}

/// A value behind a lock that closures on other threads can share.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<T>(_ body: (inout Value) -> T) -> T { mutex.withLock { body(&$0) } }
}
