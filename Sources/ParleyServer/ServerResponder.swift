import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Parley
import ParleyExport
import ParleyJSON

/// The whole HTTP side of `parley serve`: routes a request (`ServerRoute`), reads what it asks
/// (`RenderInput`), renders it on the pool (`RenderService`), and writes the answer with its
/// validators, caching rules, warnings and request id; then logs it (`AccessLog`).
struct ServerResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let service: RenderService
    let accessLog: AccessLog?

    /// `public, max-age=31536000, immutable`: a GET URL is its content, so its answer never changes.
    static let immutable = "public, max-age=31536000, immutable"

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let time = Date()
        let requestID = Self.newRequestID()
        let method = request.method.rawValue
        var reply: RenderReply
        var allow: [String] = []
        var cacheable = false
        switch ServerRoute.match(method: method, path: request.uri.path) {
        case .notFound(let message):
            reply = .problem(404, message)
        case .methodNotAllowed(let methods):
            allow = methods
            reply = .problem(405, "\(method) is not taken here; this path takes \(methods.joined(separator: ", "))")
        case .route(.health):
            reply = health()
        case .route(.index):
            reply = RenderReply(status: 200, contentType: "text/plain; charset=utf-8", body: Array(Self.index.utf8))
        case .route(let route):
            switch await RenderInput.read(route, request, limit: service.configuration.maxBodyBytes) {
            case .failure(let refusal):
                reply = refusal.reply
            case .success(let input):
                reply = await service.render(model: input.model, options: input.options, format: input.format)
                if case .renderURL = route { cacheable = true }
            }
        }
        var response = Self.response(
            reply, for: request, cacheable: cacheable, allow: allow, requestID: requestID,
            maxWarnings: service.configuration.maxWarningHeaders)
        // The server's state changes from one moment to the next.
        if case .route(.health) = ServerRoute.match(method: method, path: request.uri.path) { response.headers[.cacheControl] = "no-store" }
        if request.method == .head { response = response.createHeadResponse() }
        if let accessLog {
            let elapsed = ContinuousClock.now - started
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            accessLog.record(
                AccessLog.Entry(
                    time: time, requestID: requestID, method: method, path: request.uri.path, status: Int(response.status.code),
                    bytes: request.method == .head ? 0 : response.body.contentLength ?? 0, milliseconds: milliseconds,
                    warnings: reply.warnings.count))
        }
        return response
    }

    /// The HTTP response of `reply`: a picture gets a strong ETag (the SHA-256 of its bytes)
    /// and, from a GET URL, a year of caching; an `If-None-Match` that names its ETag gets 304
    /// without the body. Problems are never cached, and come as JSON when the client asks.
    static func response(
        _ reply: RenderReply, for request: Request, cacheable: Bool, allow: [String] = [], requestID: String, maxWarnings: Int
    ) -> Response {
        var headers = HTTPFields()
        headers[.parleyRequestID] = requestID
        for warning in reply.warnings.prefix(maxWarnings) {
            headers.append(HTTPField(name: .parleyWarning, value: ReplyBody.headerValue(warning)))
        }
        if !reply.warnings.isEmpty { headers[.parleyWarningCount] = "\(reply.warnings.count)" }
        guard reply.status == 200 else {
            headers[.cacheControl] = "no-store"
            if !allow.isEmpty { headers[.allow] = allow.joined(separator: ", ") }
            if let seconds = reply.retryAfterSeconds { headers[.retryAfter] = "\(seconds)" }
            var body = reply.body
            if ReplyBody.wantsJSON(request.headers[.accept]), !reply.problems.isEmpty {
                body = ReplyBody.json(status: reply.status, diagnostics: reply.problems)
                headers[.contentType] = "application/json"
            } else {
                headers[.contentType] = reply.contentType
            }
            return Response(status: .init(code: reply.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        let tag = "\"\(SHA256.hex(reply.body))\""
        headers[.eTag] = tag
        if cacheable { headers[.cacheControl] = immutable }
        let isRead = request.method == .get || request.method == .head
        if isRead, let wanted = request.headers[.ifNoneMatch], matches(wanted, tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = reply.contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    /// Whether an `If-None-Match` value names `tag` (weakly compared, as RFC 9110 says for
    /// this header), or is `*`.
    static func matches(_ ifNoneMatch: String, _ tag: String) -> Bool {
        ifNoneMatch.split(separator: ",").contains { item in
            var candidate = item.trimmingCharacters(in: .whitespaces)
            if candidate == "*" { return true }
            if candidate.hasPrefix("W/") { candidate.removeFirst(2) }
            return candidate == tag
        }
    }

    /// `GET /health`: the server's state, as JSON.
    func health() -> RenderReply {
        let load = service.pool.load
        let json = JSONValue.object([
            ("status", .string("ok")),
            ("version", .string(Parley.version)),
            ("workers", .number(Double(service.pool.workers))),
            ("rendering", .number(Double(load.rendering))),
            ("queue", .object([("limit", .number(Double(service.pool.queueLimit))), ("waiting", .number(Double(load.waiting)))])),
        ])
        return RenderReply(status: 200, contentType: "application/json", body: Array(json.serialized().utf8))
    }

    /// A fresh id for a request: 16 hex digits, random (for matching log lines to answers).
    static func newRequestID() -> String {
        let value = UInt64.random(in: 0...UInt64.max)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static let index = """
        parley serve: Parley's charts over Kroki's HTTP API (docs/server.md).
          GET  /parley/{svg|png|pdf|json}/{zlib-deflated, base64url model}?chart=seating&round=…
          POST /parley/{svg|png|pdf|json}   body: the model (YAML or JSON), or {"diagram_source": …, "diagram_options": {…}}
          POST /                            body: {"diagram_type": "parley", "output_format": "svg", "diagram_source": …}
          GET  /health
        Chart options are parley render's (chart, round, theme, lang, width, scale, …), as query parameters,
        Kroki-Diagram-Options-<name> headers or diagram_options.

        """
}

extension HTTPField.Name {
    // Literal names that are valid tokens, so the initializer cannot fail.
    /// `X-Request-Id`: the id the access log gives the request.
    static let parleyRequestID = HTTPField.Name("X-Request-Id")!
    /// `Parley-Warning`: one warning of the render, header-safe (`ReplyBody.headerValue`).
    static let parleyWarning = HTTPField.Name("Parley-Warning")!
    /// `Parley-Warning-Count`: how many warnings there were, headers or not.
    static let parleyWarningCount = HTTPField.Name("Parley-Warning-Count")!
}
