import Foundation
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyCairo

/// The embedded subsets as a browser sees them: headless Chromium loads them through
/// `@font-face` data URIs (so its font sanitizer, OTS, has to accept them) and sets the strings
/// at the widths Pango gave them.
@Suite struct FontChromiumTests {
    private static let samples: [(text: String, font: Font)] = [
        ("Round 2 · What changed — 10:00–13:40", Font(size: 20)),
        ("Round 2 · What changed — 10:00–13:40", Font(size: 20, weight: .medium)),
        ("Heads of delegation only, AVA Waffle", Font(size: 20, weight: .bold)),
        ("Мединский, Умеров · Çırağan Sarayı", Font(size: 20)),
        ("Διαπραγματεύσεις · პირდაპირი", Font(size: 20, weight: .bold)),
        ("المفاوضات المباشرة في إسطنبول", Font(size: 20)),
        ("משא ומתן ישיר באיסטנבול", Font(size: 20)),
        ("Talks 伊斯坦布尔直接会谈 · 第二轮", Font(size: 20)),
        ("第二轮 Round 2", Font(size: 20, weight: .bold)),
        ("Times as announced; fi ffl", Font(size: 20, style: .italic)),
        ("Agreed 🤝 exchange 👍🏽", Font(size: 20)),
    ]

    /// Chromium on Linux rounds each advance to a whole pixel at small sizes, so the strings are
    /// measured this many times larger, where a pixel is a thousandth of an em, and scaled back.
    private static let magnification = 50.0

    private struct Measured: Decodable {
        let widths: [Double]
        let canvasWidths: [Double]
        let checks: [Bool]
        let statuses: [String]
    }

    @Test func chromiumLoadsEveryFaceAndSetsTheStringsAtPangosWidths() throws {
        let configuration = FontEmbeddingTests.fallbackConfiguration
        var texts: [Font: String] = [:]
        for sample in Self.samples { texts[sample.font, default: ""] += sample.text + "\n" }
        let fonts = try PangoFontEmbedding(
            fontConfigurationFile: configuration, cache: FaceSubsetCache(maximumEntries: 64, maximumBytes: 1 << 24)
        )
        .embed(texts)
        let pango = try PangoFaceRuns(fontConfigurationFile: configuration)
        var css = ""
        for face in fonts.faces {
            css += "@font-face{font-family:\"\(face.family)\";font-weight:\(face.weight);font-style:\(face.isItalic ? "italic" : "normal");"
            css += "src:url(data:\(face.mediaType);base64,\(Data(face.data).base64EncodedString())) format(\"\(face.format)\");}\n"
        }
        // Only the embedded families, then a generic family of other widths: a face Chromium
        // refused would show as a wrong width, not be hidden by the installed DejaVu Sans.
        var shorthands: [String] = []
        for sample in Self.samples {
            let embedded = (fonts.families[sample.font] ?? []).dropLast(2).map { "\"\($0)\"" }.joined(separator: ",")
            let weight = [Font.Weight.regular: 400, .medium: 500, .bold: 700][sample.font.weight] ?? 400
            shorthands.append(
                "\(sample.font.style == .italic ? "italic " : "")\(weight) \(Int(sample.font.size * Self.magnification))px \(embedded),monospace"
            )
        }
        let textsJSON = try jsonArray(Self.samples.map { $0.text })
        let fontsJSON = try jsonArray(shorthands)
        let page = """
            <!doctype html><html><head><meta charset="utf-8"><style>\(css)</style></head><body><pre id="out">pending</pre>
            <script>
            const texts = \(textsJSON);
            const fonts = \(fontsJSON);
            (async () => {
              for (const f of fonts) { await document.fonts.load(f, texts[fonts.indexOf(f)]); }
              await document.fonts.ready;
              const context = document.createElement("canvas").getContext("2d");
              const canvasWidths = texts.map((t, i) => { context.font = fonts[i]; return context.measureText(t).width / \(Self.magnification); });
              const widths = texts.map((t, i) => {
                const span = document.createElement("span");
                span.style.cssText = "position:absolute;white-space:pre;font-synthesis:none;font:" + fonts[i];
                span.style.fontSynthesis = "none";
                span.textContent = t; document.body.appendChild(span);
                return span.getBoundingClientRect().width / \(Self.magnification);
              });
              const checks = texts.map((t, i) => document.fonts.check(fonts[i], t));
              const statuses = [...document.fonts].map(f => f.family + ":" + f.status);
              document.getElementById("out").textContent = JSON.stringify({widths, canvasWidths, checks, statuses});
            })();
            </script></body></html>
            """
        let folder = try TemporaryDirectory()
        let url = try folder.write(Array(page.utf8), to: "fonts.html")
        let dom = try ExternalTool.run(
            "chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=20000", "--dump-dom", url.absoluteString])
        let text = String(decoding: dom, as: UTF8.self)
        let start = try #require(text.range(of: "<pre id=\"out\">")?.upperBound)
        let end = try #require(text[start...].range(of: "</pre>")?.lowerBound)
        let json = String(text[start..<end]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let measured = try JSONDecoder().decode(Measured.self, from: Data(json.utf8))
        #expect(measured.statuses.count == fonts.faces.count)
        #expect(measured.statuses.allSatisfy { $0.hasSuffix(":loaded") }, "\(measured.statuses)")
        #expect(measured.checks.allSatisfy { $0 }, "\(measured.checks)")
        var report: [String] = []
        for (index, sample) in Self.samples.enumerated() {
            let expected = pango.width(of: sample.text, in: sample.font)
            let got = measured.widths[index]
            let deviation = abs(got - expected) / expected
            let canvasDeviation = abs(measured.canvasWidths[index] - expected) / expected
            report.append(
                "\(sample.text) [\(sample.font.weight)\(sample.font.style == .italic ? " italic" : "")]: Pango \(expected), "
                    + "Chromium element \(got) (\(deviation * 100) %), canvas \(measured.canvasWidths[index]) (\(canvasDeviation * 100) %)")
            // Pango sets a space between Han and Latin in the Han face; a browser takes it from the
            // first family listed that has one (DejaVu Sans Bold here), 1.8 px wider at 20 px.
            // Exact only if the writer gives each face run its own font-family.
            if sample.text.hasPrefix("第二轮 ") {
                withKnownIssue("a neutral character Pango set in a fallback face") { #expect(deviation <= 0.005, "\(report.last ?? "")") }
                continue
            }
            #expect(deviation <= 0.005, "\(report.last ?? "")")
            #expect(canvasDeviation <= 0.005, "\(report.last ?? "")")
        }
        print("FontChromiumTests widths:\n" + report.joined(separator: "\n"))
    }

    private func jsonArray(_ strings: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
    }
}
