import Foundation
import Hummingbird
import Logging
import NIOCore
import Parley

/// Where and how the server listens and what it allows a request.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless told otherwise, so nothing is exposed by accident.
    public var host = "127.0.0.1"
    /// The port; 0 takes a free one (printed when the server is up).
    public var port = 8000
    /// Threads that render (each with its own Pango font map).
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Requests that may wait for a render thread beyond those rendering; more answer 503.
    public var queueLimit = 64
    /// The largest request body, and the largest model a GET URL may inflate to.
    public var maxBodyBytes = 1 << 20
    /// The time a render may take, waiting included, before the request answers 503.
    public var renderBudget = Duration.seconds(10)

    public init() {}
}

/// The render server: Kroki's routes over a `RenderPool`.
public enum ServerApplication {
    static var formatNames: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The chart options of a request: its query parameters.
    static func options(of request: Request) -> [(name: String, value: String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    static func response(_ reply: RenderReply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        return Response(
            status: HTTPResponse.Status(code: reply.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    /// Builds the application; `onRunning` hears the bound port once the server listens.
    public static func make(
        configuration: ServerConfiguration, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let service = RenderService(
            pool: RenderPool(workers: configuration.workers, queueLimit: configuration.queueLimit), configuration: configuration)
        let router = Router()
        router.get("health") { _, _ -> String in "ok\n" }
        // Kroki: POST /parley/{format} with the model as the body.
        router.post("parley/:format") { request, context -> Response in
            guard let format = context.parameters.get("format").flatMap(OutputFormat.init(rawValue:)) else {
                return response(RenderReply.problems(404, ["error: unknown format; give one of \(formatNames)"]))
            }
            let body = try await request.body.collect(upTo: configuration.maxBodyBytes)
            return response(await service.render(model: Array(body.readableBytesView), options: options(of: request), format: format))
        }
        // Kroki: GET /parley/{format}/{deflated, base64url model}.
        router.get("parley/:format/:encoded") { request, context -> Response in
            guard let format = context.parameters.get("format").flatMap(OutputFormat.init(rawValue:)) else {
                return response(RenderReply.problems(404, ["error: unknown format; give one of \(formatNames)"]))
            }
            let model: [UInt8]
            do {
                model = try KrokiEncoding.decode(Substring(context.parameters.get("encoded") ?? ""), limit: configuration.maxBodyBytes)
            } catch {
                return response(RenderReply.problems(400, ["error: the URL's model cannot be read: \(error)"]))
            }
            return response(await service.render(model: model, options: options(of: request), format: format))
        }
        return Application(
            router: router, configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) }, logger: logger)
    }
}
