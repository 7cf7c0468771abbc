import Foundation

/// Runs a real client (rsvg-convert, pdftoppm, …) the way a user's machine would.
public enum ExternalTool {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `name` found on PATH with `arguments`, feeding `input`; returns its standard output.
    /// Throws when the tool is missing (set-up installs it) or exits non-zero.
    @discardableResult
    public static func run(
        _ name: String, _ arguments: [String], input: [UInt8] = [], currentDirectory: URL? = nil, environment: [String: String] = [:]
    ) throws -> [UInt8] {
        guard let path = name.hasPrefix("/") ? name : locate(name) else {
            throw Failure(description: "\(name) is not installed; run `make setup`")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin; process.standardOutput = stdout; process.standardError = stderr
        try process.run()
        // Write and read on separate threads so neither pipe fills up and blocks the other.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedBytes()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorReader.isExecuting { usleep(1000) }
        guard process.terminationStatus == 0 else {
            throw Failure(
                description:
                    "\(name) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(String(decoding: errorData.get(), as: UTF8.self))"
            )
        }
        return Array(output)
    }

    public static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
