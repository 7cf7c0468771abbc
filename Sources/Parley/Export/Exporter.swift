import Foundation
import ParleyCairo
import ParleyLayout
import ParleyModel
import Synchronization

/// What an export does besides the charts: formats, where, how many at once, which shard.
public struct ExportOptions: Sendable {
    public var formats: [OutputFormat]
    public var outputFolder: String
    /// Models exported at once; each worker has its own Cairo and Pango objects.
    public var jobs: Int
    public var shard: Shard?
    /// Theme, fonts, scale… shared by every chart (chart and round are set per file).
    public var request: ChartRequest
    /// When set, `jobs` child processes started with this command line do the rendering
    /// (see `Exporter.serveAsWorker`): Cairo writes SVG glyphs under a process-wide lock, so
    /// only processes, not threads, scale SVG. The command must make the same options.
    public var workerCommand: [String]?

    public init(
        formats: [OutputFormat] = [.svg, .png, .pdf], outputFolder: String = "Output",
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: Shard? = nil, request: ChartRequest = ChartRequest()
    ) {
        self.formats = formats; self.outputFolder = outputFolder; self.jobs = max(1, jobs); self.shard = shard; self.request = request
    }

    /// `manifest.json`, or `manifest.shard-K-of-N.json` for one shard (merge them afterwards).
    public var manifestName: String { shard.map { "manifest.shard-\($0.index)-of-\($0.count).json" } ?? "manifest.json" }
}

/// How an export went.
public struct ExportSummary: Sendable {
    public var models = 0
    public var written = 0
    public var unchanged = 0
    /// Files an earlier export made that this one no longer does (see `StaleOutputs`).
    public var removed = 0
    public var failures: [(file: String, message: String)] = []
    public var manifest = Manifest(entries: [])

    public var line: String {
        let failed = failures.isEmpty ? "" : ", \(failures.count) model\(failures.count == 1 ? "" : "s") failed"
        return
            "exported \(models - failures.count) of \(models) model\(models == 1 ? "" : "s"): \(written) file\(written == 1 ? "" : "s") written, \(unchanged) unchanged\(removed > 0 ? ", \(removed) no longer made and removed" : "")\(failed)"
    }
}

/// Exports every chart of every model, in parallel, writing only files whose bytes changed.
public enum Exporter {
    /// Model files named directly, and every `*.yaml`, `*.yml` and `*.json` directly inside
    /// folders named; sorted, so every run and every shard sees the same list.
    public static func modelFiles(from inputs: [String]) throws(ParleyError) -> [String] {
        var files: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw .io("\(input): no such file or folder")
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                files += names.filter {
                    ["yaml", "yml", "json"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) && !$0.hasPrefix(".")
                }
                .sorted().map { input.hasSuffix("/") ? input + $0 : input + "/" + $0 }
            } else {
                files.append(input)
            }
        }
        return files
    }

    public static func run(_ inputs: [String], options: ExportOptions, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in })
        throws(ParleyError) -> ExportSummary
    {
        let files = try modelFiles(from: inputs).filter { options.shard?.includes($0) ?? true }
        let total = files.count
        let collisions = meetingIDCollisions(files, jobs: options.jobs)
        let results = Mutex<[ModelOutcome]>([])
        let record: @Sendable (ModelOutcome) -> Void = { outcome in
            let done = results.withLock { list -> Int in
                list.append(outcome)
                return list.count
            }
            progress(done, total)
        }
        for index in 0..<total { if let collision = collisions[index] { record(ModelOutcome(index: index, failure: collision)) } }
        let pending = (0..<total).filter { collisions[$0] == nil }
        if let command = options.workerCommand, options.jobs > 1, pending.count > 1 {
            ExportWorkers.run(pending.map { ($0, files[$0]) }, command: command, jobs: options.jobs, record: record)
        } else {
            forEachInParallel(pending.count, jobs: options.jobs) { renderer, position in
                let index = pending[position]
                record(export(files[index], index: index, renderer: renderer, options: options))
            }
        }
        var summary = ExportSummary()
        summary.models = total
        var entries: [Manifest.Entry] = []
        for result in results.withLock({ $0 }).sorted(by: { $0.index < $1.index }) {
            if let failure = result.failure {
                summary.failures.append((files[result.index], failure))
                continue
            }
            entries += result.entries
            summary.written += result.written
            summary.unchanged += result.unchanged
        }
        summary.manifest = Manifest(entries: entries)
        let manifestPath = URL(fileURLWithPath: options.outputFolder).appendingPathComponent(options.manifestName).path
        if let previous = try? Manifest(contentsOf: manifestPath) {
            summary.removed = StaleOutputs.remove(previous: previous, current: summary.manifest, outputFolder: options.outputFolder)
        }
        if try writeIfChanged(Array(summary.manifest.json().serialized().utf8), to: manifestPath) {
            summary.written += 1
        } else {
            summary.unchanged += 1
        }
        return summary
    }

    /// The worker side of `ExportOptions.workerCommand`: reads `index<TAB>path` lines from
    /// standard input, exports each model with `options`, and writes one JSON line of its
    /// outcome to standard output for each, until standard input ends.
    public static func serveAsWorker(options: ExportOptions) {
        let renderer = try? ChartRenderer()
        let parent = getppid()
        // A worker whose parent was killed stops at the next model instead of exporting on
        // with no one to report to (its parent changes when it is orphaned).
        while getppid() == parent, let line = readLine(strippingNewline: true) {
            guard let tab = line.firstIndex(of: "\t"), let index = Int(line[..<tab]) else { continue }
            let outcome = export(String(line[line.index(after: tab)...]), index: index, renderer: renderer, options: options)
            FileHandle.standardOutput.write(Data((outcome.jsonLine() + "\n").utf8))
        }
    }

    /// Runs `body` for every index below `count` on `jobs` threads, each with its own renderer:
    /// Pango's objects must stay on the thread that made them.
    private static func forEachInParallel(
        _ count: Int, jobs: Int, rendering: Bool = true, _ body: @Sendable (ChartRenderer?, Int) -> Void
    ) {
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(count, 1))) { _ in
            let renderer = rendering ? try? ChartRenderer() : nil
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < count else { return }
                body(renderer, index)
            }
        }
    }

    /// Meeting ids name output folders, so two models with one id would overwrite each other's
    /// files. Settled before anything is written: the first file (in sorted order) keeps the id,
    /// every later one fails. Models are parsed and dropped here, so memory stays flat.
    private static func meetingIDCollisions(_ files: [String], jobs: Int) -> [String?] {
        let ids = Mutex([String?](repeating: nil, count: files.count))
        forEachInParallel(files.count, jobs: jobs, rendering: false) { _, index in
            let id = try? MeetingLoader.load(path: files[index]).meeting.id
            ids.withLock { $0[index] = id }
        }
        var owners: [String: String] = [:]
        return zip(files, ids.withLock { $0 }).map { file, id in
            guard let id else { return nil }
            if let owner = owners[id] {
                return "\(file): error: meeting id '\(id)' is also used by \(owner); ids name output folders and must differ"
            }
            owners[id] = file
            return nil
        }
    }

    private static func export(_ file: String, index: Int, renderer: ChartRenderer?, options: ExportOptions) -> ModelOutcome {
        guard let renderer else { return ModelOutcome(index: index, failure: "\(file): error: cannot set up text rendering") }
        do {
            let loaded = try Parley.load(file)
            let meeting = loaded.meeting
            var entries: [Manifest.Entry] = []
            var written = 0, unchanged = 0
            let items = ExportPlan.items(for: meeting, formats: options.formats)
            if let conflict = ExportPlan.conflict(in: items, manifestName: options.manifestName) {
                return ModelOutcome(index: index, failure: "\(file): error: \(conflict)")
            }
            for item in items {
                var request = options.request
                request.chart = item.chart
                request.layout.roundID = item.round
                // Ids in one report page must differ: prefix each SVG with its path.
                request.render.svgIDPrefix = RenderOptions.idPrefix(
                    from: item.path.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-") + "-")
                let scene = try renderer.scene(of: meeting, file: file, request: request)
                let bytes = try renderer.render(scene, request: request, format: item.format)
                let target = URL(fileURLWithPath: options.outputFolder).appendingPathComponent(item.path).path
                if try writeIfChanged(bytes, to: target) { written += 1 } else { unchanged += 1 }
                let scale = item.format == .png ? request.render.scale : 1
                entries.append(
                    Manifest.Entry(
                        path: item.path, source: file, meeting: meeting.id, chart: item.chart, round: item.round,
                        format: item.format.rawValue,
                        width: Int((scene.size.width * scale).rounded(.up)), height: Int((scene.size.height * scale).rounded(.up)),
                        bytes: bytes.count, sha256: SHA256.hex(bytes)))
            }
            return ModelOutcome(index: index, entries: entries, written: written, unchanged: unchanged)
        } catch {
            // Escaped lines, so the parent can print the failure a line each without re-parsing it.
            let lines = (error as? ParleyError)?.lines ?? [TerminalEscape.line("\(error)")]
            return ModelOutcome(index: index, failure: lines.joined(separator: "\n"))
        }
    }

    /// Writes atomically, and only when the bytes differ from what is there: re-running an
    /// export with unchanged inputs rewrites nothing, so file times stay and builds stay cached.
    @discardableResult
    static func writeIfChanged(_ bytes: [UInt8], to path: String) throws(ParleyError) -> Bool {
        if let existing = FileManager.default.contents(atPath: path), existing.count == bytes.count, Array(existing) == bytes {
            return false
        }
        try AtomicFile.write(bytes, to: path)
        return true
    }
}
