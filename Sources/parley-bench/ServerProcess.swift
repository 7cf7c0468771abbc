import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A `parley-server serve --port 0` of the benchmark's own: started, asked for its port (the
/// line it prints when it listens), read for its memory, and stopped with SIGTERM.
final class ServerProcess {
    let process = Process()
    let port: UInt16
    private let output = Pipe()

    /// Starts `executable` and waits up to `timeout` seconds for it to say where it listens.
    init(executable: String, arguments: [String] = [], timeout: Double = 30) throws {
        // Line-buffered standard output (coreutils' stdbuf, which then execs the server, so the
        // pid is the server's): a server that prints its port with stdio's buffering into a
        // pipe would otherwise keep the line until it exits.
        let stdbuf = "/usr/bin/stdbuf"
        if FileManager.default.isExecutableFile(atPath: stdbuf) {
            process.executableURL = URL(fileURLWithPath: stdbuf)
            process.arguments = ["-oL", executable, "serve", "--port", "0"] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["serve", "--port", "0"] + arguments
        }
        process.standardOutput = output
        // The access log (whatever it is) goes nowhere: the benchmark measures rendering, and
        // a log the benchmark had to read would put its reading into the server's time.
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = output.fileHandleForReading
        var text = ""
        var found: UInt16?
        // A server that never says where it listens is stopped, which ends the reading below.
        let listening = SharedCounter()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
            if listening.current == 0, process.isRunning { process.terminate() }
        }
        while found == nil {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            found = Self.port(in: text)
        }
        guard let found else {
            if process.isRunning { process.terminate() }
            throw HTTPFailure(description: "\(executable) did not say which port it listens on; it printed: \(text)")
        }
        port = found
        _ = listening.next()
        // Keep reading what it prints, so a full pipe never blocks it.
        let drain = Thread { while !reader.availableData.isEmpty {} }
        drain.start()
    }

    /// The port in the line "… listening on http://host:PORT".
    static func port(in text: String) -> UInt16? {
        guard let range = text.range(of: "listening on http://") else { return nil }
        let rest = text[range.upperBound...]
        guard let lineEnd = rest.firstIndex(of: "\n") else { return nil }
        let address = rest[..<lineEnd]
        guard let colon = address.lastIndex(of: ":") else { return nil }
        return UInt16(address[address.index(after: colon)...].prefix { $0.isNumber })
    }

    /// The server's resident memory now and its peak so far (VmRSS, VmHWM), in KiB.
    func memory() -> (residentKiB: Int, peakKiB: Int) {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return (field("VmRSS"), field("VmHWM"))
    }

    /// SIGTERM, then waits for it to finish what it has in flight and exit.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit { stop() }
}
