/// Makes Cairo's SVG deterministic, inlinable and accessible.
///
/// Cairo numbers some ids (`surfaceN`, `imageN`, `patternN`, …) from process-wide counters,
/// so the same scene gives different bytes depending on what the process drew before; and
/// every document restarts its glyph ids at 0, so two inlined SVGs collide. This renumbers
/// counter-style ids per kind in order of first appearance, prefixes every id and
/// reference, and adds `role="img"`, `<title>` and `<desc>`. It relies only on the shape of
/// ids and references (`id="…"`, `href="#…"`, `url(#…)`), not on Cairo's particular names.
struct SVGPostProcessor {
    var prefix: String
    var title: String
    var description: String

    func process(_ svg: String) -> String {
        let renamed = renameIDs(in: svg)
        return addAccessibility(to: renamed)
    }

    private static let markers: [(open: [UInt8], close: UInt8)] = [
        (Array(" id=\"".utf8), UInt8(ascii: "\"")), (Array("href=\"#".utf8), UInt8(ascii: "\"")), (Array("url(#".utf8), UInt8(ascii: ")")),
    ]

    /// One pass over the bytes: Cairo's SVGs of large diagrams run to megabytes.
    private func renameIDs(in svg: String) -> String {
        var names: [String: String] = [:]
        var counters: [String: Int] = [:]
        func newName(for old: String) -> String {
            if let known = names[old] { return known }
            let letters = old.prefix { $0.isLetter }
            let digits = old.dropFirst(letters.count)
            let base: String
            if !letters.isEmpty, !digits.isEmpty, digits.allSatisfy(\.isNumber) {
                let next = counters[String(letters), default: 0] + 1
                counters[String(letters)] = next
                base = letters + String(next)
            } else {
                base = old
            }
            names[old] = prefix + base
            return prefix + base
        }

        let bytes = Array(svg.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        scan: while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "u") {
                for marker in Self.markers where bytes[index...].starts(with: marker.open) {
                    let nameStart = index + marker.open.count
                    guard let nameEnd = bytes[nameStart...].firstIndex(of: marker.close) else { break }
                    output += marker.open
                    output += Array(newName(for: String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)).utf8)
                    index = nameEnd
                    continue scan
                }
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func addAccessibility(to svg: String) -> String {
        guard let svgStart = svg.firstRange(of: "<svg"), let tagEnd = svg[svgStart.upperBound...].firstIndex(of: ">") else {
            return svg
        }
        let titleID = prefix + "title", descID = prefix + "desc"
        var labelled = [String]()
        var children = ""
        if !title.isEmpty {
            labelled.append(titleID)
            children += "\n<title id=\"\(titleID)\">\(escaped(title))</title>"
        }
        if !description.isEmpty {
            labelled.append(descID)
            children += "\n<desc id=\"\(descID)\">\(escaped(description))</desc>"
        }
        var attributes = " role=\"img\""
        if !labelled.isEmpty { attributes += " aria-labelledby=\"\(labelled.joined(separator: " "))\"" }
        return String(svg[..<tagEnd]) + attributes + ">" + children + String(svg[svg.index(after: tagEnd)...])
    }

    private func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
