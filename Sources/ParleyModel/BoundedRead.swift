import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a model file, standard input, a pipe or a FIFO (`parley validate <(…)`), never more
/// than the size limit: `yes | parley validate -` stops after 16 MiB instead of filling memory.
enum BoundedRead {
    static func model(at path: String, file: String) throws(ModelError) -> [UInt8] {
        let start = SourceLocation(file: file, line: 1, column: 1)
        func failure(_ message: String) -> ModelError { ModelError(diagnostics: [Diagnostic(.error, at: start, message)]) }
        let descriptor = path == "-" ? dup(0) : open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "there is no such file" : String(cString: strerror(errno))
            throw failure("cannot read the model: \(reason)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot read the model: \(String(cString: strerror(errno)))") }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw failure("this is a folder; name a model file (.yaml, .yml or .json) in it") }
        if type == S_IFREG, Int(status.st_size) > ModelLimits.maxFileBytes {
            throw failure("the file is \(status.st_size) bytes; models are limited to \(ModelLimits.maxFileBytes) bytes (16 MiB)")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read the model: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes += chunk[..<count]
            guard bytes.count <= ModelLimits.maxFileBytes else {
                throw failure(
                    "the model is more than \(ModelLimits.maxFileBytes) bytes (16 MiB), the limit; reading stopped there")
            }
        }
        return bytes
    }
}
