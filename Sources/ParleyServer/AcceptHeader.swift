import Foundation

/// The media types of an `Accept` header with their qualities (`q`, 1 when not given).
enum AcceptHeader {
    /// The items of `accept`, in order: media type in lower case, without parameters, and its quality.
    static func items(_ accept: String?) -> [(type: String, quality: Double)] {
        (accept ?? "").split(separator: ",").map { item in
            let parts = item.split(separator: ";")
            let quality =
                parts.dropFirst().compactMap { part -> Double? in
                    let pair = part.split(separator: "=", maxSplits: 1)
                    guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "q" else { return nil }
                    return Double(pair[1].trimmingCharacters(in: .whitespaces))
                }.first ?? 1
            return (mediaType(item), quality)
        }
    }

    /// The media type of a header value, without parameters, in lower case.
    static func mediaType(_ value: Substring) -> String {
        (value.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether `accept` names `type` with a quality above 0.
    static func accepts(_ accept: String?, _ type: String) -> Bool {
        items(accept).contains { $0.type == type && $0.quality > 0 }
    }
}
