import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small blocking HTTP/1.1 client on 127.0.0.1 for the preview's tests: plain requests, and
/// a Server-Sent Events stream read event by event. Blocking on purpose (each read has a
/// timeout), and so run off Swift's cooperative threads (`offPool`), which the preview renders on.
final class LoopbackConnection: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private let socket: Int32
    private var buffer: [UInt8] = []

    init(port: Int, timeout: Double = 10) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var time = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(socket) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send: \(String(cString: strerror(errno)))") }
            sent += n
        }
    }

    /// Reads what is there; false at the end of the stream; throws on a timeout.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if n < 0 { throw Failure(description: "read: \(String(cString: strerror(errno)))") }
        if n == 0 { return false }
        buffer += chunk[..<n]
        return true
    }

    func line() throws -> String {
        while true {
            if let end = buffer.firstIndex(of: 10) {
                var line = Array(buffer[..<end])
                buffer.removeFirst(end + 1)
                if line.last == 13 { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard try fill() else { throw Failure(description: "the stream ended in a line") }
        }
    }

    func bytes(_ count: Int) throws -> [UInt8] {
        while buffer.count < count {
            guard try fill() else { throw Failure(description: "the stream ended early") }
        }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }

    /// The status and headers (names in lower case) of a response.
    func head() throws -> (status: Int, headers: [String: String]) {
        let statusLine = try line()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        while true {
            let header = try line()
            if header.isEmpty { break }
            guard let colon = header.firstIndex(of: ":") else { continue }
            headers[header[..<colon].lowercased()] = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    /// The next chunk of a chunked body; empty at its end.
    func chunk() throws -> [UInt8] {
        let size = Int(try line(), radix: 16) ?? 0
        let data = try bytes(size)
        _ = try line()
        return data
    }

    /// Whether the peer closed the connection (reads until it does, or until the timeout).
    func closed() -> Bool {
        while true {
            do { if !(try fill()) { return true } } catch { return false }
            buffer.removeAll()
        }
    }
}

/// One response of a plain request.
struct LoopbackResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

enum LoopbackHTTP {
    /// `GET path` on a fresh connection.
    static func get(port: Int, _ path: String) throws -> LoopbackResponse {
        let connection = try LoopbackConnection(port: port)
        try connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let (status, headers) = try connection.head()
        var body: [UInt8] = []
        if headers["transfer-encoding"] == "chunked" {
            while case let chunk = try connection.chunk(), !chunk.isEmpty { body += chunk }
        } else {
            body = try connection.bytes(Int(headers["content-length"] ?? "0") ?? 0)
        }
        return LoopbackResponse(status: status, headers: headers, body: body)
    }
}

/// The preview's event stream, read one event at a time.
final class EventStreamReader: @unchecked Sendable {
    let connection: LoopbackConnection
    let headers: [String: String]
    let status: Int
    private var pending = ""

    init(port: Int, timeout: Double = 10) throws {
        connection = try LoopbackConnection(port: port, timeout: timeout)
        try connection.send("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        (status, headers) = try connection.head()
    }

    /// The next event's name and data (its `data:` lines joined); nil when the stream ends.
    func next() throws -> (name: String, data: String)? {
        while true {
            if let end = pending.range(of: "\n\n") {
                let block = pending[..<end.lowerBound]
                pending.removeSubrange(..<end.upperBound)
                var name = "message", data: [Substring] = []
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(line.dropFirst(6)) }
                }
                if data.isEmpty { continue }  // `retry:` or a comment
                return (name, data.joined(separator: "\n"))
            }
            let chunk = try connection.chunk()
            if chunk.isEmpty { return nil }
            pending += String(decoding: chunk, as: UTF8.self)
        }
    }
}

/// Runs blocking work on a thread of its own, so Swift's cooperative threads (the preview's
/// drawing waits on them) stay free.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
