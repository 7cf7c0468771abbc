import Foundation
import Parley
import Synchronization

/// A fixed set of threads that render, each with its own `ChartRenderer` (and so its own Pango
/// font map: Pango's is per thread, and sharing one between threads is a data race; see
/// docs/server.md), made once when the thread starts. Requests wait in a bounded queue; a full
/// queue refuses at once rather than letting latency grow without end.
public final class RenderPool: Sendable {
    /// Why a job gave no result.
    public enum Failure: Error, Sendable, Equatable {
        /// Every worker is busy and the queue is full.
        case busy
        /// The job did not finish within its time budget (it may still finish, unseen).
        case timedOut
        /// The pool is shutting down and takes no new work.
        case stopped
        /// A worker could not set up text (Pango/fontconfig); the message says why.
        case unavailable(String)
    }

    /// One piece of work: runs on a worker thread with that thread's renderer. Its caller is
    /// answered once, by the worker or by the timer, whichever is first (`answer`).
    private final class Job: Sendable {
        let work: @Sendable (ChartRenderer, Job) -> Void
        private let answered = Mutex(false)
        /// The timer of the budget, cancelled once the worker answers (so none sleeps on).
        let timer = Mutex<Task<Void, Never>?>(nil)
        init(work: @escaping @Sendable (ChartRenderer, Job) -> Void) { self.work = work }
        /// True for the first caller only: that one answers.
        func answer() -> Bool {
            answered.withLock { done in
                defer { done = true }; return !done
            }
        }
        /// Whether the caller was answered already (the job timed out while it waited).
        var isAbandoned: Bool { answered.withLock { $0 } }
    }

    private struct Queue {
        var jobs: [Job] = []
        var head = 0
        var stopped = false
        var busyWorkers = 0
        /// Workers waiting for work, the one that went idle last at the end: a job goes to it,
        /// so at low load one thread, its caches warm, does the renders (a condition variable
        /// wakes waiters in turn, and the turns cost an SVG render about a millisecond here).
        var idle: [Int] = []
        var count: Int { jobs.count - head }
        mutating func take() -> Job? {
            guard head < jobs.count else { return nil }
            let job = jobs[head]
            head += 1
            if head > 64, head * 2 > jobs.count { jobs.removeFirst(head); head = 0 }
            return job
        }
    }

    /// The number of threads.
    public let workers: Int
    /// Jobs that may wait for a thread beyond those being rendered.
    public let queueLimit: Int
    private let queue = Mutex(Queue())
    /// One per worker: signalled when a job is handed to that worker, or at stop.
    private let wakeups: [DispatchSemaphore]
    private let setupProblem = Mutex<String?>(nil)
    /// The stack of each worker thread.
    static let workerStackBytes = 8 << 20

    /// Starts `workers` threads; `queueLimit` jobs may wait beyond them.
    public init(workers: Int, queueLimit: Int) {
        self.workers = max(1, workers)
        self.queueLimit = max(0, queueLimit)
        wakeups = (0..<self.workers).map { _ in DispatchSemaphore(value: 0) }
        for index in 0..<self.workers {
            let thread = Thread { [self] in workerLoop(index) }
            thread.name = "parley-render-\(index + 1)"
            // As much stack as the command line's main thread has: a model is parsed and laid
            // out here exactly as there (Foundation's threads get 512 KiB otherwise).
            thread.stackSize = Self.workerStackBytes
            thread.start()
        }
    }

    /// Runs `work` on a worker with its renderer and returns its result; waits at most
    /// `timeout`. Throws `Failure` when the pool cannot run it in time.
    public func run<Value: Sendable>(timeout: Duration, _ work: @escaping @Sendable (ChartRenderer) -> Value) async throws(Failure)
        -> Value
    {
        let result: Result<Value, Failure> = await withCheckedContinuation { continuation in
            let job = Job { renderer, job in
                let value = work(renderer)
                if job.answer() {
                    continuation.resume(returning: .success(value))
                    job.timer.withLock { $0?.cancel() }
                }
            }
            // The budget covers the wait and the render: past it the caller hears 503, and a
            // render already started finishes on its thread and is dropped. The timer is set
            // before a worker can see the job, so one that answers at once still cancels it
            // (else it would sleep out the whole budget for nothing).
            job.timer.withLock { timer in
                timer = Task {
                    try? await Task.sleep(for: timeout)
                    if job.answer() { continuation.resume(returning: .failure(.timedOut)) }
                }
            }
            let admitted: Result<Int?, Failure> = queue.withLock { queue in
                if queue.stopped { return .failure(.stopped) }
                if let problem = setupProblem.withLock({ $0 }) { return .failure(.unavailable(problem)) }
                if queue.busyWorkers + queue.count >= workers + queueLimit { return .failure(.busy) }
                queue.jobs.append(job)
                return .success(queue.idle.popLast())
            }
            switch admitted {
            case .failure(let refusal):
                if job.answer() { continuation.resume(returning: .failure(refusal)) }
                job.timer.withLock { $0?.cancel() }
            case .success(let worker):
                // None idle: every worker is rendering, and the first to finish takes the job.
                if let worker { wakeups[worker].signal() }
            }
        }
        return try result.get()
    }

    /// What the pool is doing now: threads rendering, and jobs waiting for one.
    public var load: (rendering: Int, waiting: Int) {
        queue.withLock { ($0.busyWorkers, $0.count) }
    }

    /// Stops taking work; jobs already queued still run. Returns at once.
    public func stop() {
        let idle = queue.withLock { queue in
            queue.stopped = true
            defer { queue.idle.removeAll() }
            return queue.idle
        }
        for worker in idle { wakeups[worker].signal() }
    }

    private func workerLoop(_ index: Int) {
        let renderer: ChartRenderer
        do {
            renderer = try ChartRenderer()
        } catch {
            setupProblem.withLock { $0 = "\(error)" }
            return
        }
        while true {
            // Take a job, or else say this worker is idle, in one step: a job queued after
            // the look finds the worker on the idle list and wakes it.
            let (next, stopped) = queue.withLock { queue -> (Job?, Bool) in
                if let next = queue.take() {
                    queue.busyWorkers += 1
                    return (next, false)
                }
                if !queue.stopped { queue.idle.append(index) }
                return (nil, queue.stopped)
            }
            guard let job = next else {
                if stopped { return }
                wakeups[index].wait()
                continue
            }
            if !job.isAbandoned { job.work(renderer, job) }
            queue.withLock { $0.busyWorkers -= 1 }
        }
    }
}
