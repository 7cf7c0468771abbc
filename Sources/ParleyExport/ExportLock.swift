import Foundation
import Parley

#if canImport(Glibc)
    import Glibc
#endif

/// One export at a time per output folder and manifest: two exports into one folder would
/// each take the other's files for stale ones and rewrite the manifest without them.
///
/// `flock` on `.parley-export.lock` in the folder: an export takes it exclusively; a shard
/// (`--shard K/N`, which writes its own manifest) takes it shared, so shards run side by side,
/// and takes its own manifest's lock (`.manifest.shard-K-of-N.json.lock`) exclusively. A second
/// export waits, saying for whom, rather than failing: `make -j` and CI retries then just work.
/// The lock's open file is handed to the workers, so it is held until the last of them is gone,
/// even when the parent was killed.
final class ExportLock {
    static let folderLockName = ".parley-export.lock"
    /// Open lock files, the folder's first; workers inherit them.
    let descriptors: [Int32]

    init(on folder: OutputFolder, manifestName: String, sharded: Bool, waiting: (String) -> Void) throws(ParleyError) {
        var held: [Int32] = []
        do throws(ParleyError) {
            held.append(try Self.acquire(Self.folderLockName, in: folder, exclusive: !sharded, waiting: waiting))
            if sharded { held.append(try Self.acquire(".\(manifestName).lock", in: folder, exclusive: true, waiting: waiting)) }
        } catch {
            held.forEach { close($0) }
            throw error
        }
        descriptors = held
    }

    deinit {
        // Our pid is no longer the holder's; clear it so a later waiter does not name us.
        if let last = descriptors.last { ftruncate(last, 0) }
        descriptors.forEach { close($0) }
    }

    private static func acquire(_ name: String, in folder: OutputFolder, exclusive: Bool, waiting: (String) -> Void)
        throws(ParleyError) -> Int32
    {
        let file = openat(folder.descriptor, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else {
            throw .io("cannot lock the output folder \(folder.path) (\(name)): \(OutputFolder.reason())")
        }
        let mode = exclusive ? LOCK_EX : LOCK_SH
        if flock(file, mode | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                close(file)
                throw .io("cannot lock the output folder \(folder.path) (\(name)): \(OutputFolder.reason())")
            }
            waiting("waiting for \(holder(of: file, folder: folder.path)) to finish")
            while flock(file, mode) != 0 {
                guard errno == EINTR else {
                    close(file)
                    throw .io("cannot lock the output folder \(folder.path) (\(name)): \(OutputFolder.reason())")
                }
            }
        }
        if exclusive {
            let line = Array("\(getpid())\n".utf8)
            ftruncate(file, 0)
            _ = line.withUnsafeBytes { pwrite(file, $0.baseAddress, $0.count, 0) }
        }
        return file
    }

    /// Who holds the lock, as far as the lock file says: exclusive holders write their pid.
    private static func holder(of file: Int32, folder: String) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(file, $0.baseAddress, $0.count, 0) }
        let text = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
        if let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0, kill(pid, 0) == 0 || errno == EPERM {
            return "the export into \(folder) by process \(pid)"
        }
        return "another export into \(folder) (sharded, or its workers finishing)"
    }
}
