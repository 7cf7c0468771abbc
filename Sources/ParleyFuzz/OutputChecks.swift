import Foundation
import ParleyJSON
import ParleyScene

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What each writer's bytes must be: the format's own framing, the scene's size, and for SVG
/// and the scene JSON a document a standard parser reads back (model text reaches both), the
/// scene JSON into the same scene.
enum OutputChecks {
    static func svg(_ bytes: [UInt8], _ context: String, into outcome: inout FuzzOutcome) {
        let head = String(decoding: bytes.prefix(64), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("<svg") else {
            outcome.violation("\(context): the SVG starts with \(head.prefix(20).debugDescription)")
            return
        }
        let parser = XMLParser(data: Data(bytes))
        if !parser.parse() {
            let error = parser.parserError.map { "\($0)" } ?? "no reason given"
            outcome.violation(
                "\(context): the SVG is not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber)): \(error)")
        }
    }

    static func png(_ bytes: [UInt8], width: Int, height: Int, _ context: String, into outcome: inout FuzzOutcome) {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes.prefix(8)) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            outcome.violation("\(context): the PNG lacks its signature or IHDR chunk (\(bytes.count) bytes)")
            return
        }
        let bigEndian = { (offset: Int) in bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        if bigEndian(16) != width || bigEndian(20) != height {
            outcome.violation("\(context): the PNG is \(bigEndian(16))×\(bigEndian(20)) pixels, not \(width)×\(height)")
        }
    }

    static func pdf(_ bytes: [UInt8], _ context: String, into outcome: inout FuzzOutcome) {
        let tail = String(decoding: bytes.suffix(32), as: UTF8.self)
        if !bytes.starts(with: Array("%PDF-".utf8)) || !tail.contains("%%EOF") {
            outcome.violation("\(context): the PDF lacks its %PDF- header or %%EOF trailer (\(bytes.count) bytes)")
        }
    }

    static func json(_ bytes: [UInt8], of scene: Scene, _ context: String, into outcome: inout FuzzOutcome) {
        let document: JSONValue
        do { document = try JSONValue(parsing: bytes) } catch {
            outcome.violation("\(context): the scene JSON does not parse (\(error), \(bytes.count) bytes)")
            return
        }
        let width = document["width"]?.doubleValue, height = document["height"]?.doubleValue
        if width != scene.size.width || height != scene.size.height {
            outcome.violation("\(context): the scene JSON gives the canvas as \(String(describing: width))×\(String(describing: height))")
        }
        if document["nodes"]?.arrayValue?.count != scene.nodes.count {
            outcome.violation("\(context): the scene JSON does not list the scene's \(scene.nodes.count) top-level nodes")
        }
        // The document is the whole scene: it reads back equal (model text reaches every string).
        do {
            if try Scene(jsonDocument: document) != scene { outcome.violation("\(context): the scene JSON reads back as another scene") }
        } catch {
            outcome.violation("\(context): the scene JSON does not read back: \(error)")
        }
    }
}
