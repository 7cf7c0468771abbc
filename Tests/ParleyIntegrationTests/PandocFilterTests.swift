import Foundation
import ParleyTestSupport
import Testing

/// integrations/pandoc/parley.lua under both pandocs a user has: Debian's 2.17 and 3.x from the
/// pypandoc-binary wheel. Each output format gets its picture format, the alt text is
/// `parley describe`'s, and a bad block fails the conversion at its place in the document.
@Suite struct PandocFilterTests {
    init() { TestFonts.pin() }

    /// A captioned seating chart with an id, and a timeline in Russian from the model file.
    static func document() throws -> String {
        """
        Before the charts.

        ``` {#fig-seat .parley chart=seating round=round-2 caption="Seating of *round 2*"}
        \(try Toolchain.istanbulModel)```

        ``` {.parley file=istanbul.yaml round=round-1 lang=ru theme=print}
        ```

        """
    }

    /// The flag that embeds pictures in the HTML: renamed in pandoc 3.
    static func embedding(_ pandoc: Toolchain.Pandoc) -> [String] {
        pandoc == .debian ? ["--self-contained"] : ["--embed-resources", "--standalone"]
    }

    @Test(arguments: Toolchain.Pandoc.allCases)
    func htmlEmbedsNativeSVGsWithDescribeAltTextCaptionAndID(pandoc: Toolchain.Pandoc) throws {
        let folder = try Toolchain.documentFolder(try Self.document())
        let run = try Toolchain.pandoc(
            pandoc, ["doc.md", "-o", "doc.html", "--metadata", "title=Talks"] + Self.embedding(pandoc), in: folder.url.path)
        try #require(run.status == 0, "\(run.stderr)")
        let page = try HTMLPage(path: folder.file("doc.html").path)

        let images = page.images
        try #require(images.count == 2, "\(page.html.prefix(2000))")
        for image in images {
            let svg = try #require(image.embeddedSVG, "the picture is not embedded: \(image.source.prefix(80))")
            #expect(svg.contains("<svg") && svg.contains("<text"), "native SVG has real <text>")
        }
        #expect(images[0].alt == (try Toolchain.describe(["--round", "round-2"])))
        #expect(images[1].alt == (try Toolchain.describe(["--round", "round-1", "--lang", "ru"])))
        #expect(page.html.contains("<figcaption>Seating of <em>round 2</em></figcaption>"))
        #expect(page.html.contains(#"id="fig-seat""#))
    }

    @Test(arguments: Toolchain.Pandoc.allCases)
    func latexIncludesValidPDFsAndPdflatexBuildsTheDocument(pandoc: Toolchain.Pandoc) throws {
        let document = """
            ``` {#fig-talks .parley file=istanbul.yaml round=round-2 fit=a4 caption="Round 2"}
            ```

            See figure \\ref{fig-talks}.

            """
        let folder = try Toolchain.documentFolder(document)
        let latex = try Toolchain.pandoc(pandoc, ["doc.md", "-t", "latex", "--extract-media=media", "-o", "doc.tex"], in: folder.url.path)
        try #require(latex.status == 0, "\(latex.stderr)")
        let tex = try String(contentsOf: folder.file("doc.tex"), encoding: .utf8)
        let included = try #require(tex.firstMatch(of: /\{([^{}]+\.pdf)\}/)?.1, "\(tex)")
        let info = String(decoding: try ExternalTool.run("pdfinfo", [folder.file(String(included)).path]), as: UTF8.self)
        #expect(info.contains("Pages:           1"))
        #expect(tex.contains(#"\label{fig-talks}"#) && tex.contains(#"\caption{Round 2}"#))

        let template = Toolchain.root + "/Tests/ParleyIntegrationTests/Fixtures/minimal.latex"
        let pdf = try Toolchain.pandoc(pandoc, ["doc.md", "--template", template, "-o", "doc.pdf"], in: folder.url.path)
        try #require(pdf.status == 0, "\(pdf.stderr)")
        let text = String(decoding: try ExternalTool.run("pdftotext", [folder.file("doc.pdf").path, "-"]), as: UTF8.self)
        // The chart's own words are in the document's PDF: the picture went in as vector PDF.
        #expect(text.contains("Round 2") && text.contains("MSK"), "\(text.prefix(500))")
    }

    @Test(arguments: Toolchain.Pandoc.allCases)
    func docxCarriesAPNGAtTwiceTheChartsSize(pandoc: Toolchain.Pandoc) throws {
        let folder = try Toolchain.documentFolder("``` {.parley file=istanbul.yaml chart=seating round=round-2}\n```\n")
        let run = try Toolchain.pandoc(pandoc, ["doc.md", "-o", "doc.docx"], in: folder.url.path)
        try #require(run.status == 0, "\(run.stderr)")
        try ExternalTool.run("unzip", ["-q", folder.file("doc.docx").path, "word/media/*", "-d", folder.file("docx").path])
        let media = try FileManager.default.contentsOfDirectory(atPath: folder.file("docx/word/media").path)
        try #require(media.count == 1, "\(media)")
        let size = try Self.pixelSize(folder.file("docx/word/media/" + media[0]).path)

        let reference = CommandRunner.parley([
            "render", RepositoryPaths.sample("istanbul-2025"), "--chart", "seating", "--round", "round-2", "--scale", "2", "-o",
            folder.file("reference.png").path,
        ])
        try #require(reference.status == 0, "\(reference.stderr)")
        #expect(size == (try Self.pixelSize(folder.file("reference.png").path)))
    }

    @Test(arguments: Toolchain.Pandoc.allCases)
    func aBadBlockFailsTheConversionAtItsPlaceInTheDocument(pandoc: Toolchain.Pandoc) throws {
        let document = """
            Intro.

            > Quoted:
            >
            > ``` {.parley theme=blue}
            > parley: 1
            > ```

            ``` {.parley}
            parley: 1
            id: istanbul
            timezone: Europe/Moscow
            parties:
              - id: ru
                name: Russia
                colour: red
            rounds: []
            ```

            ``` {.parley file=istanbul.yaml thme=print}
            ```

            ``` {.parley file=models/bad.yaml}
            ```

            """
        let folder = try Toolchain.documentFolder(document)
        try FileManager.default.createDirectory(at: folder.file("models"), withIntermediateDirectories: true)
        _ = try folder.write(Array("parley: 1\nid: b\ntimezone: Nowhere/Land\nparties: []\nrounds: []\n".utf8), to: "models/bad.yaml")
        let run = try Toolchain.pandoc(pandoc, ["doc.md", "-o", "doc.html"], in: folder.url.path)
        #expect(run.status != 0)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        // The block quote's fence is at column 3; the model's line 7, column 5 is the document's 16:5.
        #expect(lines.contains { $0.hasPrefix("doc.md:5:3: error: ") && $0.contains("'blue'") }, "\(run.stderr)")
        #expect(lines.contains("doc.md:16:5: error: unknown key 'colour' in a party; did you mean 'color'?"), "\(run.stderr)")
        #expect(lines.contains("doc.md:17:9: error: the meeting needs at least one round"), "\(run.stderr)")
        #expect(lines.contains { $0.hasPrefix("doc.md:20:1: error: a parley block has no attribute 'thme'") }, "\(run.stderr)")
        // A model from file= is named by its own path, and the block that names it follows.
        #expect(lines.contains { $0.hasPrefix("models/bad.yaml:3:11: error: unknown time zone 'Nowhere/Land'") }, "\(run.stderr)")
        #expect(lines.contains("doc.md:23:1: note: in the parley block that names this model"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("doc.html").path))
    }

    @Test(arguments: Toolchain.Pandoc.allCases)
    func theParleyMetadataFieldNamesTheProgram(pandoc: Toolchain.Pandoc) throws {
        let document = "---\nparley: \(Toolchain.parley)\n---\n\n``` {.parley file=istanbul.yaml round=round-2}\n```\n"
        let folder = try Toolchain.documentFolder(document)
        let run = try Toolchain.pandoc(pandoc, ["doc.md", "-t", "html"], in: folder.url.path, environment: ["PARLEY": ""])
        try #require(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("parley-") && run.stdout.contains(".svg"))

        let missing = try Toolchain.pandoc(
            pandoc, ["doc.md", "-t", "html", "--metadata", "parley=/nonexistent/parley"], in: folder.url.path, environment: ["PARLEY": ""])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("doc.md:5:1: error: cannot run /nonexistent/parley"), "\(missing.stderr)")
    }

    static func pixelSize(_ png: String) throws -> String {
        let script = "import sys\nfrom PIL import Image\nimage = Image.open(sys.argv[1])\nprint(image.format, image.size[0], image.size[1])"
        return String(decoding: try ExternalTool.run(Toolchain.debianPython, ["-c", script, png]), as: UTF8.self)
    }
}
