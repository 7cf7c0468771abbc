import Foundation
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyCairo

/// What embedding costs on real charts: the round-2 timeline of the Istanbul sample and every
/// chart of the samples, their texts
/// gathered per font from the scene as the native SVG writer gathers them.
@Suite struct FontSubsetSizeTests {
    private func round2Texts() throws -> [Font: String] {
        try texts(of: RepositoryPaths.samples + "/istanbul-2025.yaml", ["--round", "round-2"]) ?? [:]
    }

    /// The texts of one chart per font, or nil when the model has no such chart.
    private func texts(of model: String, _ options: [String]) throws -> [Font: String]? {
        let folder = try TemporaryDirectory()
        let path = folder.file("chart.json").path
        guard CommandRunner.parley(["render", model] + options + ["-o", path]).status == 0 else { return nil }
        let scene = try Scene(jsonBytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        var texts: [Font: String] = [:]
        for placed in scene.placedTexts {
            texts[placed.run.font, default: ""] += placed.run.metrics.lines.map(\.text).joined(separator: "\n") + "\n"
        }
        return texts
    }

    @Test func theRound2TimelineEmbedsAFewKilobytesPerFaceAndWOFFPays() throws {
        TestFonts.pin()
        let texts = try round2Texts()
        #expect(texts.count >= 3)
        let clock = ContinuousClock()
        let started = clock.now
        let fonts = try PangoFontEmbedding(fontConfigurationFile: nil, cache: FaceSubsetCache(maximumEntries: 8, maximumBytes: 1 << 24))
            .embed(texts)
        let cold = clock.now - started
        let warmCache = FaceSubsetCache(maximumEntries: 8, maximumBytes: 1 << 24)
        _ = try PangoFontEmbedding(fontConfigurationFile: nil, cache: warmCache).embed(texts)
        let warmStarted = clock.now
        _ = try PangoFontEmbedding(fontConfigurationFile: nil, cache: warmCache).embed(texts)
        let warm = clock.now - warmStarted
        let folder = try TemporaryDirectory()
        let woff2 = ExternalTool.locate("woff2_compress")
        var lines: [String] = []
        var totals = (ttf: 0, woff: 0, woff2: 0)
        for face in fonts.faces {
            let sfnt = face.format == "woff" ? try WOFFReader.sfnt(fromWOFF: face.data) : face.data
            let woff = try #require(WOFFEncoder.woff(sfnt))
            #expect(face.data.count == min(sfnt.count, woff.count))
            var woff2Size = 0
            var woff2Time = Duration.zero
            if woff2 != nil {
                let ttf = try folder.write(sfnt, to: "\(face.family).ttf")
                let woff2Started = clock.now
                try ExternalTool.run("woff2_compress", [ttf.path])
                woff2Time = clock.now - woff2Started
                woff2Size = try Data(contentsOf: folder.file("\(face.family).woff2")).count
            }
            let woffStarted = clock.now
            _ = WOFFEncoder.woff(sfnt)
            let woffTime = clock.now - woffStarted
            totals = (totals.ttf + sfnt.count, totals.woff + woff.count, totals.woff2 + woff2Size)
            lines.append(
                "\(face.family): TTF \(sfnt.count) B, WOFF \(woff.count) B, WOFF2 \(woff2 == nil ? "-" : "\(woff2Size) B"); WOFF in \(woffTime), woff2_compress process \(woff2Time)"
            )
        }
        lines.append(
            "total: TTF \(totals.ttf) B, WOFF \(totals.woff) B, WOFF2 \(totals.woff2) B; base64 in the SVG: \(fonts.faces.map { ($0.data.count + 2) / 3 * 4 }.reduce(0, +)) B"
        )
        lines.append("embed: \(cold) with a cold cache, \(warm) warm")
        print("FontSubsetSizeTests round-2 timeline:\n" + lines.joined(separator: "\n"))
        // A chart's faces stay far below the 50 KB its PNG takes; WOFF saves on every face.
        #expect(totals.woff < 60_000)
        #expect(totals.woff < totals.ttf * 3 / 4)
    }

    @Test func everySampleChartEmbedsLessThanItsPNG() throws {
        TestFonts.pin()
        let woff2 = ExternalTool.locate("woff2_compress")
        let folder = try TemporaryDirectory()
        var lines: [String] = []
        var charts = 0
        for sample in ["istanbul-2025", "normandy-paris-2019", "riyadh-2025"] {
            for chart in ["timeline", "seating", "seating-compare", "overview"] {
                guard let texts = try texts(of: RepositoryPaths.samples + "/\(sample).yaml", ["--chart", chart]) else { continue }
                let fonts = try PangoFontEmbedding().embed(texts)
                var sizes = (ttf: 0, woff: 0, woff2: 0)
                for face in fonts.faces {
                    let sfnt = face.format == "woff" ? try WOFFReader.sfnt(fromWOFF: face.data) : face.data
                    #expect(face.data.count <= sfnt.count)
                    sizes.ttf += sfnt.count
                    sizes.woff += face.data.count
                    if woff2 != nil {
                        let ttf = try folder.write(sfnt, to: "face.ttf")
                        try ExternalTool.run("woff2_compress", [ttf.path])
                        sizes.woff2 += try Data(contentsOf: folder.file("face.woff2")).count
                    }
                }
                lines.append(
                    "\(sample) \(chart): \(fonts.faces.count) faces, TTF \(sizes.ttf) B, embedded \(sizes.woff) B, WOFF2 \(sizes.woff2) B")
                #expect(sizes.woff < 60_000, "\(lines.last ?? "")")
                charts += 1
            }
        }
        print("FontSubsetSizeTests sample charts:\n" + lines.joined(separator: "\n"))
        #expect(charts >= 9)
    }
}
