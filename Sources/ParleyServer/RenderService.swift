import Parley
import ParleyCLI

/// One answer of the render service, before HTTP: what `ServerApplication` sends and what
/// tests read without a socket.
public struct RenderReply: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The media type of `body`.
    public var contentType: String
    /// The picture, or the problems, one per line.
    public var body: [UInt8]

    /// Problems as text, one `line:column: error: …` a line.
    static func problems(_ status: Int, _ lines: [String]) -> RenderReply {
        RenderReply(status: status, contentType: "text/plain; charset=utf-8", body: Array((lines.joined(separator: "\n") + "\n").utf8))
    }
}

/// Model bytes and chart options to a picture, on the pool: the whole service without HTTP.
public struct RenderService: Sendable {
    /// The threads that render.
    public let pool: RenderPool
    /// Limits and budgets.
    public let configuration: ServerConfiguration

    /// A service rendering on `pool` within `configuration`'s budget.
    public init(pool: RenderPool, configuration: ServerConfiguration) {
        self.pool = pool
        self.configuration = configuration
    }

    /// Renders `model` (YAML or JSON) with `options` (the CLI's option names without `--`) in `format`.
    public func render(model: [UInt8], options: [(name: String, value: String)], format: OutputFormat) async -> RenderReply {
        let request: ChartRequest
        do {
            request = try ChartArguments.request(options, format: format)
        } catch {
            return .problems(400, ["error: \(error.message)"])
        }
        do throws(RenderPool.Failure) {
            return try await pool.run(timeout: configuration.renderBudget) { renderer in
                do throws(ParleyError) {
                    // No folder: a request cannot make the server read a file (flags come as data).
                    let loaded = try Parley.load(bytes: model, file: "model", baseFolder: "/nonexistent")
                    let scene = try renderer.scene(of: loaded, request: request)
                    let bytes = try renderer.render(scene, of: loaded.meeting, file: loaded.file, request: request, format: format)
                    return RenderReply(status: 200, contentType: format.mediaType, body: bytes)
                } catch {
                    return .problems(400, error.lines)
                }
            }
        } catch {
            switch error {
            case .busy: return .problems(503, ["error: every render thread is busy and the queue is full; try again shortly"])
            case .timedOut: return .problems(503, ["error: the render took longer than the server allows"])
            case .stopped: return .problems(503, ["error: the server is shutting down"])
            case .unavailable(let reason): return .problems(503, ["error: the server cannot set up text: \(reason)"])
            }
        }
    }
}
