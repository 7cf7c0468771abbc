import Foundation

/// Runs a real client (rsvg-convert, pdftoppm, …) the way a user's machine would.
public enum ExternalTool {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `name` found on PATH (or an absolute path) with `arguments`, feeding `input`;
    /// returns its standard output. Throws when the tool is missing (set-up installs it) or
    /// exits non-zero.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:]) throws
        -> [UInt8]
    {
        guard let path = name.hasPrefix("/") ? name : locate(name) else {
            throw Failure(description: "\(name) is not installed; run `make setup`")
        }
        let result = capture(path, arguments, input: input, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "\(name) \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// Runs the program at `path` and returns its exit status and both outputs, whatever they are.
    public static func capture(
        _ path: String, _ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:], in folder: String? = nil
    ) -> (status: Int32, stdout: [UInt8], stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { return (-1, [], "cannot start \(path): \(error)") }
        // Write and read on separate threads so that no pipe fills up and blocks the others; the
        // group, not `isExecuting`, says when they are done (a thread not yet started is not
        // executing either, and its output would be lost).
        let done = DispatchGroup()
        let errors = LockedBytes()
        done.enter()
        Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
            done.leave()
        }.start()
        done.enter()
        Thread {
            errors.set(stderr.fileHandleForReading.readDataToEndOfFile())
            done.leave()
        }.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        return (process.terminationStatus, Array(output), String(decoding: errors.get(), as: UTF8.self))
    }

    public static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

final class LockedBytes: @unchecked Sendable {
    // Guarded by `lock`: written once by the reader thread, read after it finished.
    private var data = Data()
    private let lock = NSLock()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
