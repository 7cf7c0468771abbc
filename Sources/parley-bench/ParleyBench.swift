import ArgumentParser
import Foundation
import Parley
import ParleyCairo
import ParleyScene

/// `swift run -c release parley-bench`: prints Parley's speed and memory as markdown tables,
/// with the peers' figures from the same run and the ratios between them.
@main
struct ParleyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley-bench",
        abstract: "Measure Parley: time per diagram, growth with the model, cold start, batch export, and the peers.",
        discussion: """
            Run from the repository's top folder after `swift build -c release`, e.g.
              .build/release/parley-bench
              .build/release/parley-bench --meetings 1000 --runs 50
              .build/release/parley-bench --only in-process,peers
            """)

    @Option(help: "Timed runs per figure.")
    var runs = 30

    @Option(help: "Meetings in the generated archive that `parley export` works through.")
    var meetings = 300

    @Option(
        help:
            "Sections, comma-separated: in-process, scaling, cold, export, peers, server, server-memory; or loop-svg, loop-png, loop-pdf to draw the peers' timeline scene 2,000 times under a profiler."
    )
    var only = "in-process,scaling,cold,export,peers,server,server-memory"

    @Option(help: "The folder of the peer baselines (bench/peers of the project's shared folder).")
    var peers = "../shared/bench/peers"

    @Option(help: "The parley executable to time as a process.")
    var parley = ".build/release/parley"

    @Option(help: "The model every chart is drawn from.")
    var sample = "Samples/istanbul-2025.yaml"

    @Option(help: "The parley-server executable the server sections start (`serve --port 0`).")
    var server = ".build/release/parley-server"

    @Option(help: "Requests a server load run stops at (or at --server-seconds, whichever is first).")
    var serverRequests = 3000

    @Option(help: "Seconds a server load run stops at.")
    var serverSeconds = 8.0

    @Option(help: "Requests of the server's memory run (memory after 1,000 against memory after these).")
    var memoryRequests = 100_000

    func validate() throws {
        guard runs >= 3 else { throw ValidationError("--runs must be at least 3") }
        guard meetings >= 1 else { throw ValidationError("--meetings must be at least 1") }
        guard serverRequests >= 1, serverSeconds > 0 else {
            throw ValidationError("--server-requests and --server-seconds must be positive")
        }
        guard memoryRequests > 1000 else { throw ValidationError("--memory-requests must be more than 1000 (it is compared with 1,000)") }
    }

    func run() throws {
        let sections = Set(only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("# parley-bench\n")
        print("\(ProcessInfo.processInfo.activeProcessorCount) cores; model \(sample); \(runs) runs a figure\n")

        for format in OutputFormat.pictures where sections.contains("loop-\(format.rawValue)") {
            let measurer = try PangoTextMeasurer()
            let time = try measure(2000) { _ = try format.writer.write(PeerScenes.timeline(measurer)) }
            let build = measure(500) { _ = PeerScenes.timeline(measurer) }
            let scene = PeerScenes.timeline(measurer)
            let draw = try measure(500) { _ = try format.writer.write(scene) }
            print("of which building the scene (measuring text) \(Format.micro(build.median)) µs, drawing \(Format.micro(draw.median)) µs")
            let bytes = try format.writer.write(scene)
            print("peers' timeline as \(format.rawValue): \(Format.micro(time.median)) µs median (\(time.spread)), \(bytes.count) bytes")
            if let path = ProcessInfo.processInfo.environment["PARLEY_BENCH_DUMP"] {
                FileManager.default.createFile(atPath: path, contents: Data(bytes))
            }
            return
        }
        let meeting = try Parley.load(sample).meeting
        if sections.contains("in-process") { try InProcessBench(meeting: meeting, file: sample, runs: runs).run() }
        if sections.contains("scaling") { try ScalingBench(runs: max(3, runs / 3)).run() }
        let processes = ProcessBench(parley: parley, sample: sample, runs: max(5, runs / 3), meetings: meetings, scratch: scratch)
        var coldPNG = Double.nan
        if sections.contains("cold") || sections.contains("peers") { coldPNG = processes.coldRender() }
        if sections.contains("export") { try processes.batchExport() }
        if sections.contains("peers") {
            PeerBench(peers: URL(fileURLWithPath: peers), scratch: scratch, parley: parley, sample: sample, runs: max(5, runs / 3))
                .compare(coldPNG: coldPNG, charts: runs * 3)
        }
        var limits = ServerBenchLimits()
        limits.requestsPerRun = serverRequests
        limits.secondsPerRun = serverSeconds
        limits.memoryRequests = memoryRequests
        if sections.contains("server") {
            try ServerBench(server: server, parley: parley, sample: sample, runs: runs, scratch: scratch, limits: limits).run()
        }
        if sections.contains("server-memory") { try ServerMemoryBench(server: server, sample: sample, limits: limits).run() }
    }
}
