import Foundation
import Logging
import ParleyJSON
import ParleyServer
import ParleyTestSupport

/// One state event as the page reads it.
struct PreviewState: Sendable {
    var json: JSONValue
    var generation: Int { json["generation"]?.intValue ?? -1 }
    var ok: Bool { json["ok"] == .bool(true) }
    var problems: [String] { json["problems"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
    var charts: [(key: String, stale: Bool)] {
        (json["charts"]?.arrayValue ?? []).map { ($0["key"]?.stringValue ?? "", $0["stale"] == .bool(true)) }
    }
}

/// A page's view of a running preview: the event stream and the pictures it lists, and saves
/// of its model (a copy in a temporary folder, with the samples' flag pictures beside it).
protocol PreviewPageView: Sendable {
    var port: Int { get }
    var model: String { get }
}

/// A preview running in this process on a free port.
final class PreviewHarness: PreviewPageView, @unchecked Sendable {
    let folder: TemporaryDirectory
    let model: String
    let session: PreviewSession
    let port: Int
    private let task: Task<Void, any Error>

    /// Starts the preview on a copy of `sample` (a path) named `name`.
    init(sample: String, name: String = "model.yaml", options: [PreviewOption] = []) async throws {
        TestFonts.pin()
        folder = try TemporaryDirectory()
        model = folder.file(name).path
        try FileManager.default.copyItem(atPath: sample, toPath: model)
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: folder.file("flags").path)
        session = PreviewSession(modelPath: model, options: options)
        var logger = Logger(label: "parley-preview-test")
        logger.logLevel = .critical
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = PreviewApplication.make(session: session, port: 0, logger: logger) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        task = Task { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw LoopbackConnection.Failure(description: "the preview did not start") }
        self.port = port
    }

    /// Stops the session (which ends the application) and waits for it.
    func stop() async {
        session.stop()
        task.cancel()
        _ = await task.result
    }

}

extension PreviewPageView {
    /// A page's event stream.
    func events() async throws -> EventStreamReader {
        let port = self.port
        return try await offPool { try EventStreamReader(port: port) }
    }

    /// The next state event on `stream` with a generation past `generation`.
    func state(after generation: Int, on stream: EventStreamReader) async throws -> PreviewState {
        try await offPool {
            while let event = try stream.next() {
                guard event.name == "state" else { continue }
                let state = PreviewState(json: try JSONValue(parsing: Array(event.data.utf8)))
                if state.generation > generation { return state }
            }
            throw LoopbackConnection.Failure(description: "the event stream ended")
        }
    }

    /// `GET path`.
    func get(_ path: String) async throws -> LoopbackResponse {
        let port = self.port
        return try await offPool { try LoopbackHTTP.get(port: port, path) }
    }

    /// The SVG of chart `key` as the page fetches it.
    func picture(_ key: String, generation: Int) async throws -> LoopbackResponse {
        let query = key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? key
        return try await get("/svg?key=\(query)&generation=\(generation)")
    }

    /// Saves `text` as the model, as vim does (a new file renamed over it) or in place.
    func save(_ text: String, byRename: Bool = true) throws {
        try saveAsEditor(text, to: model, byRename: byRename)
    }

    var text: String { (try? String(contentsOfFile: model, encoding: .utf8)) ?? "" }
}

/// `parley-server preview` in a child process, on a free port it prints.
final class PreviewProcess: PreviewPageView, @unchecked Sendable {
    let folder: TemporaryDirectory
    let model: String
    let port: Int
    let process = Process()

    init(executable: String, sample: String, arguments: [String] = []) async throws {
        folder = try TemporaryDirectory()
        model = folder.file("model.yaml").path
        try FileManager.default.copyItem(atPath: sample, toPath: model)
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: folder.file("flags").path)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["preview", model] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = try await offPool { () -> String in
            var line: [UInt8] = []
            while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 10 { line.append(byte) }
            return String(decoding: line, as: UTF8.self)
        }
        guard let match = line.firstMatch(of: /^parley preview: http:\/\/127\.0\.0\.1:(\d+)\/$/), let port = Int(match.1) else {
            process.terminate()
            throw LoopbackConnection.Failure(description: "parley preview printed '\(line)'")
        }
        self.port = port
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// Saves `text` at `path` as vim does (a new file renamed over it), or in place as most editors do.
func saveAsEditor(_ text: String, to path: String, byRename: Bool) throws {
    if byRename {
        let aside = path + ".swp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: aside))
        guard rename(aside, path) == 0 else { throw LoopbackConnection.Failure(description: "rename failed") }
    } else if !FileManager.default.fileExists(atPath: path) {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    } else {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }
}
