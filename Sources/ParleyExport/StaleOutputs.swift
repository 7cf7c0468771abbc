import Parley

/// Files an earlier export wrote for a meeting that this export no longer makes: a round that
/// was renamed or dropped. Only files the earlier manifest lists, of meetings exported again
/// now without failing, in a format and a language this export makes, and still holding the bytes it recorded
/// are removed: another format's files (another export may have asked for them), a file
/// someone edited or put there by hand are left alone. Removal goes through `OutputFolder`, so
/// a manifest entry or a folder that is a link cannot lead it outside the output folder.
enum StaleOutputs {
    /// The paths removed.
    static func remove(
        previous: Manifest, current: [String: Manifest.Entry], exported: [ModelOutcome], formats: [OutputFormat], folder: OutputFolder
    ) -> Set<String> {
        let meetings = Set(exported.flatMap { $0.entries.map(\.meeting) })
        let made = Set(formats.map(\.rawValue))
        // As with formats, another language's files are another export's to keep.
        let languages = Set(exported.flatMap { $0.entries.map(\.language) })
        var removed = Set<String>()
        for entry in previous.entries
        where meetings.contains(entry.meeting) && made.contains(entry.format) && languages.contains(entry.language)
            && current[entry.path] == nil
        {
            if folder.removeFile(entry.path, ifSHA256: entry.sha256) { removed.insert(entry.path) }
        }
        return removed
    }
}
