import Foundation
import ParleyCairo
import ParleyTestSupport
import Testing

/// The chart families through the built `parley`: every chart in every format, the seating
/// analysis, and the guard on flag pictures.
@Suite struct ChartCommandTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test(arguments: [
        ["--chart", "timeline"], ["--chart", "timeline", "--round", "round-2"], ["--chart", "timeline", "--align", "elapsed"],
        ["--chart", "timeline", "--align", "calendar"], ["--chart", "seating", "--round", "round-2"], ["--chart", "seating-compare"],
    ])
    func everyChartRendersInEveryFormatAndReadsBackInRealClients(_ chart: [String]) throws {
        let folder = try TemporaryDirectory()
        for format in ["svg", "png", "pdf"] {
            let file = folder.file("chart.\(format)").path
            let result = CommandRunner.parley(["render", sample] + chart + ["-o", file])
            #expect(result.status == 0, "\(chart) \(format): \(result.stderr)")
        }
        let png = try RasterImage(png: Array(Data(contentsOf: folder.file("chart.png"))))
        let viaRsvg = try RasterImage(
            png: ExternalTool.run("rsvg-convert", ["--format", "png", "--dpi-x", "72", "--dpi-y", "72", folder.file("chart.svg").path]))
        #expect(viaRsvg.width == png.width && viaRsvg.height == png.height)
        #expect(viaRsvg.differingFraction(from: png, tolerance: 64) < 0.02)
        try ExternalTool.run("pdftoppm", ["-png", "-r", "72", "-singlefile", folder.file("chart.pdf").path, folder.file("page").path])
        let page = try RasterImage(png: Array(Data(contentsOf: folder.file("page.png"))))
        #expect(abs(page.width - png.width) <= 1)
    }

    @Test func theSeatingSVGSaysWhoSitsWhere() throws {
        let svg = String(
            decoding: CommandRunner.parley(["render", sample, "--chart", "seating", "--round", "round-2", "--format", "svg", "-o", "-"])
                .stdout, as: UTF8.self)
        #expect(
            svg.contains("Seating: Russia on the left arm, Ukraine on the right arm, Turkey at the head. Flags Russia, Turkey, Ukraine."))
    }

    @Test func diffSeatingTellsTheMirror() throws {
        let text = CommandRunner.parley(["diff-seating", sample])
        #expect(text.status == 0)
        #expect(
            String(decoding: text.stdout, as: UTF8.self).hasPrefix(
                "Round 2 mirrors Round 1 (placement unconfirmed): Russia and Ukraine swapped sides; Turkey stays at the head.\n"))
        let json = CommandRunner.parley(["diff-seating", sample, "--json"])
        // Version 2 of the document wraps the comparisons in an object that names its version.
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any]
        #expect(document?["version"] as? Int == 2)
        let first = (document?["comparisons"] as? [[String: Any]])?.first
        #expect(first?["mirrored"] as? Bool == true)
        #expect(first?["swappedSides"] as? [String] == ["ru", "ua"])
    }

    @Test func chartsSayWhatTheModelLacks() {
        let noTable = CommandRunner.parley(["render", sample, "--chart", "seating", "--round", "round-3", "-o", "/tmp/never.svg"])
        #expect(noTable.status == 1)
        #expect(
            noTable.stderr.contains(
                "round 'round-3' has no table in \(sample); add 'table:' to it, or pick one of the rounds with a table: round-1, round-2"))
        let unknown = CommandRunner.parley(["render", sample, "--round", "round-9", "-o", "/tmp/never.svg"])
        #expect(unknown.stderr.contains("error: unknown round 'round-9' in \(sample); the rounds are round-1, round-2, round-3"))
    }

    @Test func flagPicturesMustStayBesideTheModel() throws {
        let folder = try TemporaryDirectory()
        let model = try String(contentsOfFile: sample, encoding: .utf8).replacingOccurrences(of: "flags/tr.svg", with: "../outside.svg")
        let path = try folder.write(Array(model.utf8), to: "m.yaml").path
        let refused = CommandRunner.parley(["render", path, "--chart", "seating", "--round", "round-2", "-o", folder.file("x.svg").path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("outside the model's folder"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("x.svg").path))
    }
}
