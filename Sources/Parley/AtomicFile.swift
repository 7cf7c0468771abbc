import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes outputs so that a reader never sees half a file, without destroying what the name
/// stands for. A regular file (or a new name) is replaced atomically: the bytes go to an
/// unnamed file in the same folder, linked in and renamed over the target only when whole.
/// Anything else is written straight to: `-` (standard output), a character device, a FIFO
/// (`-o >(gzip > x)`), a socket. A symbolic link is written through to what it points at, by
/// the same rules, so `-o /dev/stdout` writes to standard output and a link to a regular file
/// keeps being a link to the new file. A link to nothing, a folder or a block device is refused.
public enum AtomicFile {
    /// Writes atomically, and only when the bytes differ from what is there: re-running an
    /// export with unchanged inputs rewrites nothing, so file times stay and builds stay cached.
    @discardableResult
    public static func writeIfChanged(_ bytes: [UInt8], to path: String) throws(ParleyError) -> Bool {
        if let existing = FileManager.default.contents(atPath: path), existing.count == bytes.count, Array(existing) == bytes {
            return false
        }
        try write(bytes, to: path)
        return true
    }

    /// Writes `bytes` to `path` by the rules above (`-` is standard output), whether or not they changed.
    public static func write(_ bytes: [UInt8], to path: String) throws(ParleyError) {
        if path == "-" { return try writeAll(bytes, to: 1, name: "standard output") }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw .io("cannot write \(path): \(reason())") }
            return try replaceRegularFile(at: path, with: bytes, keepingModeOf: nil)
        }
        var target = path
        let isLink = info.st_mode & S_IFMT == S_IFLNK
        if isLink {
            guard stat(path, &info) == 0 else {
                throw .io(
                    "cannot write \(path): it is a symbolic link to something missing (\(reason())); Parley writes through a link only to a file, device or pipe that exists; create the target or remove the link"
                )
            }
            // A regular file is replaced where it really is, so the link keeps pointing at it.
            if info.st_mode & S_IFMT == S_IFREG || info.st_mode & S_IFMT == S_IFSOCK, let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            // `-o /dev/stdout` redirected to a file: the shell's open file is the output.
            if isLink, let stream = standardStream(sameAs: info) { return try writeAll(bytes, to: stream, name: path) }
            try replaceRegularFile(at: target, with: bytes, keepingModeOf: info)
        case S_IFCHR, S_IFIFO:
            let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .io("cannot write \(path): \(reason())") }
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, name: path)
        case S_IFSOCK:
            try writeToSocket(bytes, at: target, name: path)
        case S_IFDIR:
            throw .io("cannot write \(path): it is a folder; name a file inside it")
        default:
            throw .io("cannot write \(path): it is a block device or another special file; name a regular file, a pipe or -")
        }
    }

    /// Writes `bytes` as `name` in the open folder `folder`, replacing whatever entry has that
    /// name (a link or a FIFO is replaced, not followed) only once the new file is complete.
    package static func replace(in folder: Int32, name: String, with bytes: [UInt8], displayName: String, mode: mode_t = 0o644)
        throws(ParleyError)
    {
        let temporary = ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        // An unnamed file (O_TMPFILE) gets a name only once it is complete, so a run killed
        // while writing leaves nothing behind. Where the file system or /proc cannot do that, a
        // named temporary file is written and renamed instead.
        if try !writeUnnamed(bytes, in: folder, linkedAs: temporary, name: displayName, mode: mode) {
            let descriptor = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            guard descriptor >= 0 else { throw .io("cannot write \(displayName): \(reason())") }
            do throws(ParleyError) {
                defer { close(descriptor) }
                try writeAll(bytes, to: descriptor, name: displayName)
                guard fsync(descriptor) == 0 else { throw ParleyError.io("cannot write \(displayName): \(reason())") }
            } catch {
                unlinkat(folder, temporary, 0)
                throw error
            }
        }
        guard renameat(folder, temporary, folder, name) == 0 else {
            let message = reason()
            unlinkat(folder, temporary, 0)
            throw .io("cannot write \(displayName): \(message)")
        }
    }

    /// Atomic replacement of the regular file (or new name) `path`, keeping the old file's
    /// permissions when there was one.
    private static func replaceRegularFile(at path: String, with bytes: [UInt8], keepingModeOf old: stat?) throws(ParleyError) {
        let target = URL(fileURLWithPath: path)
        let folderPath = target.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create folder \(folderPath): \(error.localizedDescription)")
        }
        let folder = open(folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw .io("cannot write \(path): cannot open its folder: \(reason())") }
        defer { close(folder) }
        try replace(
            in: folder, name: target.lastPathComponent, with: bytes, displayName: path, mode: old.map { $0.st_mode & 0o7777 } ?? 0o644)
    }

    /// Writes `bytes` to an unnamed file in `folder` and links it as `linkedAs`; false when the
    /// system cannot (then nothing was created).
    private static func writeUnnamed(_ bytes: [UInt8], in folder: Int32, linkedAs temporary: String, name: String, mode: mode_t)
        throws(ParleyError) -> Bool
    {
        let descriptor = openat(folder, ".", oTmpFile | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, name: name)
        // The umask applies to the create; a kept mode is set as it was.
        if mode != 0o644 { fchmod(descriptor, mode) }
        guard fsync(descriptor) == 0 else { throw .io("cannot write \(name): \(reason())") }
        return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", folder, temporary, AT_SYMLINK_FOLLOW) == 0
    }

    /// Linux's O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), a macro Swift does not import.
    private static let oTmpFile: Int32 = 0o20_000_000 | O_DIRECTORY

    /// Standard output or error when `info` is the very file they are open on.
    private static func standardStream(sameAs info: stat) -> Int32? {
        for stream: Int32 in [1, 2] {
            var open = stat()
            if fstat(stream, &open) == 0, open.st_dev == info.st_dev, open.st_ino == info.st_ino { return stream }
        }
        return nil
    }

    /// A Unix-domain stream socket: connect and send.
    private static func writeToSocket(_ bytes: [UInt8], at path: String, name: String) throws(ParleyError) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { throw .io("cannot write \(name): the socket's path is longer than \(capacity - 1) bytes") }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: pathBytes)
            buffer[pathBytes.count] = 0
        }
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { throw .io("cannot write \(name): \(reason())") }
        defer { close(socket) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { throw .io("cannot write \(name): cannot connect to the socket: \(reason())") }
        try writeAll(bytes, to: socket, name: name)
    }

    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String) throws(ParleyError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .io("cannot write \(name): \(reason())")
            }
            offset += written
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
