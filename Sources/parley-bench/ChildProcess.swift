import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One finished child process: its wall time and its own peak resident memory.
struct ChildRun {
    var status: Int32
    var wallMicros: Double
    var peakKiB: Int
}

enum ChildProcess {
    /// Runs `arguments[0]` (searched in PATH) with its output thrown away, timing it from spawn
    /// to exit; `wait4` gives the child's own peak RSS, not the benchmark's.
    static func run(_ arguments: [String], environment: [String: String] = [:]) -> ChildRun {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &fileActions, nil, argv, envp) == 0 else {
            return ChildRun(status: 127, wallMicros: .nan, peakKiB: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = clock.now - start
        let micros = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
        let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ChildRun(status: exitCode, wallMicros: micros, peakKiB: usage.ru_maxrss)
    }

    /// Runs `runs` times after one warm-up; nil when the command fails.
    static func repeated(_ arguments: [String], runs: Int, environment: [String: String] = [:]) -> (Timings, peakKiB: Int)? {
        guard run(arguments, environment: environment).status == 0 else { return nil }
        var wall: [Double] = [], peaks: [Int] = []
        for _ in 0..<runs {
            let result = run(arguments, environment: environment)
            guard result.status == 0 else { return nil }
            wall.append(result.wallMicros)
            peaks.append(result.peakKiB)
        }
        return (Timings(wall), peaks.sorted()[peaks.count / 2])
    }

    /// A and B run in turn, `pairs` times; the median of A/B taken pair by pair holds on a
    /// machine whose speed drifts, where two separate medians would not.
    static func pairedRatio(_ a: [String], _ b: [String], pairs: Int) -> Double? {
        guard run(a).status == 0, run(b).status == 0 else { return nil }
        var ratios: [Double] = []
        for _ in 0..<pairs {
            let first = run(a), second = run(b)
            guard first.status == 0, second.status == 0 else { return nil }
            ratios.append(first.wallMicros / second.wallMicros)
        }
        return Timings(ratios).median
    }

    /// Standard output of a command, or nil when it fails.
    static func output(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
