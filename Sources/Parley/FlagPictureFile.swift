import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a flag picture so that what is checked is what is read. Checking a path and then
/// opening it again let a file swapped for a link in between be read from outside the model's
/// folder (46 of 300 renders did). Here the path is resolved once, into an `O_PATH` descriptor
/// that opens nothing (no device is touched, no FIFO waited on); the kernel's name for that
/// descriptor (`/proc/self/fd/N`) is checked against the folder, and the bytes are read
/// through that same descriptor, reopened for reading, whatever the path names by then.
enum FlagPictureFile {
    /// `O_PATH` from <fcntl.h>, which Swift's Glibc module does not export (it needs _GNU_SOURCE).
    private static let openPathOnly: Int32 = 0o10_000_000

    enum Failure: Error, Equatable {
        case missing(String)
        case notRegular(String)
        case outside(String)
        case tooLarge(Int)
        case unreadable(String)
    }

    /// The folder `path` must stay in, with links resolved; nil when it cannot be resolved.
    static func realFolder(_ folder: String) -> String? {
        guard let resolved = realpath(folder, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of `path` (relative to `folder`, which has links resolved), at most `maxBytes`.
    static func read(_ path: String, in folder: String, allowExternal: Bool, maxBytes: Int) throws(Failure) -> [UInt8] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let full = path.hasPrefix("/") ? path : prefix + path
        // A path that leaves the folder by its spelling (absolute, `..`) is refused before
        // anything outside is looked up.
        if !allowExternal, !lexicallyNormalized(full).hasPrefix(prefix) { throw .outside(lexicallyNormalized(full)) }
        let located = open(full, openPathOnly | O_CLOEXEC)
        guard located >= 0 else {
            let reason = String(cString: strerror(errno))
            throw errno == ENOENT || errno == ENOTDIR ? .missing(full) : .unreadable(reason)
        }
        defer { close(located) }
        guard let real = name(of: located) else { throw .unreadable("cannot tell where it leads (/proc is needed)") }
        if !allowExternal { guard real.hasPrefix(prefix) else { throw .outside(real) } }
        var status = stat()
        guard fstat(located, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegular(real) }
        guard Int(status.st_size) <= maxBytes else { throw .tooLarge(Int(status.st_size)) }

        // Reopening the descriptor's own name opens the file it holds, not whatever the path
        // names now.
        let readable = open("/proc/self/fd/\(located)", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard readable >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(readable) }
        var opened = stat()
        guard fstat(readable, &opened) == 0, opened.st_ino == status.st_ino, opened.st_dev == status.st_dev else {
            throw .unreadable("the file changed while it was opened")
        }
        // Read one byte past the limit, so a file that grew since fstat is still refused.
        var bytes = [UInt8](repeating: 0, count: maxBytes + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(readable, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
            if count == 0 { break }
            filled += count
        }
        guard filled <= maxBytes else { throw .tooLarge(filled) }
        return Array(bytes[0..<filled])
    }

    /// `path` with `.` and `..` taken out by spelling alone, following no link.
    private static func lexicallyNormalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// What the kernel calls the file a descriptor holds, with every link resolved.
    private static func name(of descriptor: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
