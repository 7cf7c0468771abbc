import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes outputs so that a reader never sees half a file: bytes go to a temporary file in
/// the same folder, which is then renamed over the target. `-` is standard output.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(ParleyError) {
        if path == "-" {
            try writeAll(bytes, to: 1, name: "standard output")
            return
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create folder \(folder.path): \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        // An unnamed file in the target's folder (O_TMPFILE) gets a name only once it is
        // complete, so a run killed while writing leaves nothing behind. Where the file system
        // or /proc cannot do that, a named temporary file is written and renamed instead.
        if try !writeUnnamed(bytes, in: folder.path, linkedAs: temporary.path, name: path) {
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw .io("cannot write \(path): \(String(cString: strerror(errno)))") }
            do throws(ParleyError) {
                defer { close(descriptor) }
                try writeAll(bytes, to: descriptor, name: path)
                guard fsync(descriptor) == 0 else { throw ParleyError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
            } catch {
                unlink(temporary.path)
                throw error
            }
        }
        guard rename(temporary.path, target.path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .io("cannot write \(path): \(message)")
        }
    }

    /// Writes `bytes` to an unnamed file in `folder` and links it as `linkedAs`; false when the
    /// system cannot (then nothing was created).
    private static func writeUnnamed(_ bytes: [UInt8], in folder: String, linkedAs temporary: String, name: String) throws(ParleyError)
        -> Bool
    {
        let descriptor = open(folder, oTmpFile | O_WRONLY | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, name: name)
        guard fsync(descriptor) == 0 else { throw .io("cannot write \(name): \(String(cString: strerror(errno)))") }
        return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0
    }

    /// Linux's O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), a macro Swift does not import.
    private static let oTmpFile: Int32 = 0o20_000_000 | O_DIRECTORY

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(ParleyError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .io("cannot write \(name): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
