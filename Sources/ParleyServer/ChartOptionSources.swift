/// Chart options gathered from the three places Kroki's clients put them: query parameters,
/// `Kroki-Diagram-Options-<name>` headers and the JSON form's `diagram_options`. One option
/// given in two places with the same value counts once; with different values the request
/// is refused naming both, rather than one silently winning.
struct ChartOptionSources {
    /// One option as the request gave it.
    struct Given: Equatable {
        var name: String
        var value: String
        /// Where it came from, as a message names it: "query parameter 'theme'".
        var place: String
        /// The kind of place: options repeated in one kind are left for `ChartArguments` to refuse.
        var kind: Kind
    }

    enum Kind: Equatable { case query, header, json }

    /// The prefix of Kroki's option headers, in lower case (header names are case-insensitive).
    static let headerPrefix = "kroki-diagram-options-"

    private(set) var given: [Given] = []

    mutating func add(name: String, value: String, place: String, kind: Kind) {
        given.append(Given(name: name, value: value, place: place, kind: kind))
    }

    /// The options by name and value, for `ChartArguments.request`; throws the sentence that
    /// names both places when one option has two values in two places.
    func merged() throws(ChartOptionConflict) -> [(name: String, value: String)] {
        var result: [Given] = []
        for option in given {
            if let earlier = result.first(where: { $0.name == option.name && $0.kind != option.kind }) {
                guard earlier.value == option.value else {
                    throw ChartOptionConflict(
                        message:
                            "option '\(ServerRoute.shown(Substring(option.name)))' is given twice with different values: '\(ServerRoute.shown(Substring(earlier.value)))' as \(earlier.place) and '\(ServerRoute.shown(Substring(option.value)))' as \(option.place); give it once"
                    )
                }
                continue
            }
            result.append(option)
        }
        return result.map { ($0.name, $0.value) }
    }
}

/// One option given two ways with different values; `message` names both.
struct ChartOptionConflict: Error, Equatable {
    var message: String
}
