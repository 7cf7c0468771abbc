import Foundation
import ParleyServer

/// The server's memory over a long run on a fresh server: VmRSS after 1,000 requests and at
/// checkpoints up to 100,000, each read while no request is in flight, so the figures compare.
/// Requests alternate SVG and PNG of the same chart; a leak of either shows as growth.
struct ServerMemoryBench {
    let server: String
    let sample: String
    let limits: ServerBenchLimits
    let clients = 4

    func run() throws {
        let model = try Array(Data(contentsOf: URL(fileURLWithPath: sample)))
        let encoded = KrokiEncoding.encode(model)
        let process = try ServerProcess(executable: server)
        defer { process.stop() }
        let requests = ["svg", "png"].map { ServerBench.get("/parley/\($0)/\(encoded)?chart=timeline&round=round-2", port: process.port) }
        let checkpoints = [1000, 10_000, 30_000, 100_000].filter { $0 < limits.memoryRequests } + [limits.memoryRequests]
        print("## `parley serve` memory over \(limits.memoryRequests) requests (SVG and PNG in turn, \(clients) clients, fresh server)\n")
        let started = process.memory()
        var rows: [[String]] = [["0", "–", "–", Format.mebi(started.residentKiB), Format.mebi(started.peakKiB)]]
        var served = 0, failed = 0
        var first: Int?
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(limits.memorySeconds * 1000))
        for checkpoint in checkpoints {
            let remaining = deadline - clock.now
            guard remaining > .zero else { break }
            let result = LoadRun(
                port: process.port, clients: clients, requests: requests, maxRequests: checkpoint - served,
                maxSeconds: Double(remaining.components.seconds)
            ).run()
            served += result.requests + result.failures
            failed += result.failures
            // Let the event loops finish writing the last responses before reading.
            Thread.sleep(forTimeInterval: 0.2)
            let memory = process.memory()
            if first == nil { first = memory.residentKiB }
            rows.append([
                "\(served)", Format.oneDecimal(result.perSecond), Format.milli(result.latencies.percentile(99)),
                Format.mebi(memory.residentKiB),
                Format.mebi(memory.peakKiB),
            ])
            if served < checkpoint { break }
        }
        table(["requests served", "req/s (this stretch)", "p99 ms", "VmRSS MiB", "VmHWM MiB"], rows)
        let last = process.memory().residentKiB
        if let first, served > 1000 {
            let growth = Double(last - first) / Double(max(1, first)) * 100
            print(
                "From 1,000 to \(served) requests: \(Format.mebi(first)) → \(Format.mebi(last)) MiB (\(String(format: "%+.1f", growth)) %); "
                    + "\(failed) failed\n")
        }
        if served < limits.memoryRequests {
            print(
                "Stopped at \(served) of \(limits.memoryRequests) requests: the time bound (\(Int(limits.memorySeconds)) s) came first.\n")
        }
    }
}

extension Format {
    static func oneDecimal(_ value: Double) -> String { value.isFinite ? String(format: "%.1f", value) : "–" }
}
