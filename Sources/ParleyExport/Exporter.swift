import Foundation
import Parley
import ParleyCairo
import ParleyLayout
import ParleyModel
import Synchronization

/// What an export does besides the charts: formats, where, how many at once, which shard.
public struct ExportOptions: Sendable {
    /// The formats every chart is written in, in this order.
    public var formats: [OutputFormat]
    /// Where the files and the manifest go; made when missing.
    public var outputFolder: String
    /// Models exported at once; each worker has its own Cairo and Pango objects.
    public var jobs: Int
    /// The part of the models this run exports; `nil` for all of them.
    public var shard: Shard?
    /// Theme, fonts, scale… shared by every chart (chart and round are set per file).
    public var request: ChartRequest
    /// When set, child processes started with this command line do the rendering (see
    /// `Exporter.serveAsWorker`): Cairo writes SVG glyphs under a process-wide lock, so only
    /// processes, not threads, scale SVG. The command must make the same options.
    public var workerCommand: [String]?
    /// Told when another export holds the output folder and this one waits for it.
    public var waiting: @Sendable (String) -> Void = { _ in }
    /// The languages to write (`--lang en,ru`): with two or more, each into a folder of its own,
    /// `<lang>/<meeting>/…`; with one or none, `request.layout.language` into today's layout.
    public var languages: [String] = []

    /// Whether the files go into a folder per language.
    public var isMultilingual: Bool { languages.count > 1 }

    /// Makes options that write every picture format into `Output`, one job per processor, unsharded.
    public init(
        formats: [OutputFormat] = OutputFormat.pictures, outputFolder: String = "Output",
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: Shard? = nil, request: ChartRequest = ChartRequest()
    ) {
        self.formats = formats; self.outputFolder = outputFolder; self.jobs = max(1, jobs); self.shard = shard; self.request = request
    }

    /// `manifest.json`, or `manifest.shard-K-of-N.json` for one shard (merge them afterwards).
    public var manifestName: String { shard.map { "manifest.shard-\($0.index)-of-\($0.count).json" } ?? "manifest.json" }
}

/// How an export went.
public struct ExportSummary: Sendable {
    /// Model files tried, failed ones included.
    public var models = 0
    /// Files whose bytes were new or changed, and so were written.
    public var written = 0
    /// Files left alone because their bytes were already there.
    public var unchanged = 0
    /// Files an earlier export made that this one no longer does (see `StaleOutputs`).
    public var removed = 0
    /// Each model that failed, with its error, in file order.
    /// The models that failed, with why; `stopped` is true for one that failed only because
    /// the export was stopped before it was done.
    public var failures: [(file: String, message: String, stopped: Bool)] = []
    /// Located warnings, one line each, in model order.
    public var warnings: [String] = []
    /// Every file the folder holds from exports, this one's and the earlier ones' it kept.
    public var manifest = Manifest(entries: [])
    /// Why the manifest could not be written, when it could not (the failures above still hold).
    public var manifestFailure: String?
    /// The signal that stopped the export early, if one did.
    public var stoppedBy: Int32?

    /// The summary line the CLI prints at the end, e.g. `exported 3 of 3 models: 24 files written, 0 unchanged`.
    public var line: String {
        let failed = failures.isEmpty ? "" : ", \(failures.count) model\(failures.count == 1 ? "" : "s") failed"
        let stopped = stoppedBy.map { ", stopped early by \(WorkerProcess.signalName($0))" } ?? ""
        return
            "exported \(models - failures.count) of \(models) model\(models == 1 ? "" : "s"): \(written) file\(written == 1 ? "" : "s") written, \(unchanged) unchanged\(removed > 0 ? ", \(removed) no longer made and removed" : "")\(failed)\(stopped)"
    }
}

/// Exports every chart of every model, in parallel, writing only files whose bytes changed.
public enum Exporter {
    /// Model files named directly, and every `*.yaml`, `*.yml` and `*.json` directly inside
    /// folders named; sorted, so every run and every shard sees the same list. Manifests in
    /// `outputFolder` (when given) are outputs, not models, and are left out.
    public static func modelFiles(from inputs: [String], outputFolder: FileIdentity? = nil) throws(ParleyError) -> [String] {
        var files: [String] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw .io("\(input): no such file or folder")
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                let inOutput = outputFolder != nil && FileIdentity(path: input) == outputFolder
                files += names.filter {
                    ["yaml", "yml", "json"].contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) && !$0.hasPrefix(".")
                        && !(inOutput && isManifestName($0))
                }
                .sorted().map { input.hasSuffix("/") ? input + $0 : input + "/" + $0 }
            } else {
                let url = URL(fileURLWithPath: input)
                let folder = FileIdentity(path: url.deletingLastPathComponent().path)
                if outputFolder != nil, folder == outputFolder, isManifestName(url.lastPathComponent) { continue }
                files.append(input)
            }
        }
        return files
    }

    /// `manifest.json` and `manifest.shard-K-of-N.json`.
    static func isManifestName(_ name: String) -> Bool {
        name == "manifest.json" || (name.hasPrefix("manifest.shard-") && name.hasSuffix(".json"))
    }

    /// Exports every model `inputs` name (see `modelFiles`), reporting `progress(done, total)` models as each ends.
    public static func run(_ inputs: [String], options: ExportOptions, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in })
        throws(ParleyError) -> ExportSummary
    {
        let folder = try OutputFolder(options.outputFolder)
        let lock = try ExportLock(on: folder, manifestName: options.manifestName, sharded: options.shard != nil, waiting: options.waiting)
        let journal = try ManifestJournal(in: folder, manifestName: options.manifestName)
        // An export killed before its end left what it wrote in the journal: fold it in first,
        // so "earlier" below means everything on disk. If that cannot be written, nothing is.
        try journal.reconcile()
        journal.clear()
        let previous = journal.manifestOnDisk() ?? Manifest(entries: [])

        let files = try modelFiles(from: inputs, outputFolder: folder.identity).filter { options.shard?.includes($0) ?? true }
        let total = files.count
        let settled = MeetingIDs.settle(files, jobs: options.jobs)
        let results = Mutex<[ModelOutcome]>([])
        let record: @Sendable (ModelOutcome) -> Void = { outcome in
            let done = results.withLock { list -> Int in
                list.append(outcome)
                return list.count
            }
            progress(done, total)
        }
        for index in 0..<total { if let collision = settled.collisions[index] { record(ModelOutcome(index: index, failure: collision)) } }
        let pending = (0..<total).filter { settled.collisions[$0] == nil }.map {
            WorkerRequest(index: $0, file: files[$0], expectedID: settled.ids[$0])
        }
        if let command = options.workerCommand, !pending.isEmpty {
            ExportWorkers.run(pending, command: command, jobs: options.jobs, folder: folder, lock: lock, record: record)
        } else {
            let context = ModelExport(folder: folder, journal: journal, options: options)
            forEachInParallel(pending.count, jobs: options.jobs) { renderer, position in
                record(context.export(pending[position], renderer: renderer))
            }
        }
        var summary = ExportSummary()
        summary.models = total
        summary.stoppedBy = ExportInterruption.requestedSignal
        let outcomes = results.withLock { $0 }.sorted { $0.index < $1.index }
        let assembled = ManifestAssembly.assemble(
            outcomes: outcomes, journaled: journal.entries(), previous: previous, formats: options.formats, folder: folder)
        summary.removed = assembled.removed
        summary.manifest = assembled.manifest
        for outcome in outcomes {
            summary.written += outcome.written
            summary.unchanged += outcome.unchanged
            summary.warnings += outcome.warnings
            if let failure = outcome.failure ?? assembled.duplicates[outcome.index] {
                summary.failures.append((files[outcome.index], failure, outcome.stopped))
            }
        }
        do {
            if try folder.writeIfChanged(Array(summary.manifest.json().serialized().utf8), to: options.manifestName) {
                summary.written += 1
            } else {
                summary.unchanged += 1
            }
            journal.remove()
        } catch {
            // The journal stays: the next export folds it into the manifest.
            summary.manifestFailure = error.description
        }
        withExtendedLifetime(lock) {}
        return summary
    }

    /// Runs `body` for every index below `count` on `jobs` threads, each with its own renderer:
    /// Pango's objects must stay on the thread that made them.
    static func forEachInParallel(
        _ count: Int, jobs: Int, rendering: Bool = true, _ body: @Sendable (Result<ChartRenderer, ParleyError>?, Int) -> Void
    ) {
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, max(count, 1))) { _ in
            let renderer = rendering ? Result { () throws(ParleyError) in try ChartRenderer() } : nil
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

}

/// Meeting ids name output folders, so two models with one id would overwrite each other's
/// files. Settled before anything is written: the first file (in sorted order) keeps the id,
/// every later one fails. Workers then export a model only if the bytes they read give the id
/// settled here, so a model edited during the export cannot take another's folder.
enum MeetingIDs {
    static func settle(_ files: [String], jobs: Int) -> (ids: [String?], collisions: [String?]) {
        let ids = Mutex([String?](repeating: nil, count: files.count))
        // Models are parsed and dropped here, so memory stays flat.
        Exporter.forEachInParallel(files.count, jobs: jobs, rendering: false) { _, index in
            let id = try? MeetingLoader.load(path: files[index]).meeting.id
            ids.withLock { $0[index] = id }
        }
        let found = ids.withLock { $0 }
        // Compared without case: on macOS and Windows 'Talks' and 'talks' are one folder.
        var owners: [String: (file: String, id: String)] = [:]
        let collisions = zip(files, found).map { file, id -> String? in
            guard let id else { return nil }
            if let owner = owners[id.lowercased()] {
                let clash =
                    owner.id == id
                    ? "meeting id '\(id)' is also used by \(owner.file)"
                    : "meeting id '\(id)' differs from '\(owner.id)' of \(owner.file) only in case"
                return "\(file): error: \(clash); ids name output folders and must differ"
            }
            owners[id.lowercased()] = (file, id)
            return nil
        }
        return (found, collisions)
    }
}
