import Foundation
import Parley

#if canImport(Glibc)
    import Glibc
#endif

/// An export's output folder, held open as a directory handle. Every file below it is reached
/// by walking its components with `openat(…, O_NOFOLLOW)` from that handle, so a symbolic
/// link planted inside the folder (a meeting folder pointing elsewhere, a file pointing at
/// /etc/passwd) is refused instead of followed, whether writing, reading or deleting. The
/// folder itself may be a link: the user named it.
public final class OutputFolder: @unchecked Sendable {
    /// The folder as the user named it, for messages.
    public let path: String
    let descriptor: Int32

    /// Opens `path`, creating it (and its parents) when missing.
    public init(_ path: String) throws(ParleyError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create the output folder \(path): \(error.localizedDescription)")
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io("cannot open the output folder \(path): \(Self.reason())") }
        self.path = path
        self.descriptor = descriptor
    }

    /// Takes over an open folder handle (a worker's, inherited from the export).
    init(descriptor: Int32, path: String) throws(ParleyError) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw .io("the export worker was not given the output folder \(path)")
        }
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// The folder's device and inode, to recognise it however it is named.
    public var identity: FileIdentity? { FileIdentity(descriptor: descriptor) }

    /// `relative` split into components, or why it cannot name a file below the folder.
    static func components(of relative: String) throws(ParleyError) -> [String] {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\u{0}") }) else {
            throw .io("'\(relative)' is not a path inside the output folder")
        }
        return parts
    }

    /// Runs `body` with a handle on the folder holding `relative` and the file's own name.
    /// Folders on the way are created when `creating`; a link or a file among them is an error.
    func withParent<T>(of relative: String, creating: Bool, _ body: (Int32, String) throws(ParleyError) -> T) throws(ParleyError)
        -> T
    {
        var parts = try Self.components(of: relative)
        let name = parts.removeLast()
        // Close-on-exec, unlike dup(): a worker spawned on another thread meanwhile must not get it.
        var current = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard current >= 0 else { throw .io("cannot open \(path): \(Self.reason())") }
        defer { close(current) }
        var walked = path
        for part in parts {
            walked += "/" + part
            var next = openat(current, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0, errno == ENOENT, creating {
                if mkdirat(current, part, 0o755) != 0, errno != EEXIST {
                    throw .io("cannot create folder \(walked): \(Self.reason())")
                }
                next = openat(current, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            guard next >= 0 else {
                if errno == ELOOP || errno == ENOTDIR { throw .io(Self.notAFolder(walked, in: current, named: part)) }
                throw .io("cannot open folder \(walked): \(Self.reason())")
            }
            close(current)
            current = next
        }
        return try body(current, name)
    }

    private static func notAFolder(_ walked: String, in folder: Int32, named part: String) -> String {
        var info = stat()
        if fstatat(folder, part, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFLNK {
            return "\(walked) is a symbolic link; export never writes or deletes through links inside its output folder; remove it"
        }
        return "\(walked) is not a folder; export needs it as a folder; move it away"
    }

    /// The bytes of the regular file at `relative`, or nil when there is none (a link, a
    /// device or a folder there counts as none: it is never read through).
    func contents(of relative: String) -> [UInt8]? {
        try? withParent(of: relative, creating: false) { folder, name throws(ParleyError) in
            let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard file >= 0 else { return nil }
            defer { close(file) }
            return Self.readRegularFile(file)
        }
    }

    /// The size of the regular file at `relative`, or nil when there is none.
    func regularFileSize(of relative: String) -> Int? {
        try? withParent(of: relative, creating: false) { folder, name throws(ParleyError) in
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Int(info.st_size)
        }
    }

    /// Writes `bytes` to `relative` atomically unless the regular file there already holds
    /// them; says whether it wrote. Whatever else is at that name (a link, a FIFO) is replaced,
    /// never written through.
    @discardableResult
    func writeIfChanged(_ bytes: [UInt8], to relative: String) throws(ParleyError) -> Bool {
        try withParent(of: relative, creating: true) { folder, name throws(ParleyError) in
            let existing = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            if existing >= 0 {
                let current = Self.readRegularFile(existing, limit: bytes.count)
                close(existing)
                if current == bytes { return false }
            }
            try AtomicFile.replace(in: folder, name: name, with: bytes, displayName: path + "/" + relative)
            return true
        }
    }

    /// Removes the regular file at `relative` when its bytes hash to `sha256`, then the folders
    /// it leaves empty up to (not including) the output folder; says whether it removed it.
    func removeFile(_ relative: String, ifSHA256 sha256: String) -> Bool {
        guard let parts = try? Self.components(of: relative) else { return false }
        let removed =
            (try? withParent(of: relative, creating: false) { folder, name throws(ParleyError) -> Bool in
                let file = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
                guard file >= 0 else { return false }
                let bytes = Self.readRegularFile(file)
                close(file)
                guard let bytes, SHA256.hex(bytes) == sha256 else { return false }
                return unlinkat(folder, name, 0) == 0
            }) ?? false
        guard removed else { return false }
        // Deepest first; rmdir of a folder that is not empty (or is a link) simply fails.
        for depth in stride(from: parts.count - 1, to: 0, by: -1) {
            let folder = parts[..<depth].joined(separator: "/")
            let gone =
                (try? withParent(of: folder, creating: false) { parent, name throws(ParleyError) in
                    unlinkat(parent, name, AT_REMOVEDIR) == 0
                }) ?? false
            if !gone { break }
        }
        return true
    }

    /// Reads a regular file to its end; nil for anything else, or past `limit` bytes when given
    /// (a file of another size cannot hold the bytes being compared with).
    static func readRegularFile(_ file: Int32, limit: Int? = nil) -> [UInt8]? {
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        if let limit, Int(info.st_size) != limit { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            if let limit, bytes.count > limit { return nil }
        }
    }

    static func reason() -> String { String(cString: strerror(errno)) }
}

/// A file's device and inode: the same file however it is named.
public struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        device = UInt64(info.st_dev); inode = UInt64(info.st_ino)
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev); inode = UInt64(info.st_ino)
    }
}
