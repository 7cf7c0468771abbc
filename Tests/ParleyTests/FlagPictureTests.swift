import Foundation
import ParleyCairo
import ParleyTestSupport
import Testing

/// Flag pictures within limits: what a picture costs is bounded before it is decoded (PNG) or
/// by the worker that draws it (SVG), and every problem is located at the party's `flag:`.
@Suite(.serialized) struct FlagPictureTests {
    // MARK: PNG

    @Test func aPNGBombIsRefusedFromItsHeaderBeforeDecoding() throws {
        // 20,000² in 315 KB: Cairo's surface for it was 1.6 GiB.
        let flag = try FlagModel(picture: "bomb.png", bytes: HostilePictures.png(width: 20000, height: 20000))
        let validated = try flag.validate()
        #expect(validated.status == 1)
        #expect(
            validated.stderr.contains("\(flag.flagLocation): error: the flag of party 'ru' ('bomb.png') is 20000×20000 pixels"),
            "\(validated.stderr)")
        #expect(validated.stderr.contains("limited to 8192 pixels a side"))
        FlagContract.expectValidate(validated)

        let (rendered, output) = try flag.render()
        #expect(rendered.status == 1 && rendered.stderr.contains("\(flag.flagLocation): error:"), "\(rendered.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        FlagContract.expectRender(rendered)
    }

    @Test func aPNGOverTheMegapixelCapIsRefusedAndOneAtTheCapIsDrawn() throws {
        let over = try FlagModel(picture: "wide.png", bytes: HostilePictures.pngHeaderOnly(width: 8000, height: 2500))
        let refused = try over.validate()
        #expect(refused.status == 1 && refused.stderr.contains("limited to 16777216 pixels (16 megapixels)"), "\(refused.stderr)")

        // 4096² is the cap itself: decoded once per chart, it stays within the contract.
        let atCap = try FlagModel(picture: "cap.png", bytes: HostilePictures.png(width: 4096, height: 4096))
        let validated = try atCap.validate()
        #expect(validated.status == 0, "\(validated.stderr)")
        FlagContract.expectValidate(validated)
        let (rendered, output) = try atCap.render()
        #expect(rendered.status == 0, "\(rendered.stderr)")
        FlagContract.expectRender(rendered)
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    /// Found in review: each PNG flag is decoded when the model loads and held while drawing,
    /// so thirty distinct, highly compressible 16-megapixel flags would take seconds to check
    /// and GiBs to draw. Their pixels count against one budget a model.
    @Test func manyLargePNGFlagsPassTheModelsPixelBudgetEarly() throws {
        let folder = try TemporaryDirectory()
        var parties: [String] = []
        for index in 0..<30 {
            _ = try folder.write(HostilePictures.png(width: 4096, height: 4096 - index), to: "f\(index).png")
            parties.append("  - {id: p\(index), name: P\(index), flag: {image: f\(index).png}}")
        }
        let yaml =
            "parley: 1\nid: demo\ntimezone: Europe/Moscow\nparties:\n" + parties.joined(separator: "\n")
            + "\nrounds:\n  - {id: r1, date: 2025-06-02, start: \"14:43\", end: \"15:57\"}\n"
        let model = try folder.write(Array(yaml.utf8), to: "m.yaml").path
        let outcome = try FlagContract.run(["validate", model])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("\(model):7:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("the flag of party 'p2' ('f2.png') takes the model's PNG flags past 32 megapixels together"))
        FlagContract.expectValidate(outcome)
    }

    /// Found on the way: each time a flag was drawn its PNG was decoded again, and Cairo's SVG
    /// and PDF writers embedded every copy. A 3 MB flag in 30 seating rounds made a 240 MB SVG
    /// and a 1.1 GB process; a picture is now decoded once per chart and embedded once.
    @Test func aLargePNGFlagDrawnInEveryRoundIsEmbeddedOnce() throws {
        let picture = HostilePictures.noisePNG(width: 1000, height: 1000)
        let flag = try FlagModel(picture: "noise.png", bytes: picture)
        let rounds = (1...30).map {
            "  - {id: r\($0), date: 2025-06-02, start: \"14:43\", end: \"15:57\", table: {shape: u, head: [ru], left: [ru], right: [ua], flags: [ru, ua, ru, ru]}}"
        }
        var yaml = try String(contentsOfFile: flag.model, encoding: .utf8)
        yaml = String(yaml[..<yaml.range(of: "rounds:")!.upperBound]) + "\n" + rounds.joined(separator: "\n") + "\n"
        try yaml.write(toFile: flag.model, atomically: true, encoding: .utf8)
        for format in ["svg", "pdf"] {
            let output = flag.folder.file("compare.\(format)")
            let outcome = try FlagContract.run(["render", flag.model, "--chart", "seating-compare", "-o", output.path])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            FlagContract.expectRender(outcome)
            let size = (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
            // One embedded copy (base64 in SVG) and the charts around it, not ninety copies.
            #expect(size < 3 * picture.count, "\(format): \(size) bytes for a \(picture.count)-byte flag")
        }
    }

    @Test func aBrokenPNGIsALocatedErrorWhenTheModelIsLoaded() throws {
        var truncated = HostilePictures.solidPNG(red: 0, green: 128, blue: 0)
        truncated.removeLast(20)
        let flag = try FlagModel(picture: "broken.png", bytes: truncated)
        let validated = try flag.validate()
        #expect(validated.status == 1, "\(validated.stderr)")
        #expect(
            validated.stderr.contains("\(flag.flagLocation): error: the flag of party 'ru' ('broken.png') is not a PNG Parley can draw"))
    }

    // MARK: SVG refused before drawing

    @Test func anSVGEmbeddingAHugePictureIsRefusedNamingTheLimit() throws {
        // A 32,000² picture declared in a data: URI of a few hundred bytes.
        let declared = try FlagModel(
            picture: "declared.svg", bytes: HostilePictures.svgWithEmbeddedPNG(HostilePictures.pngHeaderOnly(width: 32000, height: 32000)))
        let refused = try declared.validate()
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(
            refused.stderr.contains("\(declared.flagLocation): error: the flag of party 'ru' ('declared.svg') embeds a 32000×32000 PNG"))
        FlagContract.expectValidate(refused)

        // The real thing: 24,000² of zeros, 600 KB in base64.
        let real = try FlagModel(
            picture: "real.svg", bytes: HostilePictures.svgWithEmbeddedPNG(HostilePictures.png(width: 24000, height: 24000)))
        let (rendered, _) = try real.render()
        #expect(rendered.status == 1, "\(rendered.stderr)")
        #expect(rendered.stderr.contains("\(real.flagLocation): error:") && rendered.stderr.contains("limited to 65536 bytes (64 KiB)"))
        FlagContract.expectRender(rendered)
    }

    @Test func anSVGWithAThreeMillionCharacterTextIsRefusedByItsSize() throws {
        let flag = try FlagModel(picture: "text.svg", bytes: HostilePictures.svgText(characters: 3_000_000))
        let (rendered, _) = try flag.render()
        #expect(rendered.status == 1)
        #expect(
            rendered.stderr.contains("\(flag.flagLocation): error: the flag of party 'ru' ('text.svg') is 3000")
                && rendered.stderr.contains("SVG flags are limited to 1048576 bytes (1 MiB)"), "\(rendered.stderr)")
        FlagContract.expectRender(rendered)
    }

    @Test func anSVGWithTooManyElementsIsRefused() throws {
        let svg = Array((HostilePictures.svgOpen + String(repeating: "<g/>", count: 20_001) + "</svg>").utf8)
        let flag = try FlagModel(picture: "many.svg", bytes: svg)
        let validated = try flag.validate()
        #expect(validated.status == 1)
        #expect(validated.stderr.contains("has 20002 elements; SVG flags are limited to 20000"), "\(validated.stderr)")
    }

    @Test func anUnparsableSVGIsALocatedError() throws {
        let flag = try FlagModel(picture: "bad.svg", bytes: Array("<svg".utf8))
        let validated = try flag.validate()
        #expect(validated.status == 1)
        #expect(
            validated.stderr.contains("\(flag.flagLocation): error: the flag of party 'ru' ('bad.svg') is not an SVG librsvg can read"),
            "\(validated.stderr)")
    }

    // MARK: SVG drawn in the worker, falling back

    /// An SVG the static checks let through and the worker cannot draw within its limits:
    /// validate warns (exit 0), render draws the party's colour instead, both within the contract.
    private func expectFallback(_ name: String, _ svg: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let flag = try FlagModel(picture: name, bytes: svg)
        let warning = "\(flag.flagLocation): warning: the flag of party 'ru' ('\(name)') was not drawn:"
        let validated = try flag.validate()
        #expect(validated.status == 0 && validated.stderr.contains(warning), "\(validated.stderr)", sourceLocation: sourceLocation)
        FlagContract.expectValidate(validated, sourceLocation: sourceLocation)

        let (rendered, output) = try flag.render("json")
        #expect(rendered.status == 0 && rendered.stderr.contains(warning), "\(rendered.stderr)", sourceLocation: sourceLocation)
        FlagContract.expectRender(rendered, sourceLocation: sourceLocation)
        let children = try flagChildren("flag-ru", inScene: output)
        #expect(
            children.first?["kind"] as? String == "rect" && children.first?["fill"] as? String == "#d52b1e", sourceLocation: sourceLocation)
        #expect(!children.contains { $0["kind"] as? String == "image" }, sourceLocation: sourceLocation)
    }

    @Test func anInternalEntityReferencedThirtyThousandTimesFallsBack() throws {
        try expectFallback("entity.svg", HostilePictures.svgEntityExpansion(references: 30_000))
    }

    @Test func twoThousandFilteredRectanglesFallBack() throws {
        try expectFallback("filters.svg", HostilePictures.svgFilteredRects(2000))
    }

    @Test func aMillionCharacterTextUnderTheByteCapIsDrawnOrFallsBackWithinTheContract() throws {
        // Pango lays out a million characters in about the worker's CPU allowance: either
        // outcome may come, within the contract and with the picture or the warning.
        let flag = try FlagModel(picture: "text.svg", bytes: HostilePictures.svgText(characters: 1_000_000))
        let validated = try flag.validate()
        #expect(validated.status == 0, "\(validated.stderr)")
        FlagContract.expectValidate(validated)
        let (rendered, output) = try flag.render("json")
        #expect(rendered.status == 0, "\(rendered.stderr)")
        FlagContract.expectRender(rendered)
        let children = try flagChildren("flag-ru", inScene: output)
        let drawn = children.contains { $0["kind"] as? String == "image" }
        #expect(drawn != rendered.stderr.contains("warning: the flag of party 'ru' ('text.svg') was not drawn"), "\(rendered.stderr)")
    }

    /// Records as the worker reads them: a 4-byte big-endian length, then the bytes.
    private func workerInput(_ svgs: [[UInt8]]) -> [UInt8] {
        svgs.flatMap { svg in (0..<4).map { UInt8(truncatingIfNeeded: svg.count >> (24 - 8 * $0)) } + svg }
    }

    @Test(arguments: ["embedded", "text", "entity", "filters"])
    func theWorkerBoundsWhatTheStaticChecksWouldHaveRefused(_ kind: String) throws {
        // Fed straight to the worker, each ends within the worker's limits, and a flag drawn
        // after it in the same worker is still answered only if the first was.
        let hostile =
            switch kind {
            case "embedded": HostilePictures.svgWithEmbeddedPNG(HostilePictures.png(width: 24000, height: 24000))
            case "text": HostilePictures.svgText(characters: 1_000_000)
            case "entity": HostilePictures.svgEntityExpansion(references: 30_000)
            default: HostilePictures.svgFilteredRects(2000)
            }
        let outcome = try FlagContract.run(["flag-worker"], input: workerInput([hostile, HostilePictures.tricolourSVG]))
        print("flag-worker on \(kind): \(outcome)")
        #expect(!outcome.timedOut && outcome.cpuSeconds < 2 * FlagContract.slack && outcome.peakMiB < 256, "\(outcome)")
        if outcome.status == 0, outcome.stdout.first == 0 {
            let length = outcome.stdout[1..<5].reduce(0) { $0 << 8 | Int($1) }
            let drawn = try RasterImage(png: Array(outcome.stdout[5..<5 + length]))
            #expect(drawn.width == 768 && drawn.height == 512)
        }
    }

    @Test func oneWorkerDrawsManyPlainFlags() throws {
        let svgs = (0..<40).map { Array((String(decoding: HostilePictures.tricolourSVG, as: UTF8.self) + "<!-- \($0) -->").utf8) }
        let outcome = try FlagContract.run(["flag-worker"], input: workerInput(svgs))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var offset = 0, drawn = 0
        while offset + 5 <= outcome.stdout.count {
            let length = outcome.stdout[offset + 1..<offset + 5].reduce(0) { $0 << 8 | Int($1) }
            if outcome.stdout[offset] == 0 { drawn += 1 }
            offset += 5 + length
        }
        #expect(drawn == 40 && offset == outcome.stdout.count)
        // Forty flags in one worker fit many times over in the 1 s budget of a model's flags.
        #expect(outcome.cpuSeconds < 0.5 * FlagContract.slack, "\(outcome)")
    }

    @Test func severalHostileSVGsShareOneBudget() throws {
        let folder = try TemporaryDirectory()
        var parties: [String] = []
        for index in 0..<4 {
            _ = try folder.write(HostilePictures.svgFilteredRects(2000 + index), to: "f\(index).svg")
            parties.append("  - {id: p\(index), name: P\(index), flag: {image: f\(index).svg}}")
        }
        let yaml = FlagModel.meetingYAML(parties: parties, rounds: "  - {id: r1, date: 2025-06-02, start: \"14:43\", end: \"15:57\"}\n")
        let model = try folder.write(Array(yaml.utf8), to: "m.yaml").path
        let outcome = try FlagContract.run(["validate", model])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.components(separatedBy: "warning: the flag of party").count == 5, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("s of CPU that drawing one model's SVG flags may take is spent"))
        print("four hostile SVG flags: \(outcome)")
        FlagContract.expectValidate(outcome)
    }

    @Test func plainFlagsBesideAHostileOneAreStillDrawn() throws {
        let folder = try TemporaryDirectory()
        var parties: [String] = []
        for index in 0..<5 {
            let svg =
                index == 1
                ? HostilePictures.svgFilteredRects(2000)
                : Array((String(decoding: HostilePictures.tricolourSVG, as: UTF8.self) + "<!-- \(index) -->").utf8)
            _ = try folder.write(svg, to: "f\(index).svg")
            parties.append("  - {id: p\(index), name: P\(index), flag: {image: f\(index).svg}}")
        }
        let yaml = FlagModel.meetingYAML(
            parties: parties,
            rounds: """
                  - id: r1
                    date: 2025-06-02
                    start: "14:43"
                    end: "15:57"
                    table: {shape: u, head: [p0], left: [p1, p2], right: [p3, p4], flags: [p0, p1, p2, p3, p4]}

                """)
        let model = try folder.write(Array(yaml.utf8), to: "m.yaml").path
        let output = folder.file("seating.json")
        let outcome = try FlagContract.run(["render", model, "--chart", "seating", "--round", "r1", "-o", output.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.components(separatedBy: "warning:").count == 2, "\(outcome.stderr)")
        #expect(
            outcome.stderr.contains(
                "m.yaml:6:30: warning: the flag of party 'p1' ('f1.svg') was not drawn: it needed more than 0.4 s of CPU"),
            "\(outcome.stderr)")
        FlagContract.expectRender(outcome)
        for index in [0, 2, 3, 4] {
            #expect(try flagChildren("flag-p\(index)", inScene: output).contains { $0["kind"] as? String == "image" }, "p\(index)")
        }
        #expect(try !flagChildren("flag-p1", inScene: output).contains { $0["kind"] as? String == "image" })
    }

    @Test func aPartyWithoutAColourFallsBackToANeutralPanel() throws {
        let flag = try FlagModel(picture: "filters.svg", bytes: HostilePictures.svgFilteredRects(2000), partyHasColour: false)
        let (rendered, output) = try flag.render("json")
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let children = try flagChildren("flag-ru", inScene: output)
        // The light theme's panel colour, not a palette colour that could pass for a party's.
        #expect(children.first?["fill"] as? String == "#f6f8fa", "\(children)")
        #expect(!children.contains { $0["kind"] as? String == "image" })
    }

    @Test func aPlainSVGFlagIsDrawnByTheWorker() throws {
        let flag = try FlagModel(picture: "flags/ru.svg", bytes: HostilePictures.tricolourSVG)
        let validated = try flag.validate()
        #expect(validated.status == 0 && validated.stderr.isEmpty, "\(validated.stderr)")
        let (rendered, output) = try flag.render()
        #expect(rendered.status == 0 && rendered.stderr.isEmpty, "\(rendered.stderr)")
        FlagContract.expectRender(rendered)
        let image = try RasterImage(png: Array(try Data(contentsOf: output)))
        let blue = RasterImage.Pixel(red: 0x00, green: 0x39, blue: 0xA6, alpha: 255)
        // Somewhere in the flag row the picture's middle stripe shows.
        var found = false
        for y in 0..<min(image.height, 200) {
            for x in 0..<image.width where image.pixel(x: x, y: y).distance(to: blue) <= 3 { found = true }
        }
        #expect(found)
    }

    /// The nodes inside the scene group `id` of a scene JSON file.
    private func flagChildren(_ id: String, inScene url: URL) throws -> [[String: Any]] {
        func find(_ nodes: [[String: Any]]) -> [[String: Any]]? {
            for node in nodes {
                if node["id"] as? String == id { return node["children"] as? [[String: Any]] ?? [] }
                if let found = find(node["children"] as? [[String: Any]] ?? []) { return found }
            }
            return nil
        }
        let scene = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return find(scene?["nodes"] as? [[String: Any]] ?? []) ?? []
    }
}

/// A flag that falls back to stripes says so in every command that draws it, once per model.
struct FlagWarningTests {
    @Test func exportAndReportPrintTheFallbackOnce() throws {
        let folder = try TemporaryDirectory(), out = try TemporaryDirectory()
        _ = try folder.write(HostilePictures.svgFilteredRects(2000), to: "slow.svg")
        let yaml = """
            parley: 1
            id: demo
            timezone: Europe/Moscow
            parties:
              - {id: a, name: A, color: "#D52B1E", flag: {image: slow.svg}}
              - {id: b, name: B}
            rounds:
              - {id: r1, date: 2025-06-02, start: "14:43", end: "15:57", table: {left: [a], right: [b], flags: [a, b]}}
              - {id: r2, date: 2025-06-03, start: "14:43", end: "15:57", table: {left: [b], right: [a], flags: [b, a]}}

            """
        let model = try folder.write(Array(yaml.utf8), to: "m.yaml").path
        let export = CommandRunner.parley(["export", model, "--out", out.url.path, "--formats", "svg"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.components(separatedBy: "warning: the flag of party 'a'").count == 2, "\(export.stderr)")
        let report = CommandRunner.parley(["report", model, "-o", out.file("report.html").path])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.components(separatedBy: "warning: the flag of party 'a'").count == 2, "\(report.stderr)")
    }
}
