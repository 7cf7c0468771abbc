import Foundation
import Parley
import ParleyCLI
import ParleyServer

/// How long and how much the server benchmark may run.
struct ServerBenchLimits {
    /// Concurrent clients of each load run.
    var clients = [1, 4, 16]
    /// Requests a load run stops at, and seconds, whichever comes first.
    var requestsPerRun = 3000
    var secondsPerRun = 8.0
    /// The long run whose memory is compared with the memory after its first 1,000 requests.
    var memoryRequests = 100_000
    var memorySeconds = 1200.0
    /// Cold `parley render` processes each of the two parallel loops runs.
    var coldRendersPerProcess = 40
}

/// `parley serve` under load: requests per second and latency percentiles of the Istanbul
/// round-2 timeline as SVG and PNG through Kroki's GET URL at 1, 4 and 16 clients, against the
/// same work done by cold `parley render` processes and in this process; and the server's
/// memory after 1,000 requests and after 100,000.
struct ServerBench {
    let server: String
    let parley: String
    let sample: String
    let runs: Int
    let scratch: URL
    let limits: ServerBenchLimits
    let formats: [OutputFormat] = [.svg, .png]
    /// The chart options of every request, as query parameters and as CLI options.
    let options = [(name: "chart", value: "timeline"), (name: "round", value: "round-2")]

    /// One format's figures, for the ratios.
    private struct Figures {
        var inProcess: Timings
        var layoutAndRender: Timings
        var byClients: [Int: LoadResult] = [:]
        var cold = Double.nan
    }

    func run() throws {
        let model = try Array(Data(contentsOf: URL(fileURLWithPath: sample)))
        let encoded = KrokiEncoding.encode(model)
        let query = options.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        print("## `parley serve` (Kroki GET /parley/{svg,png}/… of \(sample), \(query))\n")
        print(
            "Load client: parley-bench's own (one thread and one kept-alive HTTP/1.1 connection per client, closed loop, each request timed "
                + "from its first byte sent to its last byte read); a run stops at \(limits.requestsPerRun) requests or "
                + "\(Format.oneDecimal(limits.secondsPerRun)) s, after a warm-up. The server: `parley-server serve --port 0`, its defaults "
                + "(\(ServerConfiguration().workers) render threads, queue \(ServerConfiguration().queueLimit)).\n")

        if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            // Other work on the machine takes cores from the server and the clients alike.
            print("Load average at the start (1, 5, 15 min): \(load.split(separator: " ").prefix(3).joined(separator: ", "))\n")
        }
        var figures: [OutputFormat: Figures] = [:]
        for format in formats { figures[format] = try inProcess(model: model, encoded: encoded, format: format) }

        let process = try ServerProcess(executable: server)
        defer { process.stop() }
        var rows: [[String]] = []
        for format in formats {
            let request = Self.get("/parley/\(format.rawValue)/\(encoded)?\(query)", port: process.port)
            try check(format: format, request: request, port: process.port, model: model)
            for clients in limits.clients {
                _ = LoadRun(port: process.port, clients: clients, requests: [request], maxRequests: max(8, 2 * clients), maxSeconds: 10)
                    .run()
                let result = LoadRun(
                    port: process.port, clients: clients, requests: [request], maxRequests: limits.requestsPerRun,
                    maxSeconds: limits.secondsPerRun
                ).run()
                figures[format]?.byClients[clients] = result
                rows.append(Self.loadRow(format.rawValue, clients, result))
            }
        }
        let memory = process.memory()
        table(["format", "clients", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "failed"], rows)
        print(
            "Server memory after these runs: VmRSS \(Format.mebi(memory.residentKiB)) MiB, peak (VmHWM) \(Format.mebi(memory.peakKiB)) MiB\n"
        )
        process.stop()

        for format in formats { figures[format]?.cold = coldThroughput(format: format) }
        printReference(figures)
        printTargets(figures)
        if let wrk = WrkCrossCheck.locate() {
            try WrkCrossCheck(wrk: wrk, server: server, seconds: min(5, limits.secondsPerRun), clients: limits.clients.max() ?? 16)
                .run(paths: formats.map { "/parley/\($0.rawValue)/\(encoded)?\(query)" }, formats: formats.map(\.rawValue))
        }
    }

    /// The server's answer is the picture `parley render` would make with the same options.
    private func check(format: OutputFormat, request: [UInt8], port: UInt16, model: [UInt8]) throws {
        let response = try HTTPConnection(port: port).exchange(request, keepBody: true)
        guard response.status == 200 else {
            throw HTTPFailure(
                description: "the server answered \(response.status): \(String(decoding: response.body.prefix(400), as: UTF8.self))")
        }
        let renderer = try ChartRenderer()
        let loaded = try Parley.load(bytes: model, file: "model", baseFolder: "/nonexistent")
        let chartRequest = try ChartArguments.request(options, format: format)
        let expected = try renderer.render(
            try renderer.scene(of: loaded, request: chartRequest), of: loaded.meeting, file: loaded.file, request: chartRequest,
            format: format)
        let same = expected == response.body ? "the same bytes as in this process" : "NOT the bytes this process renders"
        print("\(format.rawValue): \(response.contentType), \(response.bodyBytes) bytes, \(same)\n")
    }

    /// The server's work without HTTP, timed in this process: inflate the URL's model, parse
    /// it, lay the chart out and write it; and layout + write alone (the table above's
    /// figures, with the server's options: native text for SVG).
    private func inProcess(model: [UInt8], encoded: String, format: OutputFormat) throws -> Figures {
        let renderer = try ChartRenderer()
        let request = try ChartArguments.request(options, format: format)
        let whole = try measure(runs) {
            let bytes = try KrokiEncoding.decode(Substring(encoded), limit: 1 << 20)
            let loaded = try Parley.load(bytes: bytes, file: "model", baseFolder: "/nonexistent")
            let scene = try renderer.scene(of: loaded, request: request)
            _ = try renderer.render(scene, of: loaded.meeting, file: loaded.file, request: request, format: format)
        }
        let loaded = try Parley.load(bytes: model, file: "model", baseFolder: "/nonexistent")
        let drawing = try measure(runs) {
            let scene = try renderer.scene(of: loaded, request: request)
            _ = try renderer.render(scene, of: loaded.meeting, file: loaded.file, request: request, format: format)
        }
        return Figures(inProcess: whole, layoutAndRender: drawing)
    }

    /// Renders per second of two loops of cold `parley render` side by side (one per core).
    private func coldThroughput(format: OutputFormat) -> Double {
        let perProcess = limits.coldRendersPerProcess
        let clock = ContinuousClock()
        let failures = SharedCounter()
        let done = DispatchSemaphore(value: 0)
        let started = clock.now
        for loop in 0..<2 {
            let output = scratch.appendingPathComponent("cold-\(loop).\(format.rawValue)").path
            var arguments = [parley, "render", sample] + options.flatMap { ["--\($0.name)", $0.value] } + ["-o", output]
            if format == .svg { arguments += ["--svg-text", "native"] }
            Thread { [arguments] in
                for _ in 0..<perProcess where ChildProcess.run(arguments).status != 0 { _ = failures.next() }
                done.signal()
            }.start()
        }
        done.wait()
        done.wait()
        let wall = clock.now - started
        guard failures.current == 0 else { return .nan }
        return Double(2 * perProcess) / (Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
    }

    private func printReference(_ figures: [OutputFormat: Figures]) {
        print("The same work elsewhere: in this process (µs: median, p10–p90; \(runs) runs) and as cold processes\n")
        var rows: [[String]] = []
        for format in formats {
            guard let figure = figures[format] else { continue }
            rows.append([
                format.rawValue, "\(Format.micro(figure.inProcess.median)) (\(figure.inProcess.spread))",
                "\(Format.micro(figure.layoutAndRender.median)) (\(figure.layoutAndRender.spread))", Format.oneDecimal(figure.cold),
            ])
        }
        table(
            [
                "format", "in process: inflate + parse + layout + write", "in process: layout + write",
                "cold `parley render`, 2 processes: renders/s",
            ], rows)
    }

    private func printTargets(_ figures: [OutputFormat: Figures]) {
        let most = limits.clients.max() ?? 16, least = limits.clients.min() ?? 1
        var rows: [[String]] = []
        for format in formats {
            guard let figure = figures[format], let busy = figure.byClients[most], let single = figure.byClients[least] else { continue }
            let best = figure.byClients.values.map(\.perSecond).max() ?? .nan
            let throughput = busy.perSecond / figure.cold
            let p99 = busy.latencies.percentile(99) / 1000
            let perRequest = single.latencies.median / figure.inProcess.median
            rows.append([
                format.rawValue, "\(Format.ratio(throughput)) (best \(Format.ratio(best / figure.cold)))", Self.verdict(throughput >= 10),
                "\(Format.oneDecimal(p99)) ms", Self.verdict(p99 < 50), Format.ratio(perRequest), Self.verdict(perRequest <= 1.3),
                Format.ratio(single.latencies.median / figure.layoutAndRender.median),
            ])
        }
        print("Targets: server req/s at \(most) clients ÷ cold renders/s (≥ 10×); p99 at \(most) clients (< 50 ms); ")
        print("server p50 at \(least) client ÷ the same work in this process (≤ 1.3×), and ÷ layout + write alone\n")
        table(["format", "throughput ÷ cold", "≥ 10×", "p99", "< 50 ms", "per request ÷ in process", "≤ 1.3×", "÷ layout + write"], rows)
    }

    static func verdict(_ met: Bool) -> String { met ? "met" : "not met" }

    static func loadRow(_ label: String, _ clients: Int, _ result: LoadResult) -> [String] {
        let latencies = result.latencies
        var row = [label, "\(clients)", "\(result.requests)", Format.oneDecimal(result.perSecond)]
        row += [50.0, 90, 99, 100].map { Format.milli(latencies.percentile($0)) }
        row.append(result.failures == 0 ? "0" : "\(result.failures) (\(result.firstFailure ?? ""))")
        return row
    }

    /// The bytes of `GET path` on a kept-alive connection.
    static func get(_ path: String, port: UInt16) -> [UInt8] {
        Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUser-Agent: parley-bench\r\nAccept: */*\r\n\r\n".utf8)
    }
}
