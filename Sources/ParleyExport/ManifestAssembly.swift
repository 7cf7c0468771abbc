import Parley

/// The manifest an export leaves: every file the folder holds from exports. This export's
/// files, the files an earlier export listed that this one did not touch (other formats, models
/// that failed this time, models not given this time) as long as they are still there, and
/// nothing this export removed as stale.
enum ManifestAssembly {
    struct Result {
        var manifest: Manifest
        var removed: Int
        /// Models whose files another model of this export also wrote, by index, with why.
        var duplicates: [Int: String]
    }

    static func assemble(
        outcomes: [ModelOutcome], journaled: [Manifest.Entry], previous: Manifest, formats: [OutputFormat], folder: OutputFolder
    ) -> Result {
        var current: [String: Manifest.Entry] = [:]
        var writer: [String: Int] = [:]
        var duplicates: [Int: String] = [:]
        for outcome in outcomes {
            for entry in outcome.entries {
                if let first = writer[entry.path], first != outcome.index {
                    duplicates[outcome.index] = "\(entry.source): error: \(entry.path) was also written by another model of this export"
                    continue
                }
                writer[entry.path] = outcome.index
                current[entry.path] = entry
            }
        }
        // Files a worker wrote before it was killed, whose answer never came.
        for entry in journaled where current[entry.path] == nil { current[entry.path] = entry }

        let removed = StaleOutputs.remove(
            previous: previous, current: current, exported: outcomes.filter { $0.failure == nil }, formats: formats, folder: folder)
        var entries = Array(current.values)
        for entry in previous.entries where current[entry.path] == nil && !removed.contains(entry.path) {
            // Kept while the file is still the one listed; one deleted or rewritten by hand is not ours.
            if folder.regularFileSize(of: entry.path) == entry.bytes { entries.append(entry) }
        }
        return Result(manifest: Manifest(entries: entries), removed: removed.count, duplicates: duplicates)
    }
}
