import Foundation
import Parley

#if canImport(Glibc)
    import Glibc
#endif

/// One export worker: a child process with a pipe for requests on its standard input and one
/// for answers on its standard output. Started with `posix_spawn` rather than `Process` so
/// that it inherits exactly the descriptors it must: the output folder's lock (so the lock
/// outlives a killed parent until the worker is gone) and the parent's stop pipe, whose end
/// of file tells the worker its parent has died.
final class WorkerProcess: @unchecked Sendable {
    let pid: pid_t
    /// Where requests go; closed by `finishRequests`.
    private(set) var requests: Int32
    /// Where answers come from.
    let answers: Int32

    /// The descriptor numbers `inherited` get in the worker, in order.
    static let firstInheritedDescriptor: Int32 = 3

    init(command: [String], environment: [String: String], inheriting inherited: [Int32]) throws(ParleyError) {
        guard let executable = command.first else { throw .io("no worker command") }
        // Pipes are made and workers started one at a time: a worker started between another's
        // pipe and its close-on-exec flag would hold that pipe open and it would never end.
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        guard let toWorker = Self.closeOnExecPipe() else { throw .io("cannot start an export worker: \(OutputFolder.reason())") }
        guard let fromWorker = Self.closeOnExecPipe() else {
            close(toWorker[0]); close(toWorker[1])
            throw .io("cannot start an export worker: \(OutputFolder.reason())")
        }
        defer { close(toWorker[0]); close(fromWorker[1]) }

        // The child's descriptors 0, 1, 3, 4… are filled in order; a source whose number is
        // an earlier target would already be overwritten when its turn came (the lock's 4
        // replaced by the stop pipe, say). So every source is first copied above every number
        // in play, and the copies are what is duplicated down.
        let sources = [toWorker[0], fromWorker[1]] + inherited
        let targets: [Int32] = [0, 1] + inherited.indices.map { Self.firstInheritedDescriptor + Int32($0) }
        let floor = (sources + targets).max().map { $0 + 1 } ?? 3
        let copies = sources.map { fcntl($0, F_DUPFD_CLOEXEC, floor) }
        defer { copies.filter { $0 >= 0 }.forEach { close($0) } }
        guard !copies.contains(where: { $0 < 0 }) else { throw .io("cannot start an export worker: \(OutputFolder.reason())") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec; every other descriptor of ours is close-on-exec and goes.
        for (copy, target) in zip(copies, targets) { posix_spawn_file_actions_adddup2(&actions, copy, target) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = command.map { strdup($0) } + [nil]
        let envp = merged.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(toWorker[1]); close(fromWorker[0])
            throw .io("cannot start the export worker \(executable): \(String(cString: strerror(spawned)))")
        }
        pid = child
        requests = toWorker[1]
        answers = fromWorker[0]
    }

    private static let spawning = NSLock()

    /// A pipe whose ends close on exec (`pipe2` is not imported without _GNU_SOURCE); callers
    /// hold `spawning`, or run before any worker starts.
    static func closeOnExecPipe() -> [Int32]? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return ends
    }

    deinit {
        if requests >= 0 { close(requests) }
        close(answers)
    }

    /// Sends all of `bytes`; false when the worker is gone.
    func send(_ bytes: [UInt8]) -> Bool {
        (try? AtomicFile.writeAll(bytes, to: requests, name: "the export worker")) != nil
    }

    /// Closes the request pipe: the worker reads to its end and finishes.
    func finishRequests() {
        if requests >= 0 { close(requests) }
        requests = -1
    }

    /// Waits for the worker to end; nil when it exited with status 0, else how it ended.
    func wait() -> String? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return "the export worker could not be waited for: \(OutputFolder.reason())" }
        }
        let signal = status & 0x7F
        if signal != 0 { return "the export worker was killed by \(Self.signalName(signal))" }
        let code = (status >> 8) & 0xFF
        return code == 0 ? nil : "the export worker exited with status \(code)"
    }

    /// `SIGKILL`, `SIGSEGV`…; the number for signals without a usual name.
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGHUP: "SIGHUP", SIGINT: "SIGINT", SIGQUIT: "SIGQUIT", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT",
            SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGPIPE: "SIGPIPE", SIGALRM: "SIGALRM",
            SIGTERM: "SIGTERM", SIGXCPU: "SIGXCPU (the CPU time limit)", SIGXFSZ: "SIGXFSZ (the file size limit)",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
