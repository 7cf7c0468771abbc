import Foundation
import FoundationXML
import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyCairo

/// The PDF report as a reader's viewer sees it: an outline with every round and chart under
/// its section pointing at its page, a live link for every web source and none for anything
/// else, and the document's metadata (poppler's pdfinfo and pdftohtml, and the raw file).
@Suite struct ReportPDFTests {
    private static let hostile = RepositoryPaths.root + "/Tests/Fixtures/reports/vienna-hostile-text.yaml"
    static let models = RepositoryPaths.sampleNames.map(RepositoryPaths.sample) + [hostile]

    private func report(_ model: String, in folder: TemporaryDirectory) throws -> String {
        let path = folder.file("report.pdf").path
        let run = CommandRunner.parley(["report", model, "-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    /// The outline as pdftohtml reads it: each entry's title, page and nesting depth, in order.
    private func outline(_ path: String) throws -> [(title: String, page: Int, depth: Int)] {
        let xml = try ExternalTool.run("pdftohtml", ["-xml", "-i", "-stdout", "-q", path])
        let parser = XMLParser(data: Data(xml))
        let collector = OutlineCollector()
        parser.delegate = collector
        #expect(parser.parse(), "pdftohtml's XML does not parse")
        return collector.entries
    }

    /// The text of every `/URI (…)` action in the file, unescaped as PDF strings are.
    private func uris(_ path: String) throws -> [String] {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let marker = Array("/URI (".utf8)
        var found: [String] = []
        var index = 0
        while index + marker.count < bytes.count {
            guard bytes[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            var value: [UInt8] = []
            var cursor = index + marker.count
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ")") {
                if bytes[cursor] == UInt8(ascii: "\\"), cursor + 1 < bytes.count { cursor += 1 }
                value.append(bytes[cursor])
                cursor += 1
            }
            found.append(String(decoding: value, as: UTF8.self))
            index = cursor
        }
        return found
    }

    @Test(arguments: models) func theOutlineListsEveryRoundAndChartUnderItsSectionOnItsPage(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let path = try report(model, in: folder)
        let meeting = try MeetingLoader.load(path: model).meeting
        let document = ReportDocument(meeting: meeting)
        let entries = try outline(path)
        let sections = entries.filter { $0.depth == 1 }.map(\.title)
        #expect(sections == [document.title] + document.sections.map(\.heading) + (document.footnotes.isEmpty ? [] : ["Sources"]))
        // Each section's charts, in order, nested under it.
        var charts: [String: [String]] = [:]
        var current = ""
        for entry in entries {
            if entry.depth == 1 { current = entry.title } else { charts[current, default: []].append(entry.title) }
        }
        for section in document.sections {
            #expect(charts[section.heading] ?? [] == section.charts.map(\.caption), "\(section.heading)")
        }
        #expect(entries.allSatisfy { $0.depth <= 2 })
        // A section's entry points at the page with its heading; a chart's at the page it starts
        // on, its caption under it on that page or, for a chart cut into slices, a later one
        // before the next entry's.
        for (index, entry) in entries.enumerated() {
            let last = entry.depth == 1 ? entry.page : max(entry.page, index + 1 < entries.count ? entries[index + 1].page : entry.page + 3)
            let text = String(
                decoding: try ExternalTool.run("pdftotext", ["-f", "\(entry.page)", "-l", "\(last)", path, "-"]), as: UTF8.self)
            #expect(squeezed(text).contains(squeezed(entry.title)), "\(entry.title) is not on pages \(entry.page)–\(last)")
        }
        let pages = entries.map(\.page)
        #expect(pages == pages.sorted(), "outline entries out of page order: \(pages)")
    }

    @Test(arguments: models) func everyWebSourceIsALiveLinkAndNothingElseIs(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let path = try report(model, in: folder)
        let meeting = try MeetingLoader.load(path: model).meeting
        let web = ReportDocument(meeting: meeting).footnotes.compactMap { WebLink($0)?.href }
        #expect(try uris(path) == web)
    }

    @Test func theHostileModelLinksOnlyItsWebSourcesWithTheirQuoteEncoded() throws {
        let folder = try TemporaryDirectory()
        let links = try uris(try report(Self.hostile, in: folder))
        #expect(links == ["https://example.org/minutes/r1?who=%27chair%27&path=a%5Cb", "https://example.org/minutes/r2"])
        let text = String(decoding: try ExternalTool.run("pdftotext", [folder.file("report.pdf").path, "-"]), as: UTF8.self)
        #expect(text.contains("javascript:alert(1)") && text.contains("mailto:secretariat@example.org"))
        #expect(text.contains("<img src=x onerror=alert(1)>"))
    }

    @Test func theMetadataNamesTheMeetingItsPartiesAndAPinnedDate() throws {
        let folder = try TemporaryDirectory()
        let model = RepositoryPaths.sample("istanbul-2025")
        let path = try report(model, in: folder)
        let info = String(decoding: try ExternalTool.run("pdfinfo", ["-isodates", path]), as: UTF8.self)
        func field(_ name: String) -> String? {
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map {
                $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        let document = ReportDocument(meeting: try MeetingLoader.load(path: model).meeting)
        #expect(field("Title") == document.title)
        #expect(field("Subject") == document.summary)
        #expect(field("Keywords") == "Russia; Ukraine; Turkey; Dolmabahçe Palace, Istanbul; Çırağan Palace, Istanbul")
        #expect(field("Creator") == "Parley")
        #expect(field("CreationDate") == "2000-01-01T00:00:00Z")
        // Pinned, so the same model gives the same bytes.
        let again = try TemporaryDirectory()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: try report(model, in: again))))
    }

    @Test func aLinkKeepsCairosAttributeSyntaxAndOnlyWebAndMailSchemesLink() throws {
        #expect(CairoTags.linkAttributes("https://a.example/it's\\here(x") == "uri='https://a.example/it\\'s%5Chere%28x'")
        #expect(CairoTags.linkAttributes("mailto:desk@a.example") == "uri='mailto:desk@a.example'")
        for refused in [
            "javascript:alert(1)", "file:///etc/passwd", "https://", "https://a.example/a b", "https://a.example/é", "relative/page",
        ] {
            #expect(CairoTags.linkAttributes(refused) == nil, "\(refused)")
        }
        // Drawn: the quote reaches the PDF's /URI as it was, the backslash and the lone parenthesis
        // encoded (the file stays well-formed); the refused scheme makes no link.
        let scene = Scene(
            size: Size(width: 200, height: 100), background: .white, title: "Links", description: "",
            nodes: [
                .group(
                    Group(
                        children: [.rect(RectShape(frame: Rect(x: 10, y: 10, width: 50, height: 10), style: .filled(.black)))],
                        link: "https://a.example/it's\\here(x")),
                .group(
                    Group(
                        children: [.rect(RectShape(frame: Rect(x: 10, y: 40, width: 50, height: 10), style: .filled(.black)))],
                        link: "javascript:alert(1)")),
            ])
        let folder = try TemporaryDirectory()
        let path = folder.file("links.pdf").path
        try Data(try CairoPDFWriter().bytes(ofPages: [scene], options: WriteOptions())).write(to: URL(fileURLWithPath: path))
        let found = try uris(path)
        #expect(found == ["https://a.example/it's%5Chere%28x"], "\(found)")
    }

    /// Text without white space or hyphens, so a line wrapped anywhere still matches.
    private func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "-" && $0 != "\u{AD}" })
    }
}

/// Reads pdftohtml's `<outline>` elements into titles, pages and depths.
private final class OutlineCollector: NSObject, XMLParserDelegate {
    var entries: [(title: String, page: Int, depth: Int)] = []
    private var depth = 0
    private var page: Int?
    private var title = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "outline" { depth += 1 }
        if name == "item" {
            page = attributes["page"].flatMap(Int.init)
            title = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if page != nil { title += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "outline" { depth -= 1 }
        if name == "item", let page {
            entries.append((title, page, depth))
            self.page = nil
        }
    }
}
