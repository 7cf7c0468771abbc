import Foundation

/// Runs the built `parley` as a user would, with the tests' pinned fonts.
public enum CommandRunner {
    public static func parley(_ arguments: [String], input: [UInt8]? = nil) -> (status: Int32, stdout: [UInt8], stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.parleyExecutable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["FONTCONFIG_FILE": TestFonts.configurationPath]) { $1 }
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        do { try process.run() } catch { return (-1, [], "cannot start parley: \(error)") }
        if let input { stdin.fileHandleForWriting.write(Data(input)) }
        try? stdin.fileHandleForWriting.close()
        let errors = LockedBytes()
        let reader = Thread { errors.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while reader.isExecuting { usleep(1000) }
        return (process.terminationStatus, Array(output), String(decoding: errors.get(), as: UTF8.self))
    }
}

final class LockedBytes: @unchecked Sendable {
    // Guarded by `lock`: written once by the reader thread, read after it finished.
    private var data = Data()
    private let lock = NSLock()
    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
