#if canImport(Glibc)
    import Glibc
#endif

/// Why a request of the load client got no whole response.
struct HTTPFailure: Error, CustomStringConvertible {
    var description: String
}

/// One kept-alive HTTP/1.1 connection to the server on loopback, used by one client thread:
/// blocking reads and writes, so the time around `exchange` is the request's own latency with
/// nothing of an event loop's scheduling in it.
final class HTTPConnection {
    /// What the server answered; the body is kept only when asked for (to check it once).
    struct Response {
        var status: Int
        var bodyBytes: Int
        var contentType: String
        var body: [UInt8]
    }

    let port: UInt16
    private var descriptor: Int32 = -1
    /// Bytes read but not yet parsed live in `storage[start..<end]`.
    private var storage = [UInt8](repeating: 0, count: 1 << 17)
    private var start = 0
    private var end = 0

    init(port: UInt16) throws(HTTPFailure) {
        self.port = port
        try open()
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Sends `request` (whole bytes of one HTTP request) and reads its response. A connection
    /// the server closed is opened again once.
    func exchange(_ request: [UInt8], keepBody: Bool = false) throws(HTTPFailure) -> Response {
        do {
            return try attempt(request, keepBody: keepBody)
        } catch {
            try reopen()
            return try attempt(request, keepBody: keepBody)
        }
    }

    private func attempt(_ request: [UInt8], keepBody: Bool) throws(HTTPFailure) -> Response {
        try send(request)
        let head = try readHead()
        var response = Response(status: head.status, bodyBytes: 0, contentType: head.contentType, body: [])
        if head.chunked {
            while true {
                let line = try readLine()
                let sizeText = line.split(separator: ";").first.map(String.init) ?? ""
                guard let size = Int(sizeText.trimmingSpaces, radix: 16) else {
                    throw HTTPFailure(description: "a chunk size '\(line)' is not hexadecimal")
                }
                if size == 0 {
                    while try !readLine().isEmpty {}
                    break
                }
                try readBody(size, into: &response, keep: keepBody)
                _ = try readLine()
            }
        } else {
            try readBody(head.contentLength ?? 0, into: &response, keep: keepBody)
        }
        if head.closes { try reopen() }
        return response
    }

    private func open() throws(HTTPFailure) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw HTTPFailure(description: "socket: \(String(cString: strerror(errno)))") }
        var noDelay: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw HTTPFailure(description: "connect to port \(port): \(String(cString: strerror(errno)))") }
    }

    private func reopen() throws(HTTPFailure) {
        if descriptor >= 0 { close(descriptor) }
        start = 0
        end = 0
        try open()
    }

    private func send(_ bytes: [UInt8]) throws(HTTPFailure) {
        var sent = 0
        while sent < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw HTTPFailure(description: "send: \(String(cString: strerror(errno)))") }
            sent += written
        }
    }

    /// Reads more bytes into the buffer, compacting or growing it first when it is full.
    private func fill() throws(HTTPFailure) {
        if end == storage.count {
            if start > 0 {
                storage.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + start, end - start)
                }
                end -= start
                start = 0
            } else {
                storage.append(contentsOf: [UInt8](repeating: 0, count: storage.count))
            }
        }
        while true {
            let count = storage.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress! + end, $0.count - end, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                throw HTTPFailure(description: count == 0 ? "the server closed the connection" : String(cString: strerror(errno)))
            }
            end += count
            return
        }
    }

    /// One line without its CRLF.
    private func readLine() throws(HTTPFailure) -> String {
        while true {
            if let newline = storage[start..<end].firstIndex(of: 0x0A) {
                var lineEnd = newline
                if lineEnd > start, storage[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = String(decoding: storage[start..<lineEnd], as: UTF8.self)
                start = newline + 1
                return line
            }
            try fill()
        }
    }

    private struct Head {
        var status: Int
        var contentLength: Int?
        var contentType = ""
        var chunked = false
        var closes = false
    }

    private func readHead() throws(HTTPFailure) -> Head {
        let statusLine = try readLine()
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw HTTPFailure(description: "'\(statusLine)' is not an HTTP/1.1 status line")
        }
        var head = Head(status: status)
        while true {
            let line = try readLine()
            if line.isEmpty { return head }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingSpaces
            switch name {
            case "content-length": head.contentLength = Int(value)
            case "content-type": head.contentType = value
            case "transfer-encoding": head.chunked = value.lowercased().contains("chunked")
            case "connection": head.closes = value.lowercased() == "close"
            default: break
            }
        }
    }

    private func readBody(_ count: Int, into response: inout Response, keep: Bool) throws(HTTPFailure) {
        var remaining = count
        while remaining > 0 {
            if start == end { try fill() }
            let take = min(remaining, end - start)
            if keep { response.body.append(contentsOf: storage[start..<(start + take)]) }
            start += take
            remaining -= take
            response.bodyBytes += take
        }
    }
}

extension String {
    /// Without the spaces and tabs around it (HTTP's optional whitespace).
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
