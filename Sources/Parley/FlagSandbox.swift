import Foundation
import ParleyCairo
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The parent side of the SVG flag sandbox: hands an SVG to `parley flag-worker` in a child
/// process (which limits its own memory and CPU, see `FlagWorker`), waits at most
/// `wallSeconds`, and returns the PNG it drew or why there is none. Results are kept for the
/// process, so an export that draws a flag in every chart starts one worker per picture.
enum FlagSandbox {
    enum Outcome: Sendable, Hashable {
        /// The flag drawn as a PNG of `FlagWorker.pixelWidth`×`pixelHeight`.
        case drawn([UInt8])
        /// librsvg cannot parse it: an error in the model.
        case unreadable(String)
        /// Over a limit, or the worker could not run: the flag falls back, with a warning.
        case notDrawn(String)
    }

    /// Wall-clock time one worker may take, for a worker that sleeps or waits rather than
    /// spending CPU (the CPU limit ends the others first).
    static let wallSeconds = 2.0
    /// The worker CPU the SVG flags of one model may take in all, each time its flags are
    /// loaded. Real flags take some 20 ms each (most of it starting the worker); once hostile
    /// ones have spent this, the flags left fall back at once, so `validate` stays within its
    /// 2 s however many there are.
    static let budgetSeconds = 1.0

    /// What one loading of a model's flags has spent so far.
    struct Budget {
        var spentSeconds = 0.0
    }

    /// Outcomes by picture, for the process: an export draws each flag in many charts.
    private static let outcomes = Mutex<[[UInt8]: Outcome]>([:])

    /// The parley executable: this process when it is parley, else a parley beside it (a test
    /// bundle or a tool built in the same folder); nil when there is none.
    static let executable: String? = {
        guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let url = URL(fileURLWithPath: own)
        if url.lastPathComponent == "parley" { return own }
        let sibling = url.deletingLastPathComponent().appendingPathComponent("parley").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
    }()

    static func draw(_ svg: [UInt8], budget: inout Budget) -> Outcome {
        if let known = outcomes.withLock({ $0[svg] }) { return known }
        guard budget.spentSeconds < budgetSeconds else {
            return .notDrawn("the \(budgetSeconds) s of CPU that drawing one model's SVG flags may take is spent")
        }
        guard let executable else { return .notDrawn("no parley executable to draw SVG flags in a separate process") }
        let fullAllowance = FlagWorker.cpuSeconds * 1000
        let allowance = min(fullAllowance, Int(((budgetSeconds - budget.spentSeconds) * 1000).rounded(.up)))
        let (outcome, seconds) = run(executable, svg, cpuMilliseconds: allowance)
        budget.spentSeconds += seconds
        // A picture cut short by what was left of the budget may yet be drawn with all of it.
        if case .notDrawn = outcome, allowance < fullAllowance { return outcome }
        outcomes.withLock { $0[svg] = outcome }
        return outcome
    }

    /// Runs one worker: standard input, output and error are unnamed temporary files, so no
    /// pipe can fill up and stall either side.
    private static func run(_ executable: String, _ svg: [UInt8], cpuMilliseconds: Int) -> (Outcome, Double) {
        guard let input = tmpfile(), let output = tmpfile(), let errors = tmpfile() else {
            return (.notDrawn("cannot make temporary files for the flag worker: \(String(cString: strerror(errno)))"), 0)
        }
        defer { [input, output, errors].forEach { fclose($0) } }
        guard svg.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, input) }) == svg.count, fflush(input) == 0 else {
            return (.notDrawn("cannot hand the SVG to the flag worker"), 0)
        }
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
            return (.notDrawn("cannot start the flag worker \(executable): \(String(cString: strerror(spawned)))"), 0)
        }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        let deadline = Date().addingTimeInterval(wallSeconds)
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
        let ended = outcome(
            status: status, timedOut: timedOut, cpuMilliseconds: cpuMilliseconds, output: contents(output), errors: contents(errors))
        return (ended, seconds)
    }

    private static func outcome(status: Int32, timedOut: Bool, cpuMilliseconds: Int, output: [UInt8], errors: [UInt8]) -> Outcome {
        let message = String(decoding: errors.prefix(2000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if timedOut { return .notDrawn("it took more than \(wallSeconds) s") }
        let signal = status & 0x7F
        if signal == SIGXCPU || signal == SIGPROF || signal == SIGKILL {
            return .notDrawn("it needed more than \(String(format: "%.2g", Double(cpuMilliseconds) / 1000)) s of CPU")
        }
        if signal != 0 {
            // librsvg and GLib abort when an allocation fails, which the memory limit makes them do.
            return .notDrawn(
                "it needed more than \(FlagWorker.addressSpaceBytes >> 20) MiB of memory (the worker ended on signal \(signal))")
        }
        switch FlagWorker.Status(rawValue: (status >> 8) & 0xFF) {
        case .drawn:
            guard let header = PNGHeader(output), header.width == FlagWorker.pixelWidth, header.height == FlagWorker.pixelHeight else {
                return .notDrawn("the flag worker returned no picture")
            }
            return .drawn(output)
        case .unreadable:
            if message.lowercased().contains("memory") {
                return .notDrawn("it needed more than \(FlagWorker.addressSpaceBytes >> 20) MiB of memory (\(message))")
            }
            return .unreadable(message)
        case .notDrawn:
            return .notDrawn(
                message.lowercased().contains("memory")
                    ? "it needed more than \(FlagWorker.addressSpaceBytes >> 20) MiB of memory (\(message))" : message)
        case nil:
            return .notDrawn("the flag worker failed (exit status \((status >> 8) & 0xFF)): \(message)")
        }
    }

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
