import Foundation

/// Spreads an export over child processes: each gets its share of the models on standard
/// input and answers with one JSON line per model (`Exporter.serveAsWorker`).
enum ExportWorkers {
    static func run(
        _ models: [(index: Int, file: String)], command: [String], jobs: Int, record: @escaping @Sendable (ModelOutcome) -> Void
    ) {
        let workers = min(jobs, models.count)
        // Round-robin shares: models of one archive cost about the same, and neighbours in
        // sorted order (often similar meetings) end up on different workers.
        let shares = (0..<workers).map { worker in stride(from: worker, to: models.count, by: workers).map { models[$0] } }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let share = shares[worker]
            var answered = Set<Int>()
            let failure = runWorker(command: command, share: share) { outcome in
                if answered.insert(outcome.index).inserted { record(outcome) }
            }
            // A worker that died (or never started) leaves its unanswered models failed, with why.
            for model in share where !answered.contains(model.index) {
                record(
                    ModelOutcome(
                        index: model.index, failure: "\(model.file): error: \(failure ?? "the export worker stopped before this model")"))
            }
        }
    }

    /// Runs one worker to the end; returns why it failed, if it did.
    private static func runWorker(command: [String], share: [(index: Int, file: String)], answer: (ModelOutcome) -> Void) -> String? {
        guard let executable = command.first else { return "no worker command" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { return "cannot start the export worker \(executable): \(error.localizedDescription)" }
        // Every file name goes in at once and input is closed: the worker reads to the end.
        let lines = share.map { "\($0.index)\t\($0.file)\n" }.joined()
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(lines.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        var buffer = Data()
        let reader = output.fileHandleForReading
        while case let chunk = reader.availableData, !chunk.isEmpty {
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                if let outcome = ModelOutcome(jsonLine: line) { answer(outcome) }
            }
        }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "the export worker exited with status \(process.terminationStatus)"
    }
}
