import Foundation

/// Files an earlier export wrote for a meeting that this export no longer makes (a round that
/// was renamed or dropped, a format no longer asked for). Only files the earlier manifest lists,
/// of meetings exported again now, and still holding the bytes it recorded are removed: a file
/// someone edited or put there by hand is left alone.
enum StaleOutputs {
    static func remove(previous: Manifest, current: Manifest, outputFolder: String) -> Int {
        let meetings = Set(current.entries.map(\.meeting))
        let kept = Set(current.entries.map(\.path))
        let root = URL(fileURLWithPath: outputFolder).standardizedFileURL
        var removed = 0
        for entry in previous.entries where meetings.contains(entry.meeting) && !kept.contains(entry.path) {
            let file = root.appendingPathComponent(entry.path).standardizedFileURL
            // A manifest is a file anyone can edit: never follow one outside the output folder.
            guard file.path.hasPrefix(root.path + "/"), let bytes = FileManager.default.contents(atPath: file.path),
                SHA256.hex(Array(bytes)) == entry.sha256
            else { continue }
            guard (try? FileManager.default.removeItem(at: file)) != nil else { continue }
            removed += 1
            var folder = file.deletingLastPathComponent()
            while folder.path.hasPrefix(root.path + "/"),
                (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
            {
                try? FileManager.default.removeItem(at: folder)
                folder = folder.deletingLastPathComponent()
            }
        }
        return removed
    }
}
