import Foundation
import ParleyJSON

/// Runs the built `parley` in a child process and reports what the kernel says it cost: CPU
/// time and peak resident memory from `wait4`'s rusage. Regression tests for the resource
/// contract assert on these, never on wall-clock time measured inside the test process.
///
/// The child gets a CPU limit (`RLIMIT_CPU`) and a wall-clock watchdog, so a regression fails
/// its test instead of hanging the suite.
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
    ///
    /// The child is started by a small Python launcher rather than by this process: Linux
    /// counts the memory of the process image an `exec` replaces in the child's peak
    /// (`ru_maxrss`), so a child forked straight from a test process of 300 MiB would report at
    /// least 300 MiB. The launcher's own image is about 10 MiB, below any `parley` run.
    public static func run(
        _ path: String, _ arguments: [String], input: [UInt8] = [], cpuLimit: Int = 60, wallLimit: Double = 120,
        environment: [String: String] = [:]
    ) throws -> Outcome {
        let scratch = try TemporaryDirectory()
        let inputPath = try scratch.write(input, to: "stdin").path
        let outputPath = scratch.file("stdout").path, errorPath = scratch.file("stderr").path
        let reportPath = scratch.file("rusage").path
        guard let python = ExternalTool.locate("python3") else { throw ExternalTool.Failure(description: "python3 is not installed") }
        let launcher = ExternalTool.capture(
            python,
            ["-c", launcherScript, reportPath, inputPath, outputPath, errorPath, String(cpuLimit), String(wallLimit), path] + arguments,
            environment: environment)
        guard launcher.status == 0, let report = FileManager.default.contents(atPath: reportPath),
            let fields = try? JSONValue(parsing: Array(report)),
            let status = fields["status"]?.intValue, let cpu = fields["cpu"]?.doubleValue, let peakKiB = fields["maxrss"]?.intValue,
            let timedOut = fields["timedOut"]?.boolValue
        else {
            throw ExternalTool.Failure(description: "the launcher failed (\(launcher.status)): \(launcher.stderr)")
        }
        return Outcome(
            status: Int32(status), cpuSeconds: cpu, peakMiB: Double(peakKiB) / 1024,
            stdout: Array(FileManager.default.contents(atPath: outputPath) ?? Data()),
            stderr: String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self), timedOut: timedOut)
    }

    /// Forks, sets RLIMIT_CPU in the child and execs; kills it past the wall limit; writes the
    /// child's status and rusage as JSON.
    private static let launcherScript = """
        import json, os, resource, signal, sys, time
        report, stdin, stdout, stderr, cpu, wall, program = sys.argv[1:8]
        args = sys.argv[7:]
        pid = os.fork()
        if pid == 0:
            try:
                resource.setrlimit(resource.RLIMIT_CPU, (int(cpu), resource.getrlimit(resource.RLIMIT_CPU)[1]))
                for fd, name, flags in ((0, stdin, os.O_RDONLY), (1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), (2, stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
                    os.dup2(os.open(name, flags, 0o600), fd)
                os.execv(program, args)
            finally:
                os._exit(127)
        deadline = time.monotonic() + float(wall)
        timed_out = False
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done == pid:
                break
            if time.monotonic() > deadline and not timed_out:
                timed_out = True
                os.kill(pid, signal.SIGKILL)
            time.sleep(0.002)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
        with open(report, "w") as out:
            json.dump({"status": code, "cpu": usage.ru_utime + usage.ru_stime, "maxrss": usage.ru_maxrss, "timedOut": timed_out}, out)
        """

}
