import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Watches a few files for saves, by polling what `stat` says of each path: device, inode,
/// size, and the modification and change times to the nanosecond. Polling sees every way an
/// editor saves — written in place, or written aside and renamed over the file (vim, VS Code's
/// atomic save), which gives the path a new inode — on every file system, and a few `stat`
/// calls every 25 ms cost nothing measurable. `render --watch` and `parley preview` share it.
public final class FileWatcher: Sendable {
    /// What `stat` says of a path; `nil` in a `State` while the path does not exist (between
    /// the unlink and the rename of some saves, or a flag not made yet).
    struct Signature: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.device == rhs.device && lhs.inode == rhs.inode && lhs.size == rhs.size
                && lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
                && lhs.changed.tv_sec == rhs.changed.tv_sec && lhs.changed.tv_nsec == rhs.changed.tv_nsec
        }

        static func of(_ path: String) -> Signature? {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return Signature(
                device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: info.st_mtim,
                changed: info.st_ctim)
        }
    }

    private struct State: Sendable {
        var paths: [String] = []
        /// Path → its signature when last reported (or when first watched); no entry for a
        /// path that did not exist then.
        var seen: [String: Signature] = [:]
        var stopped = false
    }

    /// How often the files are looked at.
    public let interval: Duration
    /// How long the files must stay as they are before a change is reported: an editor's save
    /// is often several writes (truncate, write, rename, a backup file), and a burst of them
    /// is one change.
    public let quiet: Duration
    private let state = Mutex(State())

    /// Watches `paths` (their state now is the one changes are measured from).
    public init(paths: [String], interval: Duration = .milliseconds(25), quiet: Duration = .milliseconds(25)) {
        self.interval = interval
        self.quiet = quiet
        watch(paths)
    }

    /// The paths watched, in the order given.
    public var paths: [String] { state.withLock { $0.paths } }

    /// Watches exactly `paths` from now on: a path watched already keeps the state it was last
    /// reported in (so a change made meanwhile is still seen), a new one starts from its state now.
    public func watch(_ paths: [String]) {
        var unique: [String] = []
        for path in paths where !unique.contains(path) { unique.append(path) }
        state.withLock { state in
            var seen: [String: Signature] = [:]
            for path in unique {
                if state.paths.contains(path) {
                    seen[path] = state.seen[path]
                } else {
                    seen[path] = Signature.of(path)
                }
            }
            state.paths = unique
            state.seen = seen
        }
    }

    /// Blocks until one or more watched files change and then stay unchanged for `quiet`;
    /// returns the paths that changed, or `nil` once `stop()` is called.
    public func nextChange() -> [String]? {
        var previous: [String: Signature]? = nil
        var lastMovement = ContinuousClock.now
        while true {
            let (paths, seen, stopped) = state.withLock { ($0.paths, $0.seen, $0.stopped) }
            if stopped { return nil }
            var current: [String: Signature] = [:]
            for path in paths { current[path] = Signature.of(path) }
            if let previous, previous != current { lastMovement = .now }
            previous = current
            let changed = paths.filter { current[$0] != seen[$0] }
            if !changed.isEmpty, ContinuousClock.now - lastMovement >= quiet {
                let reported = state.withLock { state -> [String]? in
                    guard !state.stopped else { return nil }
                    for path in changed where state.paths.contains(path) { state.seen[path] = current[path] }
                    return changed
                }
                return reported
            }
            sleep(for: interval)
        }
    }

    /// Makes `nextChange()` return `nil` within one interval.
    public func stop() { state.withLock { $0.stopped = true } }

    private func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        var left = timespec()
        while nanosleep(&request, &left) != 0, errno == EINTR { request = left }
    }
}
