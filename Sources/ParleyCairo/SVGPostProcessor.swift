import Foundation
import ParleyScene

/// Makes Cairo's SVG deterministic, inlinable and accessible.
///
/// Cairo numbers some ids (`surfaceN`, `imageN`, `patternN`, …) from process-wide counters,
/// so the same scene gives different bytes depending on what the process drew before; and
/// every document restarts its glyph ids at 0, so two inlined SVGs collide. This renumbers
/// counter-style ids per kind in order of first appearance, prefixes every id and
/// reference (with `DocumentPrefix` when none is given), and adds `role="img"`, `<title>` and `<desc>`. It relies only on the shape of
/// ids and references (`id="…"`, `href="#…"`, `url(#…)`), not on Cairo's particular names.
struct SVGPostProcessor {
    var prefix: String
    var title: String
    var description: String
    /// The chart's language, written on the root as `xml:lang` and `lang`; empty for none.
    var language: String = ""

    private static let markers: [(open: [UInt8], close: UInt8)] = [
        (Array(" id=\"".utf8), UInt8(ascii: "\"")), (Array("href=\"#".utf8), UInt8(ascii: "\"")), (Array("url(#".utf8), UInt8(ascii: ")")),
    ]

    private static let pathData = Array(" d=\"".utf8)

    func process(_ svg: [UInt8]) -> [UInt8] {
        guard prefix.isEmpty else { return addAccessibility(to: renameIDs(in: svg, prefix: prefix), prefix: prefix) }
        // No prefix given: one derived from the document as written without one, so different
        // charts inlined into one page never share an id.
        let unprefixed = renameIDs(in: svg, prefix: "")
        let derived = DocumentPrefix.derived(from: addAccessibility(to: unprefixed, prefix: ""))
        return addAccessibility(to: renameIDs(in: unprefixed, prefix: derived), prefix: derived)
    }

    /// One pass over the bytes, comparing them in place: Cairo's SVGs of large diagrams run to
    /// megabytes. Path data (` d="…"`), most of every file, is skipped with one `memchr`.
    private func renameIDs(in bytes: [UInt8], prefix: String) -> [UInt8] {
        var names: [ArraySlice<UInt8>: [UInt8]] = [:]
        var counters: [Substring: Int] = [:]
        func newName(for old: ArraySlice<UInt8>) -> [UInt8] {
            if let known = names[old] { return known }
            let text = String(decoding: old, as: UTF8.self)
            let letters = text.prefix { $0.isLetter }
            let digits = text.dropFirst(letters.count)
            var base = text
            if !letters.isEmpty, !digits.isEmpty, digits.allSatisfy(\.isNumber) {
                let next = counters[letters, default: 0] + 1
                counters[letters] = next
                base = letters + String(next)
            }
            let renamed = Array((prefix + base).utf8)
            names[old] = renamed
            return renamed
        }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        bytes.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            let count = input.count
            func matches(_ pattern: [UInt8], at index: Int) -> Bool {
                guard index + pattern.count <= count else { return false }
                for (offset, expected) in pattern.enumerated() where input[index + offset] != expected { return false }
                return true
            }
            var index = 0, copiedUpTo = 0
            while index < count {
                let byte = input[index]
                guard byte == 0x20 || byte == 0x68 || byte == 0x75 else {  // ' ', 'h', 'u'
                    index += 1
                    continue
                }
                if byte == 0x20, matches(Self.pathData, at: index) {
                    let valueStart = index + Self.pathData.count
                    guard let quote = memchr(base + valueStart, 0x22, count - valueStart) else { break }
                    index = base.distance(to: quote.assumingMemoryBound(to: UInt8.self))
                    continue
                }
                guard let marker = Self.markers.first(where: { matches($0.open, at: index) }) else {
                    index += 1
                    continue
                }
                let nameStart = index + marker.open.count
                var nameEnd = nameStart
                while nameEnd < count, input[nameEnd] != marker.close { nameEnd += 1 }
                guard nameEnd < count else { break }
                output.append(contentsOf: input[copiedUpTo..<nameStart])
                output.append(contentsOf: newName(for: bytes[nameStart..<nameEnd]))
                index = nameEnd
                copiedUpTo = nameEnd
            }
            output.append(contentsOf: input[copiedUpTo..<count])
        }
        return output
    }

    private func addAccessibility(to svg: [UInt8], prefix: String) -> [UInt8] {
        guard let svgStart = svg.firstRange(of: Array("<svg".utf8)),
            let tagEnd = svg[svgStart.upperBound...].firstIndex(of: UInt8(ascii: ">"))
        else { return svg }
        // The renderer has checked the prefix; escaping again costs nothing and keeps this type
        // safe on its own.
        let titleID = XMLEscape.attribute(prefix + "title"), descID = XMLEscape.attribute(prefix + "desc")
        // The title names the picture and the description describes it: one attribute each,
        // so a screen reader reads the summary once.
        var attributes = " role=\"img\""
        if !language.isEmpty {
            // `xml:lang` for SVG 1.1 readers, `lang` for SVG 2 and HTML pages that inline the chart.
            let code = XMLEscape.attribute(language)
            attributes += " xml:lang=\"\(code)\" lang=\"\(code)\""
        }
        var children = ""
        if !title.isEmpty {
            attributes += " aria-labelledby=\"\(titleID)\""
            children += "\n<title id=\"\(titleID)\">\(XMLEscape.text(title))</title>"
        }
        if !description.isEmpty {
            attributes += " aria-describedby=\"\(descID)\""
            children += "\n<desc id=\"\(descID)\">\(XMLEscape.text(description))</desc>"
        }
        var output = Array(svg[..<tagEnd])
        output.reserveCapacity(svg.count + attributes.utf8.count + children.utf8.count + 1)
        output += Array((attributes + ">" + children).utf8)
        output += svg[(tagEnd + 1)...]
        return output
    }
}
