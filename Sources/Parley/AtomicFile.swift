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
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io("cannot write \(path): \(String(cString: strerror(errno)))") }
        do throws(ParleyError) {
            try writeAll(bytes, to: descriptor, name: path)
            guard fsync(descriptor) == 0 else { throw ParleyError.io("cannot write \(path): \(String(cString: strerror(errno)))") }
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, target.path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .io("cannot write \(path): \(message)")
        }
    }

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
