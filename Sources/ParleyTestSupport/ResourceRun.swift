import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `parley` in a child process and reports what the kernel says it cost: CPU
/// time and peak resident memory from `wait4`'s rusage. Regression tests for the resource
/// contract assert on these, never on wall-clock time measured inside the test process.
///
/// The child gets a hard CPU limit (`RLIMIT_CPU`) and a wall-clock watchdog, so a regression
/// fails its test instead of hanging the suite.
public enum ResourceRun {
    public struct Outcome: CustomStringConvertible {
        /// The exit status, or 128 + the signal that ended the child.
        public var status: Int32
        /// User plus system CPU seconds of the child alone.
        public var cpuSeconds: Double
        /// Peak resident memory of the child, in MiB.
        public var peakMiB: Double
        public var stdout: [UInt8]
        public var stderr: String
        /// True when the watchdog had to kill the child.
        public var timedOut: Bool

        public var description: String {
            "status \(status), \(String(format: "%.2f", cpuSeconds)) s CPU, \(String(format: "%.1f", peakMiB)) MiB peak"
                + (timedOut ? ", killed by the watchdog" : "")
        }
    }

    /// The executable the contract is stated for: the release build when it exists (`make test`
    /// builds it), else the debug one. `PARLEY_EXECUTABLE` overrides both.
    public static var executable: String {
        if let explicit = ProcessInfo.processInfo.environment["PARLEY_EXECUTABLE"] { return explicit }
        let release = RepositoryPaths.root + "/.build/release/parley"
        return FileManager.default.isExecutableFile(atPath: release) ? release : RepositoryPaths.parleyExecutable
    }

    /// True when `executable` is an optimised build, so the contract's figures apply as stated.
    public static var isRelease: Bool { executable.hasSuffix("/release/parley") }

    /// Runs `parley arguments…` with `input` on standard input (from a file, so any size works),
    /// kills it after `wallLimit` seconds or `cpuLimit` CPU seconds.
    public static func parley(
        _ arguments: [String], input: [UInt8] = [], cpuLimit: Int = 60, wallLimit: Double = 120
    ) throws -> Outcome {
        try run(
            executable, arguments, input: input, cpuLimit: cpuLimit, wallLimit: wallLimit,
            environment: ["FONTCONFIG_FILE": TestFonts.configurationPath])
    }

    /// Runs any program at `path` the same way.
    public static func run(
        _ path: String, _ arguments: [String], input: [UInt8] = [], cpuLimit: Int = 60,
        wallLimit: Double = 120, environment: [String: String] = [:]
    ) throws -> Outcome {
        let scratch = try TemporaryDirectory()
        let inputPath = try scratch.write(input, to: "stdin").path
        let outputPath = scratch.file("stdout").path, errorPath = scratch.file("stderr").path
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        FileManager.default.createFile(atPath: errorPath, contents: nil)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_TRUNC, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_TRUNC, 0)

        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // RLIMIT_CPU is inherited across exec; set it around the spawn and put it back, so the
        // test process itself is never limited.
        var saved = rlimit()
        getrlimit(RLIMIT_CPU_ID, &saved)
        var limited = rlimit(rlim_cur: rlim_t(cpuLimit), rlim_max: saved.rlim_max)
        setrlimit(RLIMIT_CPU_ID, &limited)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        setrlimit(RLIMIT_CPU_ID, &saved)
        guard spawned == 0 else { throw ExternalTool.Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))") }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        let deadline = Date().addingTimeInterval(wallLimit)
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR { break }
            if Date() > deadline && !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let signalled = (status & 0x7F) != 0
        let exitCode: Int32 = signalled ? 128 + (status & 0x7F) : (status >> 8) & 0xFF
        let cpu =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
        return Outcome(
            status: exitCode, cpuSeconds: cpu, peakMiB: Double(usage.ru_maxrss) / 1024,
            stdout: Array(FileManager.default.contents(atPath: outputPath) ?? Data()),
            stderr: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self), timedOut: timedOut)
    }

    private static let RLIMIT_CPU_ID = __rlimit_resource_t(RLIMIT_CPU.rawValue)
}
