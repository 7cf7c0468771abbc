import Parley

#if canImport(Glibc)
    import Glibc
#endif

/// One model for a worker to export, as it travels down the worker's standard input.
///
/// Length-prefixed, because a file name may hold any byte but NUL, a newline or a tab
/// included: a header line `<index> <path bytes> <id bytes or -1>` and then exactly that many
/// bytes of path and of meeting id.
struct WorkerRequest: Equatable, Sendable {
    /// The model's place in the sorted list of files.
    var index: Int
    var file: String
    /// The meeting id the parent settled for this file before any worker started; nil when
    /// the model did not load then. A worker exports the model only when the bytes it reads
    /// give this same id (see `Exporter.export`).
    var expectedID: String?

    func encoded() -> [UInt8] {
        let path = Array(file.utf8), id = expectedID.map { Array($0.utf8) }
        return Array("\(index) \(path.count) \(id.map { String($0.count) } ?? "-1")\n".utf8) + path + (id ?? [])
    }
}

/// Reads `WorkerRequest`s from a descriptor until it ends (or holds something else).
struct WorkerRequestReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false

    init(descriptor: Int32) { self.descriptor = descriptor }

    mutating func next() -> WorkerRequest? {
        guard let header = line() else { return nil }
        let fields = header.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 3, let index = Int(fields[0]), let pathLength = Int(fields[1]), let idLength = Int(fields[2]),
            pathLength >= 0, idLength >= -1, let path = bytes(pathLength)
        else { return nil }
        var id: String?
        if idLength >= 0 {
            guard let idBytes = bytes(idLength) else { return nil }
            id = String(decoding: idBytes, as: UTF8.self)
        }
        return WorkerRequest(index: index, file: String(decoding: path, as: UTF8.self), expectedID: id)
    }

    private mutating func line() -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                defer { position = newline + 1 }
                return Array(buffer[position..<newline])
            }
            guard fill() else { return nil }
        }
    }

    private mutating func bytes(_ count: Int) -> [UInt8]? {
        while buffer.count - position < count { guard fill() else { return nil } }
        defer { position += count }
        return Array(buffer[position..<position + count])
    }

    /// Reads more; false at the end.
    private mutating func fill() -> Bool {
        guard !ended else { return false }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 14)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                ended = true
                return false
            }
            buffer += chunk[..<count]
            return true
        }
    }
}
