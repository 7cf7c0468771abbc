import Foundation
import Parley
import ParleyJSON

#if canImport(Glibc)
    import Glibc
#endif

/// What an export has written so far, one manifest entry a line (its keys in the order of a
/// manifest's `files` entries), appended right after each file is linked into place
/// (`.manifest.json.journal` beside the manifest).
///
/// The manifest is written once, at the end; the journal keeps it true when there is no end.
/// Workers whose parent was killed fold it into the manifest before they go (`reconcile`),
/// and the next export does the same first thing, so the manifest lists every file the folder
/// holds even after `kill -9`, a full disk or a crashed worker.
final class ManifestJournal: @unchecked Sendable {
    let folder: OutputFolder
    let manifestName: String
    private let name: String
    private let descriptor: Int32

    init(in folder: OutputFolder, manifestName: String) throws(ParleyError) {
        self.folder = folder
        self.manifestName = manifestName
        name = ".\(manifestName).journal"
        descriptor = openat(folder.descriptor, name, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io("cannot write \(folder.path)/\(name): \(OutputFolder.reason())") }
    }

    deinit { close(descriptor) }

    /// One line in one `write`: appends from several workers never interleave within a line.
    func append(_ entry: Manifest.Entry) throws(ParleyError) {
        try AtomicFile.writeAll(Array(entry.json.compactSerialized().utf8) + [0x0A], to: descriptor, name: "\(folder.path)/\(name)")
    }

    /// Every whole line's entry; a line cut short by a kill or a full disk is skipped.
    func entries() -> [Manifest.Entry] {
        guard let bytes = folder.contents(of: name) else { return [] }
        return bytes.split(separator: 0x0A).compactMap { line in
            (try? JSONValue(parsing: Array(line))).flatMap(Manifest.Entry.init(json:))
        }
    }

    /// The manifest on disk, or none when missing or not a manifest.
    func manifestOnDisk() -> Manifest? {
        folder.contents(of: manifestName).flatMap { try? Manifest(bytes: $0, name: manifestName) }
    }

    /// Folds the journal into the manifest on disk (later entries replace earlier ones of the
    /// same path). Serialised by a lock on the journal, so workers stopping at once take turns.
    func reconcile() throws(ParleyError) {
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        let journaled = entries()
        guard !journaled.isEmpty else { return }
        let merged = Manifest.overlaying(journaled, on: manifestOnDisk()?.entries ?? [])
        try folder.writeIfChanged(Array(merged.json().serialized().utf8), to: manifestName)
    }

    /// Empties the journal once the manifest holds all it says.
    func clear() { ftruncate(descriptor, 0) }

    /// Removes the journal when the export is done with it (under its lock, so no one appends).
    func remove() { unlinkat(folder.descriptor, name, 0) }
}
