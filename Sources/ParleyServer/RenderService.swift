import Parley
import ParleyCLI
import ParleyModel

/// Model bytes and chart options to a picture, on the pool: the whole service without HTTP.
public struct RenderService: Sendable {
    /// The threads that render.
    public let pool: RenderPool
    /// Limits and budgets.
    public let configuration: ServerConfiguration
    /// The name the model has in diagnostics (`model:3:5: error: …`).
    public static let modelName = "model"
    /// Options read before, so a repeated option set skips ArgumentParser.
    private let requests = ChartRequestCache()

    /// A service rendering on `pool` within `configuration`'s budget.
    public init(pool: RenderPool, configuration: ServerConfiguration) {
        self.pool = pool
        self.configuration = configuration
    }

    /// Renders `model` (YAML or JSON) with `options` (the CLI's option names without `--`) in
    /// `format`. No file is read: flags given as paths fall back to their colour with a warning.
    public func render(model: [UInt8], options: [(name: String, value: String)], format: OutputFormat) async -> RenderReply {
        var request: ChartRequest
        do {
            request = try requests.request(options, format: format)
        } catch {
            return .problem(400, error.message)
        }
        // A request cannot make the server read a file: flags come as data or stripes.
        request.readsFlagFiles = false
        request.allowExternalImages = false
        let chartRequest = request
        do throws(RenderPool.Failure) {
            return try await pool.run(timeout: configuration.renderBudget) { renderer in
                var warnings: [Diagnostic] = []
                do throws(ParleyError) {
                    // No folder: nothing is looked up relative to the server's own.
                    let loaded = try Parley.load(bytes: model, file: Self.modelName, baseFolder: "/nonexistent")
                    warnings = loaded.warnings
                    let scene = try renderer.scene(of: loaded, request: chartRequest)
                    warnings += renderer.warnings
                    let bytes = try renderer.render(
                        scene, of: loaded.meeting, file: loaded.file, baseFolder: loaded.baseFolder, request: chartRequest, format: format)
                    var reply = RenderReply(status: 200, contentType: format.mediaType, body: bytes)
                    reply.warnings = warnings
                    return reply
                } catch {
                    // A model that does not load carries its warnings in its error; one that loads
                    // and fails later has had its warnings taken already.
                    var reply = RenderReply.problems(400, warnings + error.diagnostics)
                    reply.warnings = reply.problems.filter { $0.severity == .warning }
                    return reply
                }
            }
        } catch {
            switch error {
            case .busy:
                return .problem(503, "every render thread is busy and the queue is full; try again shortly", retryAfter: 1)
            case .timedOut:
                return .problem(
                    503,
                    "the render took longer than the server allows (\(Self.seconds(configuration.renderBudget)) s); try again later, or ask for a smaller chart",
                    retryAfter: 5)
            case .stopped: return .problem(503, "the server is shutting down", retryAfter: 5)
            case .unavailable(let reason): return .problem(503, "the server cannot set up text: \(reason)", retryAfter: 30)
            }
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? "\(Int(value))" : "\(value)"
    }
}
