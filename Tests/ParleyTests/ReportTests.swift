import Foundation
import ParleyCairo
import ParleyTestSupport
import Testing

/// Reports opened in their real clients: headless Chromium, pandoc, poppler.
@Suite struct ReportTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    private func chromium(_ arguments: [String]) throws {
        try ExternalTool.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments)
    }

    /// Pixels close to `color` (within 12 per channel).
    private func count(_ color: (Int, Int, Int), in image: RasterImage) -> Int {
        var total = 0
        for y in stride(from: 0, to: image.height, by: 2) {
            for x in stride(from: 0, to: image.width, by: 2) {
                let p = image.pixel(x: x, y: y)
                if abs(Int(p.red) - color.0) <= 12, abs(Int(p.green) - color.1) <= 12, abs(Int(p.blue) - color.2) <= 12 { total += 1 }
            }
        }
        return total
    }

    @Test func theHTMLReportIsSelfContainedAndChromiumShowsEveryDiagram() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("report.html").path
        #expect(CommandRunner.parley(["report", sample, "-o", path]).status == 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count - 1 == 7)
        #expect(!html.contains("<?xml"))
        #expect(!html.contains("src=\"") && !html.contains("<link"))
        var ids: [String: Int] = [:]
        var rest = Substring(html)
        while let range = rest.firstRange(of: " id=\"") {
            let tail = rest[range.upperBound...]
            let end = tail.firstIndex(of: "\"") ?? tail.endIndex
            ids[String(tail[..<end]), default: 0] += 1
            rest = tail[end...]
        }
        // Native SVG needs few ids (a title, a description, clips); each chart has its own.
        #expect(ids.count >= 2 * 7)
        #expect(ids.filter { $0.value > 1 }.isEmpty, "duplicate ids: \(ids.filter { $0.value > 1 }.keys.prefix(5))")
        for reference in ["href=\"#", "url(#"] {
            var scan = Substring(html)
            while let range = scan.firstRange(of: reference) {
                let tail = scan[range.upperBound...]
                let end = tail.firstIndex { $0 == "\"" || $0 == ")" } ?? tail.endIndex
                #expect(ids[String(tail[..<end])] != nil, "dangling #\(tail[..<end])")
                scan = tail[end...]
            }
        }
        try chromium(["--window-size=1000,6000", "--screenshot=\(folder.file("shot.png").path)", "file://\(path)"])
        let shot = try RasterImage(png: Array(Data(contentsOf: folder.file("shot.png"))))
        // Russia's red, Ukraine's blue and the session bars are all drawn.
        #expect(count((0xD5, 0x2B, 0x1E), in: shot) > 500)
        #expect(count((0x00, 0x57, 0xB7), in: shot) > 500)
        #expect(count((0x42, 0x69, 0xD0), in: shot) > 2000)
    }

    @Test func pandocTurnsTheMarkdownReportIntoAPDFWithTheImages() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("report.md").path
        #expect(CommandRunner.parley(["report", sample, "-o", path]).status == 0)
        let markdown = try String(contentsOfFile: path, encoding: .utf8)
        #expect(markdown.contains("](report-files/round-2-seating.svg)"))
        #expect(FileManager.default.fileExists(atPath: folder.file("report-files/round-2-seating.svg").path))
        try ExternalTool.run(
            "pandoc",
            [
                path, "--standalone", "--self-contained", "--metadata", "title=Report", "--resource-path", folder.url.path, "-o",
                folder.file("pandoc.html").path,
            ])
        try chromium([
            "--print-to-pdf=\(folder.file("pandoc.pdf").path)", "--no-pdf-header-footer", "file://\(folder.file("pandoc.html").path)",
        ])
        try ExternalTool.run("pdftoppm", ["-png", "-r", "72", folder.file("pandoc.pdf").path, folder.file("page").path])
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix("page") }.sorted()
        #expect(pages.count >= 3)
        var red = 0
        for page in pages { red += count((0xD5, 0x2B, 0x1E), in: try RasterImage(png: Array(Data(contentsOf: folder.file(page))))) }
        #expect(red > 250, "\(red) red pixels")
    }

    @Test func thePDFReportHasAPagePerSectionWithSelectableText() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("report.pdf").path
        #expect(CommandRunner.parley(["report", sample, "-o", path]).status == 0)
        let info = String(decoding: try ExternalTool.run("pdfinfo", [path]), as: UTF8.self)
        #expect(info.contains("Title:           Russia–Ukraine direct talks in Istanbul"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect(pages >= 6)
        let text = String(decoding: try ExternalTool.run("pdftotext", [path, "-"]), as: UTF8.self)
        #expect(text.contains("Round 2 · 2 June 2025"))
        #expect(text.contains("Çırağan Palace"))
        #expect(text.contains("Round 2 mirrors Round 1"))
        try ExternalTool.run("pdftoppm", ["-png", "-r", "40", "-f", "2", "-l", "2", path, folder.file("page").path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).contains { $0.hasPrefix("page") })
        #expect(CommandRunner.parley(["report", sample, "-o", folder.file("report.doc").path]).status != 0)
    }
}
