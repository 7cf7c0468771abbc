import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A plain HTTP/1.1 client over a socket: it sends exactly the bytes it is given (paths such
/// as `/parley/svg/../x` are not tidied, as curl and URLSession would), reads the answer until
/// the server closes, and runs on a thread of its own, so a test that sends 32 at once never
/// blocks the threads the in-process server answers on.
struct RawHTTP {
    struct Reply: Sendable {
        var status: Int
        /// Header names in lower case, each with its values in order.
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? { headers.first { $0.name == name.lowercased() }?.value }
        func headers(_ name: String) -> [String] { headers.filter { $0.name == name.lowercased() }.map(\.value) }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    let port: Int

    /// Sends `method path` with `headers` and `body` (`Connection: close`) and returns the reply.
    func send(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []) async throws -> Reply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return try await exchange(Array(head.utf8) + body)
    }

    /// Sends `bytes` as they are, in `pieces` with `pause` between them, and reads the reply.
    func exchange(_ bytes: [UInt8], pieces: [[UInt8]] = [], pause: Duration = .zero, beforeRest: (@Sendable () -> Void)? = nil)
        async throws -> Reply
    {
        let port = self.port
        return try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    with: Result { try Self.blockingExchange(port: port, [bytes] + pieces, pause: pause, beforeRest: beforeRest) })
            }
            thread.start()
        }
    }

    private static func blockingExchange(port: Int, _ pieces: [[UInt8]], pause: Duration, beforeRest: (@Sendable () -> Void)?) throws
        -> Reply
    {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: \(String(cString: strerror(errno)))") }
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                let (seconds, attoseconds) = pause.components
                let micros = UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
                usleep(micros)
                // Once the server has surely read what was sent, and a while before the rest.
                if index == 1, let beforeRest {
                    beforeRest()
                    usleep(micros)
                }
            }
            var sent = 0
            while sent < piece.count {
                let count = piece.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
                // The server may answer (413) and close before it has read everything.
                guard count > 0 else { break }
                sent += count
            }
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            received += buffer[0..<count]
        }
        return try parse(received)
    }

    static func parse(_ bytes: [UInt8]) throws -> Reply {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = bytes.firstRange(of: separator) else {
            throw Failure(
                description: "no complete HTTP head in \(bytes.count) bytes: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        let lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(lines[0])") }
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var body = Array(bytes[end.upperBound...])
        if let length = headers.first(where: { $0.0 == "content-length" }).flatMap({ Int($0.1) }), body.count > length {
            body = Array(body.prefix(length))
        }
        return Reply(status: status, headers: headers, body: body)
    }
}
