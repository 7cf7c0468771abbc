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

    private static let markers: [(open: String, close: Character)] = [("id=\"", "\""), ("href=\"#", "\""), ("url(#", ")")]

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

        var output = ""
        output.reserveCapacity(svg.utf8.count + 1024)
        var rest = Substring(svg)
        while let (marker, range) = nextMarker(in: rest) {
            output += rest[..<range.upperBound]
            let afterMarker = rest[range.upperBound...]
            guard let end = afterMarker.firstIndex(of: marker.close) else {
                rest = afterMarker
                continue
            }
            output += newName(for: String(afterMarker[..<end]))
            rest = afterMarker[end...]
        }
        output += rest
        return output
    }

    private func nextMarker(in text: Substring) -> ((open: String, close: Character), Range<Substring.Index>)? {
        var best: ((open: String, close: Character), Range<Substring.Index>)?
        for marker in Self.markers {
            if let range = text.firstRange(of: marker.open), best == nil || range.lowerBound < best!.1.lowerBound {
                best = (marker, range)
            }
        }
        return best
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
