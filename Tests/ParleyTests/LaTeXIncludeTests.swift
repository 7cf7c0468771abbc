import Foundation
import Parley
import ParleyLayout
import ParleyScene
import ParleyTestSupport
import Testing

/// Whether the LaTeX test runs: with pdflatex, and always on CI, where a missing one fails it.
enum PDFLaTeX {
    static var canRun: Bool { ExternalTool.locate("pdflatex") != nil || ProcessInfo.processInfo.environment["CI"] == "true" }
}

/// A chart made with `--fit a4` goes into an A4 article (25 mm margins) at `\linewidth` at
/// 100 %: pdflatex scales it by 1, the page embeds Parley's fonts, and the smallest label
/// measures `Font.minimumSize` or more on the page (docs/sizes.md).
@Suite(
    .enabled(if: PDFLaTeX.canRun, "pdflatex is not installed (scripts/setup.sh installs texlive-latex-base); CI=true runs it regardless"))
struct LaTeXIncludeTests {
    private let model: LoadedModel
    init() throws {
        TestFonts.pin()
        model = try Parley.load(RepositoryPaths.samples + "/istanbul-2025.yaml")
    }

    @Test(arguments: [("timeline", "round-2"), ("seating-compare", nil)] as [(String, String?)])
    func anA4ChartIsIncludedAtFullSizeWithEmbeddedFontsAndLabelsOfAtLeastTheMinimumSize(chart: String, round: String?) throws {
        let folder = try TemporaryDirectory()
        let renderer = try ChartRenderer()
        let request = ChartRequest(chart: chart, layout: LayoutOptions(width: PageFit.a4.width, roundID: round))
        let scene = try renderer.scene(of: model, request: request)
        let chartFile = try folder.write(try renderer.render(scene, request: request, format: .pdf), to: "chart.pdf")
        let smallest = try #require(Self.fontSizes(in: scene.nodes).min())
        #expect(smallest >= Font.minimumSize)

        let article = #"""
            \documentclass[a4paper]{article}
            \usepackage{graphicx}
            % 25 mm margins by hand (geometry is not in texlive-latex-base): 210 - 2 x 25 = 160 mm.
            \setlength{\textwidth}{160mm}\setlength{\oddsidemargin}{\dimexpr 25mm - 1in\relax}
            \setlength{\textheight}{247mm}\setlength{\topmargin}{\dimexpr 25mm - 1in - \headheight - \headsep\relax}
            \pagestyle{empty}\setlength{\parindent}{0pt}
            \begin{document}
            \sbox0{\includegraphics{chart.pdf}}\typeout{PARLEY-NATURAL=\the\wd0}
            \typeout{PARLEY-LINEWIDTH=\the\linewidth}
            \includegraphics[width=\linewidth]{chart.pdf}
            \end{document}
            """#
        _ = try folder.write(Array(article.utf8), to: "article.tex")
        let result = ExternalTool.capture(
            try #require(ExternalTool.locate("pdflatex"), "pdflatex is not installed; run scripts/setup.sh"),
            ["-interaction=nonstopmode", "-halt-on-error", "article.tex"], in: folder.url.path)
        let log = String(decoding: result.stdout, as: UTF8.self)
        try #require(result.status == 0, "pdflatex failed: \(log.suffix(2000))")

        // The scale is 1: the chart's own width is the column's.
        let natural = try #require(Self.dimension("PARLEY-NATURAL", in: log)),
            line = try #require(Self.dimension("PARLEY-LINEWIDTH", in: log))
        #expect(abs(line / natural - 1) <= 0.005, "\\linewidth \(line) pt, chart \(natural) pt: scale \(line / natural)")
        #expect(abs(line - 160 / 25.4 * 72.27) < 0.1, "\\linewidth is 160 mm (in TeX points)")

        // Every font on the page is embedded (Cairo's subsets of Parley's fonts).
        let fonts = String(decoding: try ExternalTool.run("pdffonts", [folder.file("article.pdf").path]), as: UTF8.self)
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty, "pdffonts lists no font:\n\(fonts)")
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
            #expect(columns.count >= 6 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }

        // Word heights: the smallest in the chart alone, whose smallest text is `smallest` pt,
        // calibrates the glyph box; on the article's page the same words must be as tall.
        let alone = try Self.wordHeights(of: chartFile)
        let onPage = try Self.wordHeights(of: folder.file("article.pdf"))
        let calibration = try #require(alone.min()) / smallest
        let smallestOnPage = try #require(onPage.min()) / calibration
        // A chart taller than the text block (the round-2 timeline is 725 pt at A4 width, the
        // block 700 pt) overfills it into the bottom margin, every word on the page; one taller
        // than the page below the top margin (the seating comparison, its two panels stacked, 1475 pt) runs
        // past the page's foot, and the words above it are still measured.
        if scene.size.height <= 841.89 - 25 / 25.4 * 72 {
            #expect(onPage.count == alone.count, "the page shows the chart's words")
        } else {
            #expect(onPage.count > 0 && onPage.count < alone.count)
        }
        #expect(smallestOnPage >= Font.minimumSize * 0.995, "smallest label \(smallestOnPage) pt on the page")
    }

    /// Every text run's font size in the scene.
    static func fontSizes(in nodes: [SceneNode]) -> [Double] {
        nodes.flatMap { node -> [Double] in
            switch node {
            case .group(let group): fontSizes(in: group.children)
            case .text(let run): [run.font.size]
            default: []
            }
        }
    }

    /// `\typeout{NAME=123.4pt}` in the log, in TeX points.
    static func dimension(_ name: String, in log: String) -> Double? {
        guard let start = log.range(of: name + "=") else { return nil }
        return Double(log[start.upperBound...].prefix { $0.isNumber || $0 == "." })
    }

    /// The height of every word `pdftotext -bbox` finds, in PDF points.
    static func wordHeights(of pdf: URL) throws -> [Double] {
        let html = String(decoding: try ExternalTool.run("pdftotext", ["-bbox", pdf.path, "-"]), as: UTF8.self)
        return html.components(separatedBy: "<word ").dropFirst().compactMap { word in
            func value(_ name: String) -> Double? {
                guard let start = word.range(of: "\(name)=\"") else { return nil }
                return Double(word[start.upperBound...].prefix { $0 != "\"" })
            }
            guard let top = value("yMin"), let bottom = value("yMax") else { return nil }
            return bottom - top
        }
    }
}
