import Foundation
import ParleyCairo
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The parent side of the SVG flag sandbox: hands SVGs to `parley flag-worker` in a child
/// process (which limits its own memory and CPU, see `FlagWorker`), waits a bounded time,
/// and returns the PNG drawn for each or why there is none. When a limit ends a worker, the
/// flag it was on is the one that passed it; the flags after it go to a fresh worker.
/// Outcomes are kept for the process (up to a bound), so an export that draws a flag in every
/// chart draws each picture once.
enum FlagSandbox {
    enum Outcome: Sendable, Hashable {
        /// The flag drawn as a PNG of `FlagWorker.pixelWidth`×`pixelHeight`.
        case drawn([UInt8])
        /// librsvg cannot parse it: an error in the model.
        case unreadable(String)
        /// Over a limit, or the worker could not run: the flag falls back, with a warning.
        case notDrawn(String)
    }

    /// The worker CPU the SVG flags of one model may take in all, each time its flags are
    /// loaded. Plain flags take some 5 ms each in one worker (200 fit); once hostile ones have
    /// spent this, the flags left fall back at once, so `validate` stays within its 2 s
    /// however many there are.
    static let budgetSeconds = 1.0
    /// Wall-clock time for a worker that waits rather than computes (the CPU limits end the
    /// others first): this, and a little more for each flag it is given.
    static let wallSeconds = 4.0

    /// What one loading of a model's flags has spent so far.
    struct Budget {
        var spentSeconds = 0.0
    }

    /// Outcomes by SVG: bounded, as a server is sent endless distinct SVGs (each entry costs
    /// its SVG and its PNG).
    private static let outcomes = Mutex(BoundedCache<[UInt8], Outcome>(maxEntries: 512, maxCost: 48 << 20))

    private static func remember(_ outcome: Outcome, for svg: [UInt8]) {
        let size: Int
        switch outcome {
        case .drawn(let png): size = png.count
        case .unreadable(let message), .notDrawn(let message): size = message.utf8.count
        }
        outcomes.withLock { $0.store(outcome, for: svg, cost: svg.count + size + 64) }
    }

    /// The number of outcomes kept and the bytes they hold, for tests of the bound.
    static var cacheFootprint: (entries: Int, cost: Int) { outcomes.withLock { ($0.count, $0.cost) } }

    /// The parley executable: this process when it is parley, else a parley beside it (a test
    /// bundle or a tool built in the same folder); nil when there is none.
    static let executable: String? = {
        guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let url = URL(fileURLWithPath: own)
        // /proc/self/exe starts this very program even when a rebuild has replaced its file.
        if url.lastPathComponent == "parley" || url.lastPathComponent == "parley (deleted)" { return "/proc/self/exe" }
        let sibling = url.deletingLastPathComponent().appendingPathComponent("parley").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
    }()

    /// The outcome for each of `svgs`, in order.
    static func draw(_ svgs: [[UInt8]], budget: inout Budget) -> [Outcome] {
        var results = outcomes.withLock { known in svgs.map { known[$0] } }
        var pending = svgs.indices.filter { results[$0] == nil }
        while !pending.isEmpty {
            let left = budgetSeconds - budget.spentSeconds
            // Starting a worker costs some 20 ms: with less left, none is started.
            guard left > 0.05, let executable else {
                let reason =
                    executable == nil
                    ? "no parley executable to draw SVG flags in a separate process"
                    : "the \(budgetSeconds) s of CPU that drawing one model's SVG flags may take is spent"
                for index in pending { results[index] = .notDrawn(reason) }
                break
            }
            let worker = run(executable, pending.map { svgs[$0] }, cpuMilliseconds: Int((left * 1000).rounded(.up)))
            budget.spentSeconds += worker.cpuSeconds
            for (offset, outcome) in worker.answers.enumerated() {
                results[pending[offset]] = outcome
                remember(outcome, for: svgs[pending[offset]])
            }
            guard worker.answers.count < pending.count else { break }
            if worker.budgetSpent {
                // The worker stopped before the next flag: the rest fall back without a worker.
                budget.spentSeconds = max(budget.spentSeconds, budgetSeconds)
                pending.removeFirst(worker.answers.count)
                continue
            }
            // The worker ended on this flag.
            let culprit = pending[worker.answers.count]
            results[culprit] = worker.ending
            // Unless it was cut short by what was left of the budget, it would end so again.
            if budget.spentSeconds < budgetSeconds { remember(worker.ending, for: svgs[culprit]) }
            pending.removeFirst(worker.answers.count + 1)
        }
        return results.map { $0 ?? .notDrawn("the flag worker gave no answer") }
    }

    private struct WorkerRun {
        var answers: [Outcome]
        /// Why the worker stopped before answering them all.
        var ending: Outcome
        var cpuSeconds: Double
        /// The worker stopped because its CPU allowance was spent before a flag began.
        var budgetSpent = false
    }

    /// Runs one worker: standard input, output and error are unnamed temporary files, so no
    /// pipe can fill up and stall either side.
    private static func run(_ executable: String, _ svgs: [[UInt8]], cpuMilliseconds: Int) -> WorkerRun {
        func failed(_ message: String) -> WorkerRun { WorkerRun(answers: [], ending: .notDrawn(message), cpuSeconds: 0) }
        guard let input = tmpfile(), let output = tmpfile(), let errors = tmpfile() else {
            return failed("cannot make temporary files for the flag worker: \(String(cString: strerror(errno)))")
        }
        defer { [input, output, errors].forEach { fclose($0) } }
        // tmpfile() leaves close-on-exec off: another thread's worker must not inherit these.
        for file in [input, output, errors] { _ = fcntl(fileno(file), F_SETFD, FD_CLOEXEC) }
        for svg in svgs {
            let record = bigEndian(UInt32(svg.count)) + svg
            guard record.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, input) }) == record.count else {
                return failed("cannot hand the SVG to the flag worker")
            }
        }
        guard fflush(input) == 0 else { return failed("cannot hand the SVG to the flag worker") }
        rewind(input)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fileno(input), 0)
        posix_spawn_file_actions_adddup2(&actions, fileno(output), 1)
        posix_spawn_file_actions_adddup2(&actions, fileno(errors), 2)
        let argv: [UnsafeMutablePointer<CChar>?] = [
            strdup(executable), strdup("flag-worker"), strdup("--cpu-milliseconds"), strdup("\(cpuMilliseconds)"), nil,
        ]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            return failed("cannot start the flag worker \(executable): \(String(cString: strerror(spawned)))")
        }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        let wallLimit = wallSeconds + 0.05 * Double(svgs.count)
        let deadline = Date().addingTimeInterval(wallLimit)
        var pause: UInt32 = 500
        while true {
            let reaped = wait4(pid, &status, timedOut ? 0 : WNOHANG, &usage)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR { break }
            if reaped == 0 && Date() > deadline {
                timedOut = true
                kill(pid, SIGKILL)
                continue
            }
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
        let seconds =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
        let message = String(decoding: contents(errors).prefix(2000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return WorkerRun(
            answers: answers(in: contents(output)),
            ending: ending(status: status, timedOut: timedOut, wallLimit: wallLimit, cpuMilliseconds: cpuMilliseconds, message: message),
            cpuSeconds: seconds, budgetSpent: !timedOut && status & 0x7F == 0 && (status >> 8) & 0xFF == FlagWorker.allowanceSpent)
    }

    /// The complete answers in the worker's output; one cut off by the worker's end is not.
    private static func answers(in output: [UInt8]) -> [Outcome] {
        var answers: [Outcome] = []
        var offset = 0
        while offset + 5 <= output.count {
            let length = output[offset + 1..<offset + 5].reduce(0) { $0 << 8 | Int($1) }
            guard offset + 5 + length <= output.count else { break }
            let payload = Array(output[offset + 5..<offset + 5 + length])
            let text = String(decoding: payload.prefix(2000), as: UTF8.self)
            switch FlagWorker.Status(rawValue: output[offset]) {
            case .drawn:
                let header = PNGHeader(payload)
                answers.append(
                    header?.width == FlagWorker.pixelWidth && header?.height == FlagWorker.pixelHeight
                        ? .drawn(payload) : .notDrawn("the flag worker returned no picture"))
            case .unreadable: answers.append(text.lowercased().contains("memory") ? .notDrawn(outOfMemory(text)) : .unreadable(text))
            case .notDrawn: answers.append(.notDrawn(text.lowercased().contains("memory") ? outOfMemory(text) : text))
            case nil: return answers
            }
            offset += 5 + length
        }
        return answers
    }

    private static func ending(status: Int32, timedOut: Bool, wallLimit: Double, cpuMilliseconds: Int, message: String) -> Outcome {
        if timedOut { return .notDrawn("it took more than \(String(format: "%.1f", wallLimit)) s") }
        let signal = status & 0x7F
        if signal == SIGPROF || signal == SIGXCPU || signal == SIGKILL {
            let seconds = Double(min(cpuMilliseconds, FlagWorker.cpuMillisecondsPerFlag)) / 1000
            return .notDrawn("it needed more than \(String(format: "%.2g", seconds)) s of CPU")
        }
        // librsvg and GLib abort when an allocation fails, which the memory limit makes them do.
        if signal != 0 { return .notDrawn(outOfMemory("the worker ended on signal \(signal)")) }
        let code = (status >> 8) & 0xFF
        if code == FlagWorker.allowanceSpent {
            return .notDrawn("the \(budgetSeconds) s of CPU that drawing one model's SVG flags may take is spent")
        }
        return .notDrawn("the flag worker failed (exit status \(code))\(message.isEmpty ? "" : ": \(message)")")
    }

    private static func outOfMemory(_ detail: String) -> String {
        "it needed more than \(FlagWorker.addressSpaceBytes >> 20) MiB of memory (\(detail))"
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }

    private static func contents(_ file: UnsafeMutablePointer<FILE>) -> [UInt8] {
        rewind(file)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
