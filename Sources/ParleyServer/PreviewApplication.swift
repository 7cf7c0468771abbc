import Hummingbird
import Logging
import NIOCore
import ParleyLayout
import ServiceLifecycle

/// The preview's HTTP side: the page, its event stream and its pictures, on 127.0.0.1 only
/// (it reads the files of the model, which a page from elsewhere must not).
public enum PreviewApplication {
    /// The address the preview listens on: this machine only.
    public static let host = "127.0.0.1"

    /// The application serving `session` on `port` (0: a free one); `onRunning` hears the port
    /// once it listens. The session itself runs beside it, as a service of the application.
    public static func make(
        session: PreviewSession, port: Int, logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        router.get("/") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(
                status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: PreviewPage.html(file: session.modelPath))))
        }
        router.get("health") { _, _ -> String in "ok\n" }
        router.get("events") { _, _ -> Response in
            let stream = session.events.subscribe()
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    // A page reconnects this soon after the stream ends (a restart of the preview).
                    try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                    // An open stream would keep a graceful shutdown waiting for ever: end it then.
                    try await withGracefulShutdownHandler {
                        for await event in stream { try await writer.write(ByteBuffer(string: event)) }
                    } onGracefulShutdown: {
                        session.events.finish()
                    }
                    try await writer.finish(nil)
                })
        }
        router.get("svg") { request, _ -> Response in
            let query = request.uri.queryParameters
            let variant = PreviewVariant(theme: query["theme"].map(String.init), language: query["lang"].map(String.init))
            if let theme = variant.theme, Theme.named(theme) == nil {
                return response(
                    .problems(400, ["error: unknown theme '\(theme)'; the themes are \(Theme.all.map(\.name).joined(separator: ", "))"]))
            }
            guard let key = query["key"] else { return response(.problems(400, ["error: say which chart: /svg?key=timeline"])) }
            return response(await session.picture(key: String(key), variant: variant))
        }
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: nil),
            services: [SessionService(session: session)],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) }, logger: logger)
    }

    private static func response(_ reply: RenderReply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = reply.contentType
        headers[.cacheControl] = "no-store"
        return Response(
            status: HTTPResponse.Status(code: reply.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}

/// Runs the session (watching and drawing) for as long as the application runs.
struct SessionService: Service {
    let session: PreviewSession

    func run() async throws {
        await withGracefulShutdownHandler {
            await session.run()
        } onGracefulShutdown: {
            session.stop()
        }
    }
}
