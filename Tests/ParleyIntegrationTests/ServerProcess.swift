import Foundation
import ParleyTestSupport

/// `parley-server serve --port 0` (or another command line that serves on a free loopback port)
/// running for one test: started, its port read from the line it prints (`listening on
/// http://127.0.0.1:PORT`, or Hummingbird's log line while standard output sits in its
/// buffer), and stopped with SIGTERM when the test is done.
final class ServerProcess {
    let process = Process()
    let baseURL: String
    private let output = LockedText()

    init(_ executable: String = Toolchain.server, _ arguments: [String] = ["serve", "--port", "0"]) throws {
        let path = try Toolchain.installed(executable, "\(executable) (swift build --build-tests makes it)")
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["FONTCONFIG_FILE": TestFonts.configurationPath]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let output = self.output
        pipe.fileHandleForReading.readabilityHandler = { handle in output.append(handle.availableData) }
        try process.run()
        // Start-up takes well under a second; the bound is only there so a broken server fails.
        let deadline = Date().addingTimeInterval(30)
        var port: Substring?
        while port == nil, Date() < deadline, process.isRunning {
            port = output.text.firstMatch(of: /listening on (?:http:\/\/)?127\.0\.0\.1:(\d+)/)?.1
            if port == nil { usleep(20_000) }
        }
        guard let port else {
            process.terminate()
            throw ToolFailure("parley-server did not say where it listens: \(output.text)")
        }
        baseURL = "http://127.0.0.1:\(port)"
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// The status, content type and body of a GET, by Debian's Python (no HTTP client in the tests).
    func get(_ url: String) throws -> (status: Int, contentType: String, body: [UInt8]) {
        let script = """
            import sys, urllib.request, urllib.error
            try:
                response = urllib.request.urlopen(sys.argv[1], timeout=30)
                status, body = response.status, response.read()
            except urllib.error.HTTPError as error:
                response, status, body = error, error.code, error.read()
            sys.stdout.buffer.write(b'%d %s\\n' % (status, response.headers.get('Content-Type', '').encode()) + body)
            """
        let output = try ExternalTool.run(Toolchain.debianPython, ["-c", script, url])
        let newline = output.firstIndex(of: UInt8(ascii: "\n")) ?? output.endIndex
        let head = String(decoding: output[..<newline], as: UTF8.self).split(separator: " ", maxSplits: 1)
        let body = newline < output.endIndex ? Array(output[(newline + 1)...]) : []
        return (Int(head.first ?? "") ?? 0, head.count > 1 ? String(head[1]) : "", body)
    }
}

/// What the server printed so far, appended from the pipe's reader.
final class LockedText: @unchecked Sendable {
    // Guarded by `lock`.
    private var data = Data()
    private let lock = NSLock()
    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
