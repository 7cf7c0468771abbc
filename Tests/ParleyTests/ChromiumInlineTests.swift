import Foundation
import Parley
import ParleyCairo
import ParleyLayout
import ParleyScene
import ParleyTestSupport
import Testing

/// Three native and three Cairo SVGs of different charts, inlined into one page without id
/// prefixes, as a site would: headless Chromium paints each as Cairo's PNG of the same scene,
/// finds the native charts' text as text, and sees no id twice.
@Suite struct ChromiumInlineTests {
    init() { TestFonts.pin() }

    private struct Chart {
        var sample: String
        var chart: String
        var round: String?
        var native: Bool
    }

    private static let charts = [
        Chart(sample: "istanbul-2025", chart: "seating-compare", round: nil, native: true),
        Chart(sample: "istanbul-2025", chart: "timeline", round: "round-2", native: true),
        Chart(sample: "normandy-paris-2019", chart: "timeline", round: nil, native: true),
        Chart(sample: "istanbul-2025", chart: "overview", round: nil, native: false),
        Chart(sample: "riyadh-2025", chart: "timeline", round: nil, native: false),
        Chart(sample: "istanbul-2025", chart: "seating", round: "round-1", native: false),
    ]

    private struct Placed {
        var scene: Scene
        var svg: String
        var png: RasterImage
        var top: Int
        var native: Bool
    }

    /// A point is 4/3 CSS pixels: Cairo's PNG at that scale is the SVG at its physical size.
    private static let cssPixelsPerPoint = 4.0 / 3.0

    private func chromium(_ arguments: [String]) throws -> [UInt8] {
        try ExternalTool.run(
            "chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"] + arguments)
    }

    private func place(theme: ThemeName, dark: ThemeName?) throws -> [Placed] {
        let renderer = try ChartRenderer()
        var placed: [Placed] = []
        var top = 0
        for chart in Self.charts {
            let loaded = try Parley.load(RepositoryPaths.sample(chart.sample))
            var request = ChartRequest(chart: chart.chart)
            request.layout.roundID = chart.round
            request.layout.theme = theme.theme
            request.write.svgText = chart.native ? .native : .outline
            if chart.native { request.darkTheme = dark?.theme }
            let scene = try renderer.scene(of: loaded, request: request)
            let svg = try renderer.render(scene, of: loaded.meeting, file: loaded.file, request: request, format: .svg)
            var pngRequest = request
            pngRequest.layout.theme = (dark ?? theme).theme
            pngRequest.write.scale = Self.cssPixelsPerPoint
            let pngScene = dark == nil ? scene : try renderer.scene(of: loaded, request: pngRequest)
            let png = try RasterImage(png: renderer.render(pngScene, request: pngRequest, format: .png))
            var text = String(decoding: svg, as: UTF8.self)
            if let declaration = text.firstRange(of: "?>"), text.hasPrefix("<?xml") { text = String(text[declaration.upperBound...]) }
            placed.append(Placed(scene: scene, svg: text, png: png, top: top, native: chart.native))
            top += png.height + 20
        }
        return placed
    }

    private func page(_ placed: [Placed]) -> String {
        // Each SVG at the CSS size of its points (a point is 4/3 px), which a native SVG has
        // of itself; set here so Cairo's, sized in px until it is sized in points, compares too.
        var html = "<!doctype html><html><head><meta charset=\"utf-8\"><style>"
        for (index, chart) in placed.enumerated() {
            html += ".c\(index)>svg{display:block;width:\(chart.png.width)px;height:\(chart.png.height)px}"
        }
        html += "</style></head><body style=\"margin:0;background:#808080\">"
        for (index, chart) in placed.enumerated() {
            html += "<div class=\"c\(index)\" style=\"position:absolute;left:0;top:\(chart.top)px\">\(chart.svg)</div>"
        }
        // What a script on the page sees, written where --dump-dom shows it.
        html += """
            <pre id="report"></pre><script>
            const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
            const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
            const texts = [...document.querySelectorAll('text')].map(t => t.textContent);
            document.getElementById('report').textContent = JSON.stringify({twice, texts, ids: ids.length});
            </script></body></html>
            """
        return html
    }

    /// The share of 4 × 4 blocks whose average colour differs by more than 48 in a channel, and
    /// the mean of the largest channel difference over all blocks. Blocks, because Chromium and
    /// Cairo antialias glyph edges differently (Chromium hints, Cairo's PNG does not), which
    /// moves single pixels but not the ink in a block.
    private func difference(_ shot: RasterImage, top: Int, _ png: RasterImage) -> (badShare: Double, mean: Double) {
        let block = 4
        var bad = 0, total = 0, sum = 0.0
        for by in stride(from: 0, to: png.height - block + 1, by: block) {
            for bx in stride(from: 0, to: png.width - block + 1, by: block) {
                var a = [0, 0, 0], b = [0, 0, 0]
                for y in by..<(by + block) {
                    for x in bx..<(bx + block) {
                        let p = png.pixel(x: x, y: y), q = shot.pixel(x: x, y: top + y)
                        // The PNG may be transparent nowhere here: every theme paints a background.
                        a[0] += Int(p.red); a[1] += Int(p.green); a[2] += Int(p.blue)
                        b[0] += Int(q.red); b[1] += Int(q.green); b[2] += Int(q.blue)
                    }
                }
                let largest = (0..<3).map { abs(a[$0] - b[$0]) / (block * block) }.max() ?? 0
                sum += Double(largest)
                total += 1
                if largest > 48 { bad += 1 }
            }
        }
        return (Double(bad) / Double(max(1, total)), sum / Double(max(1, total)))
    }

    private func check(theme: ThemeName, dark: ThemeName?, label: String) throws {
        let folder = try TemporaryDirectory()
        let placed = try place(theme: theme, dark: dark)
        let path = folder.file("page.html").path
        try Data(page(placed).utf8).write(to: URL(fileURLWithPath: path))
        let width = placed.map(\.png.width).max() ?? 0
        let height = (placed.last.map { $0.top + $0.png.height }) ?? 0
        var flags = ["--window-size=\(width),\(height)", "--screenshot=\(folder.file("shot.png").path)"]
        if dark != nil { flags.append("--blink-settings=preferredColorScheme=0") }
        _ = try chromium(flags + ["file://\(path)"])
        let shot = try RasterImage(png: Array(Data(contentsOf: folder.file("shot.png"))))
        for (index, chart) in placed.enumerated() where dark == nil || chart.native {
            let (badShare, mean) = difference(shot, top: chart.top, chart.png)
            #expect(
                badShare <= 0.02 && mean <= 6,
                "\(label) chart \(index) (\(chart.native ? "native" : "Cairo")): \(badShare) of blocks differ, mean \(mean)")
        }
        let dom = String(decoding: try chromium(["--dump-dom", "file://\(path)"]), as: UTF8.self)
        guard let start = dom.firstRange(of: "<pre id=\"report\">"), let end = dom[start.upperBound...].firstRange(of: "</pre>") else {
            Issue.record("no report in the page")
            return
        }
        let json = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
            of: "&gt;", with: ">"
        )
        .replacingOccurrences(of: "&amp;", with: "&")
        let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        #expect((report["twice"] as? [String]) == [], "\(label): ids twice: \(report["twice"] ?? "")")
        #expect((report["ids"] as? Int ?? 0) > 100)
        let texts = Set(report["texts"] as? [String] ?? [])
        #expect(texts.contains("Russia–Ukraine direct talks in Istanbul"))
        #expect(texts.contains("14:43 Talks open with a speech"))
        for chart in placed where chart.native {
            for run in chart.scene.placedTexts.map(\.run) {
                for line in run.metrics.lines where !line.isElided && !line.text.isEmpty {
                    #expect(texts.contains(line.text), "\(label): Chromium finds no <text> '\(line.text)'")
                }
            }
        }
    }

    @Test func threeNativeAndThreeCairoSVGsShareOnePage() throws {
        try check(theme: .light, dark: nil, label: "light")
        try check(theme: .print, dark: nil, label: "print")
    }

    @Test func aReaderInDarkModeSeesTheDarkPalette() throws {
        try check(theme: .light, dark: .dark, label: "dark")
    }
}
