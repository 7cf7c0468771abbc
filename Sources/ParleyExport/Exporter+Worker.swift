import Foundation
import Parley
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Set when the stop pipe ends: only the parent holds its write end, until every worker is done.
private let parentGone = Atomic<Bool>(false)

extension Exporter {
    /// The worker side of `ExportOptions.workerCommand`: reads `WorkerRequest`s from standard
    /// input, exports each model into the inherited output folder, and writes one JSON line of
    /// its outcome to standard output for each, until standard input ends.
    ///
    /// It stops between files when asked to (a signal, or a byte on the stop pipe) and when
    /// its parent dies (the stop pipe ends, and its parent pid changes). A worker whose parent
    /// is gone folds the journal into the manifest before it exits, so a `kill -9` of the
    /// export leaves a manifest that lists every file written.
    public static func serveAsWorker(options: ExportOptions) {
        ExportInterruption.installForWorker()
        let parent = ProcessInfo.processInfo.environment[ExportWorkers.parentVariable].flatMap { pid_t($0) } ?? getppid()
        let orphaned: @Sendable () -> Bool = { parentGone.load(ordering: .relaxed) || getppid() != parent }
        // The parent may have died before this worker even started.
        guard !orphaned() else { return }
        let stop = ExportWorkers.stopDescriptor
        let watcher = Thread {
            var byte: UInt8 = 0
            var count = read(stop, &byte, 1)
            while count < 0 && errno == EINTR { count = read(stop, &byte, 1) }
            if count == 0 { parentGone.store(true, ordering: .relaxed) }
            ExportInterruption.requestStop()
        }
        watcher.start()
        let folder: OutputFolder, journal: ManifestJournal
        do {
            folder = try OutputFolder(descriptor: ExportWorkers.folderDescriptor, path: options.outputFolder)
            journal = try ManifestJournal(in: folder, manifestName: options.manifestName)
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            exit(1)
        }
        let export = ModelExport(folder: folder, journal: journal, options: options) {
            ExportInterruption.requestedSignal != nil || orphaned()
        }
        let renderer = Result { () throws(ParleyError) in try ChartRenderer() }
        var requests = WorkerRequestReader(descriptor: 0)
        while !export.shouldStop(), let request = requests.next() {
            let outcome = export.export(request, renderer: renderer)
            // Files written count even when no one hears of them: they are in the journal.
            try? AtomicFile.writeAll(Array((outcome.jsonLine() + "\n").utf8), to: 1, name: "the export's parent")
        }
        if orphaned() { try? journal.reconcile() }
    }
}
