/// A source as a chart shows it: a web address shortened for the eye to its host and path
/// ("tass.com/politics/1959169"); anything else as the model writes it. The full text stays
/// in the chart's description and the report.
enum SourceText {
    static func short(_ source: String) -> String {
        let lowered = source.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else { return source }
        var rest = Substring(source.dropFirst(scheme.count))
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        if rest.lowercased().hasPrefix("www.") { rest = rest.dropFirst(4) }
        return rest.isEmpty ? source : String(rest)
    }
}
