import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Parley
import ParleyJSON

/// What one render request asks for, read from HTTP: the format, the model and the chart
/// options, wherever Kroki's clients put each.
struct RenderInput {
    var format: OutputFormat
    var model: [UInt8]
    var options: [(name: String, value: String)]

    /// The input of `request` on `route`, or the reply that refuses it (400, 404 or 413).
    static func read(_ route: ServerRoute, _ request: Request, limit: Int) async -> Result<RenderInput, Refusal> {
        var sources = ChartOptionSources()
        for (name, value) in QueryString.parameters(request.uri.query ?? "") {
            sources.add(name: name, value: value, place: "query parameter '\(ServerRoute.shown(Substring(name)))'", kind: .query)
        }
        for field in request.headers where field.name.canonicalName.hasPrefix(ChartOptionSources.headerPrefix) {
            let name = String(field.name.canonicalName.dropFirst(ChartOptionSources.headerPrefix.count))
            sources.add(
                name: name, value: field.value, place: "header '\(ServerRoute.shown(Substring(field.name.rawName)))'", kind: .header)
        }
        let format: OutputFormat
        let model: [UInt8]
        switch route {
        case .renderURL(let urlFormat, let encoded):
            format = urlFormat
            do {
                model = try KrokiEncoding.decode(encoded, limit: limit)
            } catch {
                switch error {
                case .tooLarge(let limit):
                    return .failure(.init(413, "the URL's model inflates past \(limit) bytes, the most this server takes (--max-body)"))
                case .notBase64(let detail), .notDeflated(let detail):
                    return .failure(.init(400, "the URL's model cannot be read: \(detail)"))
                }
            }
        case .renderBody(let pathFormat):
            switch await bodyInput(request, pathFormat: pathFormat, krokiRoute: false, limit: limit, sources: &sources) {
            case .success(let read):
                format = read.0
                model = read.1
            case .failure(let refusal): return .failure(refusal)
            }
        case .krokiJSON:
            switch await bodyInput(request, pathFormat: nil, krokiRoute: true, limit: limit, sources: &sources) {
            case .success(let read):
                format = read.0
                model = read.1
            case .failure(let refusal): return .failure(refusal)
            }
        case .health, .index:
            return .failure(.init(404, "not a render route"))
        }
        do {
            return .success(RenderInput(format: format, model: model, options: try sources.merged()))
        } catch {
            return .failure(.init(400, error.message))
        }
    }

    /// The format and model of a request with a body: the body itself, or Kroki's JSON form
    /// (always on `POST /`, and with `Content-Type: application/json` when the JSON has
    /// `diagram_source`; other JSON is a model written in JSON).
    private static func bodyInput(
        _ request: Request, pathFormat: OutputFormat?, krokiRoute: Bool, limit: Int, sources: inout ChartOptionSources
    ) async -> Result<(OutputFormat, [UInt8]), Refusal> {
        let body: [UInt8]
        switch await collectBody(request, limit: limit) {
        case .success(let bytes): body = bytes
        case .failure(let refusal): return .failure(refusal)
        }
        var form: KrokiJSONForm?
        if krokiRoute || isJSON(request.headers[.contentType]) {
            switch KrokiJSONForm.read(body, required: krokiRoute) {
            case .success(let read): form = read
            case .failure(let refusal): return .failure(refusal)
            }
        }
        guard let form else { return .success((pathFormat ?? negotiated(request.headers[.accept]), body)) }
        for (name, value) in form.options {
            sources.add(name: name, value: value, place: "diagram_options.\(ServerRoute.shown(Substring(name)))", kind: .json)
        }
        let format: OutputFormat
        switch (pathFormat, form.format) {
        case (let path?, let json?) where path != json:
            return .failure(
                Refusal(
                    400, "the path asks for \(path.rawValue) and output_format for \(json.rawValue); give one format, or the same in both"))
        case (let path?, _): format = path
        case (nil, let json?): format = json
        case (nil, nil): format = krokiRoute ? .svg : negotiated(request.headers[.accept])
        }
        return .success((format, Array(form.source.utf8)))
    }

    /// The body, at most `limit` bytes: a larger one is refused by its `Content-Length` before
    /// it is read, or once it passes the limit.
    private static func collectBody(_ request: Request, limit: Int) async -> Result<[UInt8], Refusal> {
        let tooLarge = Refusal(413, "the body is larger than \(limit) bytes, the most this server takes (--max-body)")
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { return .failure(tooLarge) }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return .success(Array(buffer.readableBytesView))
        } catch is NIOTooManyBytesError {
            return .failure(tooLarge)
        } catch {
            return .failure(Refusal(400, "the body could not be read: \(error)"))
        }
    }

    /// Whether a `Content-Type` is JSON's.
    static func isJSON(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        return AcceptHeader.mediaType(Substring(contentType)) == "application/json"
    }

    /// The format `Accept` asks for most (Kroki's `POST /{type}`); SVG for `*/*`, `image/*` or none.
    static func negotiated(_ accept: String?) -> OutputFormat {
        var best: (format: OutputFormat, quality: Double)?
        for (type, quality) in AcceptHeader.items(accept) {
            let format: OutputFormat? =
                switch type {
                case "*/*", "image/*": .svg
                default: OutputFormat.allCases.first { $0.mediaType == type }
                }
            guard let format, quality > 0, quality > (best?.quality ?? 0) else { continue }
            best = (format, quality)
        }
        return best?.format ?? .svg
    }
}

/// A request refused before anything was rendered: its status and what was wrong.
struct Refusal: Error {
    var status: Int
    var message: String
    init(_ status: Int, _ message: String) { self.status = status; self.message = message }
    var reply: RenderReply { .problem(status, message) }
}
