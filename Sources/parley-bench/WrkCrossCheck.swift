import Foundation

/// The busiest load run again with wrk (Debian's, `scripts/setup.sh bench`), on a fresh server:
/// a second opinion from a load client that is not ours. wrk stops by time only and reports
/// its latency percentiles from a histogram, so parley-bench's own client is the main one.
struct WrkCrossCheck {
    let wrk: String
    let server: String
    let seconds: Double
    let clients: Int

    static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/wrk" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func run(paths: [String], formats: [String]) throws {
        let process = try ServerProcess(executable: server)
        defer { process.stop() }
        var rows: [[String]] = []
        for (path, format) in zip(paths, formats) {
            let url = "http://127.0.0.1:\(process.port)\(path)"
            _ = ChildProcess.output([wrk, "-t1", "-c\(clients)", "-d1s", url])
            let text = ChildProcess.output([wrk, "-t2", "-c\(clients)", "-d\(Int(seconds.rounded()))s", "--latency", url]) ?? ""
            let summary = Self.summary(of: text)
            rows.append([format, "\(clients)", summary.requests, summary.perSecond, summary.p50, summary.p99, summary.errors])
        }
        print("Cross-check with wrk (2 threads, \(clients) connections, \(Int(seconds.rounded())) s, fresh server)\n")
        table(["format", "connections", "requests", "req/s", "p50", "p99", "non-2xx or errors"], rows)
    }

    /// The figures of wrk's report, as it prints them.
    static func summary(of text: String) -> (requests: String, perSecond: String, p50: String, p99: String, errors: String) {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        func after(_ prefix: String) -> String {
            guard let line = lines.first(where: { $0.hasPrefix(prefix) }) else { return "–" }
            return line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        let requests = lines.first { $0.contains("requests in") }?.split(separator: " ").first.map(String.init) ?? "–"
        let errors = [after("Non-2xx or 3xx responses:"), after("Socket errors:")].filter { $0 != "–" }
        return (requests, after("Requests/sec:"), after("50%"), after("99%"), errors.isEmpty ? "0" : errors.joined(separator: "; "))
    }
}
