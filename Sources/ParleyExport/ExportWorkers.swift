import Foundation
import Parley

#if canImport(Glibc)
    import Glibc
#endif

/// Spreads an export over child processes: each gets its share of the models on standard
/// input (`WorkerRequest`) and answers with one JSON line per model (`Exporter.serveAsWorker`).
///
/// Every worker inherits, at fixed descriptor numbers, the output folder's handle (so it writes
/// into the very folder the parent locked, whatever happens to its path), the stop pipe and
/// the export's locks (so a killed parent's lock is held until its last worker is gone).
enum ExportWorkers {
    /// The parent's pid, so a worker can tell when it has been orphaned.
    static let parentVariable = "PARLEY_EXPORT_PARENT"
    static let folderDescriptor: Int32 = WorkerProcess.firstInheritedDescriptor
    static let stopDescriptor: Int32 = WorkerProcess.firstInheritedDescriptor + 1

    static func run(
        _ models: [WorkerRequest], command: [String], jobs: Int, folder: OutputFolder, lock: ExportLock,
        record: @escaping @Sendable (ModelOutcome) -> Void
    ) {
        guard let stop = ExportInterruption.openStopPipe() else {
            models.forEach { record(ModelOutcome(index: $0.index, failure: "\($0.file): error: cannot start the export workers")) }
            return
        }
        // A worker that dies must not take the parent with it when its request pipe breaks.
        signal(SIGPIPE, SIG_IGN)
        let workers = min(jobs, models.count)
        // Round-robin shares: models of one archive cost about the same, and neighbours in
        // sorted order (often similar meetings) end up on different workers.
        let shares = (0..<workers).map { worker in stride(from: worker, to: models.count, by: workers).map { models[$0] } }
        let inherited = [folder.descriptor, stop] + lock.descriptors
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let share = shares[worker]
            var answered = Set<Int>()
            let failure = runWorker(command: command, inheriting: inherited, share: share) { outcome in
                if answered.insert(outcome.index).inserted { record(outcome) }
            }
            // A worker that died (or never started) leaves its unanswered models failed, with why.
            for model in share where !answered.contains(model.index) {
                let signal = ExportInterruption.requestedSignal
                let why =
                    signal.map { "not exported: the export was stopped by \(WorkerProcess.signalName($0))" }
                    ?? failure ?? "the export worker stopped before this model"
                record(ModelOutcome(index: model.index, failure: "\(model.file): error: \(why)", stopped: signal != nil))
            }
        }
    }

    /// Runs one worker to the end; returns why it failed, if it did.
    private static func runWorker(
        command: [String], inheriting: [Int32], share: [WorkerRequest], answer: (ModelOutcome) -> Void
    ) -> String? {
        let process: WorkerProcess
        do {
            process = try WorkerProcess(command: command, environment: [parentVariable: String(getpid())], inheriting: inheriting)
        } catch {
            return error.description
        }
        // Every request goes in at once and input is closed: the worker reads to the end.
        let requests = share.flatMap { $0.encoded() }
        let writer = Thread {
            _ = process.send(requests)
            process.finishRequests()
        }
        writer.start()
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(process.answers, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            buffer += chunk[..<count]
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                if let outcome = ModelOutcome(jsonLine: line) { answer(outcome) }
            }
        }
        return process.wait()
    }
}
