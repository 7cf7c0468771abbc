import Parley

/// The routes of the server, Kroki's among them, read from a method and a raw path. Paths are
/// matched segment by segment, and a segment that is empty, `.` or `..` matches nothing: the
/// server has no files, and a path is never a file name.
enum ServerRoute: Equatable {
    /// `GET /health`.
    case health
    /// `GET /`: what the server is and how to call it.
    case index
    /// `POST /`: Kroki's JSON form with `diagram_type` and `output_format`.
    case krokiJSON
    /// `POST /parley` (the format from `Accept`) or `POST /parley/{format}`.
    case renderBody(format: OutputFormat?)
    /// `GET /parley/{format}/{encoded}`.
    case renderURL(format: OutputFormat, encoded: Substring)

    /// The diagram type this server renders, as Kroki names types.
    static let diagramType = "parley"

    /// What a method and path ask for.
    enum Match: Equatable {
        case route(ServerRoute)
        /// No such path: the sentence says what there is.
        case notFound(String)
        /// The path exists, not for this method: `allow` lists those it takes.
        case methodNotAllowed(allow: [String])
    }

    /// The route of `method` (upper case) on `path` (the raw path, without the query).
    static func match(method: String, path: String) -> Match {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        if segments.count > 1, segments.last == "" { segments.removeLast() }
        let isRoot = segments.isEmpty || segments == [""]
        if !isRoot, segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return .notFound("there is no such path; the routes are \(routeList)")
        }
        let reads = method == "GET" || method == "HEAD"
        func only(_ methods: [String], _ route: ServerRoute) -> Match {
            methods.contains(method) || (reads && methods.contains("GET")) ? .route(route) : .methodNotAllowed(allow: methods)
        }
        if isRoot {
            if method == "POST" { return .route(.krokiJSON) }
            return reads ? .route(.index) : .methodNotAllowed(allow: ["GET", "HEAD", "POST"])
        }
        let first = segments[segments.startIndex]
        if first == "health", segments.count == 1 { return only(["GET", "HEAD"], .health) }
        guard first == Substring(diagramType) else {
            return .notFound(
                "unknown diagram type '\(shown(first))'; this server renders '\(diagramType)' diagrams only (the routes are \(routeList))")
        }
        let rest = Array(segments.dropFirst())
        guard let formatName = rest.first else { return only(["POST"], .renderBody(format: nil)) }
        guard let format = OutputFormat(rawValue: String(formatName)) else {
            return .notFound("unknown output format '\(shown(formatName))'; give one of \(formatNames)")
        }
        switch rest.count {
        case 1: return only(["POST"], .renderBody(format: format))
        case 2: return only(["GET", "HEAD"], .renderURL(format: format, encoded: rest[1]))
        default:
            return .notFound("there is no such path; a GET URL is /parley/\(format.rawValue)/<deflated, base64url model>")
        }
    }

    static var formatNames: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }

    static let routeList =
        "POST /parley/{svg|png|pdf|json}, GET /parley/{svg|png|pdf|json}/{encoded}, POST / (Kroki's JSON form), GET /health"

    /// A part of a path as a message quotes it: short, and only printable ASCII.
    static func shown(_ text: Substring) -> String {
        let visible = text.unicodeScalars.prefix(40).map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "?" }
        return visible.joined() + (text.unicodeScalars.count > 40 ? "…" : "")
    }
}
