import Foundation
import ParleyJSON
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The access log: one JSON object a line (time, request id, method, path, status, bytes,
/// duration), on standard error or appended to a file. The path's long segments (a GET's
/// encoded model) are shortened, and nothing of a model's content is written.
public final class AccessLog: Sendable {
    /// One request as the log records it.
    public struct Entry: Sendable {
        public var time: Date
        public var requestID: String
        public var method: String
        public var path: String
        public var status: Int
        public var bytes: Int
        public var milliseconds: Double
        public var warnings: Int

        public init(
            time: Date, requestID: String, method: String, path: String, status: Int, bytes: Int, milliseconds: Double, warnings: Int
        ) {
            self.time = time; self.requestID = requestID; self.method = method; self.path = path
            self.status = status; self.bytes = bytes; self.milliseconds = milliseconds; self.warnings = warnings
        }
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let lock = Mutex(())

    /// A log on standard error.
    public static func standardError() -> AccessLog { AccessLog(descriptor: 2, owns: false) }

    /// A log appended to the file at `path` (made when missing); throws a sentence when it cannot be opened.
    public static func file(_ path: String) throws -> AccessLog {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AccessLogError(message: "cannot open the access log \(path): \(String(cString: strerror(errno)))")
        }
        return AccessLog(descriptor: descriptor, owns: true)
    }

    private init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = owns
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// Writes `entry` as one line, whole (lines of concurrent requests never interleave).
    public func record(_ entry: Entry) {
        let line = Array((Self.line(entry) + "\n").utf8)
        lock.withLock { _ in
            var written = 0
            while written < line.count {
                let count = line.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }

    /// The JSON line of `entry`.
    static func line(_ entry: Entry) -> String {
        JSONValue.object([
            ("time", .string(timestamp(entry.time))),
            ("id", .string(entry.requestID)),
            ("method", .string(entry.method)),
            ("path", .string(shortened(entry.path))),
            ("status", .number(Double(entry.status))),
            ("bytes", .number(Double(entry.bytes))),
            ("ms", .number((entry.milliseconds * 10).rounded() / 10)),
            ("warnings", .number(Double(entry.warnings))),
        ]).compactSerialized()
    }

    /// `path` with each segment longer than 24 characters cut to its first 12 and its length:
    /// a GET URL's model is the request's content, and the log keeps none of it.
    static func shortened(_ path: String) -> String {
        let limit = 200
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            segment.count > 24 ? "\(segment.prefix(12))…(\(segment.count) characters)" : String(segment)
        }
        let joined = segments.joined(separator: "/")
        return joined.count > limit ? String(joined.prefix(limit)) + "…" : joined
    }

    /// `2025-06-02T14:03:07.123Z`.
    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        var whole = time_t(seconds.rounded(.down))
        let milliseconds = Int(((seconds - Double(whole)) * 1000).rounded(.down))
        var parts = tm()
        gmtime_r(&whole, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : "\(milliseconds)"
        return
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(millis)Z"
    }
}

/// The access log file cannot be opened; `message` says which and why.
public struct AccessLogError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
