import Foundation
import ParleyCLI
import ParleyTestSupport
import Testing

/// The watcher `parley preview` and `render --watch` share: every way an editor saves is one
/// change, a burst of writes is one change, and a file made later is seen.
@Suite struct FileWatcherTests {
    private func nextChange(_ watcher: FileWatcher) async throws -> [String]? {
        try await offPool { watcher.nextChange() }
    }

    @Test func seesSavesInPlaceAndByRename() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("m.yaml").path
        try saveAsEditor("one", to: file, byRename: false)
        let watcher = FileWatcher(paths: [file], interval: .milliseconds(5), quiet: .milliseconds(5))
        // Same size, same second: only the inode, or the nanoseconds, tell.
        try saveAsEditor("two", to: file, byRename: true)
        #expect(try await nextChange(watcher) == [file])
        try saveAsEditor("six", to: file, byRename: false)
        #expect(try await nextChange(watcher) == [file])
    }

    @Test func aBurstOfWritesIsOneChange() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("m.yaml").path, other = folder.file("flag.svg").path
        try saveAsEditor("start", to: file, byRename: false)
        let watcher = FileWatcher(paths: [file, other], interval: .milliseconds(5), quiet: .milliseconds(60))
        let writer = Thread {
            for index in 0..<5 {
                try? saveAsEditor("write \(index)", to: file, byRename: index % 2 == 0)
                usleep(10_000)
            }
            try? saveAsEditor("<svg/>", to: other, byRename: false)
        }
        writer.start()
        // Every write of the burst is closer to the last than `quiet`: one change, both files.
        #expect(try await nextChange(watcher) == [file, other])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "write 4")
    }

    @Test func aFileMadeLaterAndTheWatchListChangingAreSeen() async throws {
        let folder = try TemporaryDirectory()
        let file = folder.file("m.yaml").path, flag = folder.file("flag.png").path
        try saveAsEditor("m", to: file, byRename: false)
        let watcher = FileWatcher(paths: [file], interval: .milliseconds(5), quiet: .milliseconds(5))
        watcher.watch([file, flag])
        try saveAsEditor("png", to: flag, byRename: false)
        #expect(try await nextChange(watcher) == [flag])
        try FileManager.default.removeItem(atPath: flag)
        #expect(try await nextChange(watcher) == [flag])
        watcher.stop()
        #expect(try await nextChange(watcher) == nil)
    }
}
