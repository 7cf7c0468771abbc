import ParleyColor
import ParleySVG
import ParleyScene
import ParleyTestSupport
import Testing

/// The native writer's elements, attribute by attribute, on small scenes whose every number
/// is known.
@Suite struct NativeSVGWriterTests {
    private func svg(
        _ nodes: [SceneNode], options: WriteOptions = WriteOptions(svgIDPrefix: "t-"), fonts: any FontEmbedding = InstalledFontsOnly()
    )
        throws -> String
    {
        let scene = Scene(size: Size(width: 200, height: 100), background: nil, title: "T", description: "D", nodes: nodes)
        return String(decoding: try NativeSVGWriter(fonts: fonts).write(scene, options: options), as: UTF8.self)
    }

    private static let red = SceneFixtures.red

    @Test func writesTheCanvasInPointsWithOneUnitAPoint() throws {
        let bytes = try NativeSVGWriter().write(Scene(size: Size(width: 900, height: 300.5)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("width=\"900pt\" height=\"300.5pt\" viewBox=\"0 0 900 300.5\""))
        #expect(text.contains("<rect width=\"900\" height=\"300.5\" fill=\"#fff\"/>"))
    }

    @Test func titleAndDescriptionAreWiredOneAttributeEach() throws {
        let text = try svg([])
        #expect(text.contains("role=\"img\" aria-labelledby=\"t-_title\" aria-describedby=\"t-_desc\""))
        #expect(text.contains("<title id=\"t-_title\">T</title>"))
        #expect(text.contains("<desc id=\"t-_desc\">D</desc>"))
    }

    @Test func numbersAreShortAndHaveNoNegativeZeroOrExponent() throws {
        let text = try svg([
            .line(Line(from: Point(x: -0.0001, y: 1e-9), to: Point(x: 12.34567, y: 1e20), stroke: Stroke(color: Self.red, width: 0.5)))
        ])
        #expect(text.contains("<line x1=\"0\" y1=\"0\" x2=\"12.346\" y2=\"1000000000000000\" stroke=\"#d52b1e\" stroke-width=\"0.5\"/>"))
        #expect(!text.contains("-0\"") && !text.contains("e+"))
    }

    @Test func unsetFillIsNoneAndAlphaIsAnOpacity() throws {
        let text = try svg([
            .rect(RectShape(frame: Rect(x: 1, y: 2, width: 3, height: 4), style: .outlined(Self.red.withAlpha(0.25), width: 2))),
            .circle(Circle(center: Point(x: 5, y: 6), radius: 7, style: .filled(Color(rgb: 0x112233, alpha: 0.5)))),
        ])
        #expect(
            text.contains(
                "<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"none\" stroke=\"#d52b1e\" stroke-opacity=\"0.25\" stroke-width=\"2\"/>"
            ))
        #expect(text.contains("<circle cx=\"5\" cy=\"6\" r=\"7\" fill=\"#123\" fill-opacity=\"0.5\"/>"))
    }

    @Test func dashesCapsAndJoinsAreWritten() throws {
        let stroke = Stroke(color: .black, width: 1, dash: [3, -1, 2], cap: .round, join: .bevel)
        let text = try svg([.polyline(Polyline(points: [Point(x: 0, y: 0), Point(x: 10, y: 5)], style: ShapeStyle(stroke: stroke)))])
        #expect(
            text.contains(
                "<polyline points=\"0,0 10,5\" fill=\"none\" stroke=\"#000\" stroke-dasharray=\"3 0 2\" stroke-linecap=\"round\" stroke-linejoin=\"bevel\"/>"
            ))
        // An open polyline without a stroke draws nothing, as with Cairo.
        #expect(
            !(try svg([.polyline(Polyline(points: [Point(x: 0, y: 0), Point(x: 1, y: 1)], style: .filled(Self.red)))])).contains(
                "<polyline"))
    }

    @Test func arcsFollowCairoAndSplitIntoHalfTurns() throws {
        // From 0 to -π/2: Cairo raises the end by 2π, so it runs three quarters clockwise.
        let path = Path(
            elements: [
                .move(to: Point(x: 0, y: 0)), .arc(center: Point(x: 50, y: 50), radius: 10, startAngle: 0, endAngle: -Double.pi / 2),
            ],
            style: .outlined(.black))
        let text = try svg([.path(path)])
        #expect(text.contains("<path d=\"M0 0L60 50A10 10 0 0 1 42.929 57.071A10 10 0 0 1 50 40\""))
        let circleArc = Path(
            elements: [.arc(center: Point(x: 0, y: 0), radius: 5, startAngle: 0, endAngle: 2 * Double.pi)], style: .filled(.black))
        #expect(try svg([.path(circleArc)]).contains("d=\"M5 0A5 5 0 0 1 -5 0A5 5 0 0 1 5 0\""))
    }

    @Test func groupsKeepTransformClipOpacityRoleAndText() throws {
        let group = Group(
            id: "round 2", title: "Round <2>", description: "A & B", transform: Transform(a: 2, b: 0, c: 0, d: 2, tx: 3, ty: 4),
            clip: Rect(x: 0, y: 0, width: 10, height: 10), opacity: 0.5,
            children: [.rect(RectShape(frame: Rect(x: 0, y: 0, width: 1, height: 1), style: .filled(Self.red)))],
            role: .delegation, party: "ru\"x", link: "https://example.org/a?b=1&c=2")
        let text = try svg([.group(group)])
        #expect(text.contains("<clipPath id=\"t-_c0\"><rect width=\"10\" height=\"10\"/></clipPath>"))
        #expect(
            text.contains(
                "<g id=\"t-round_20_2\" class=\"parley-delegation parley-party-ru_22_x\" role=\"group\" data-party=\"ru&quot;x\" transform=\"matrix(2 0 0 2 3 4)\" clip-path=\"url(#t-_c0)\" opacity=\"0.5\"><title>Round &lt;2&gt;</title><desc>A &amp; B</desc><a href=\"https://example.org/a?b=1&amp;c=2\">"
            ))
        #expect(text.contains("</a></g>"))
    }

    @Test func aPartyWithoutARoleIsStillAClassButNotAGroupRole() throws {
        let text = try svg([.group(Group(id: "flag", children: [], party: "tr"))])
        #expect(text.contains("<g id=\"t-flag\" class=\"parley-party-tr\" data-party=\"tr\">"))
    }

    @Test func onlyWebAndMailLinksAreWritten() throws {
        for (link, kept) in [
            ("javascript:alert(1)", false), ("data:text/html,x", false), ("mailto:a@example.org", true), ("/relative", false),
        ] {
            let text = try svg([.group(Group(children: [], link: link))])
            #expect(text.contains("<a href") == kept, "\(link)")
        }
    }

    @Test func textLinesStandAtTheirBaselinesInTheirFontClass() throws {
        let font = Font(size: 12, weight: .bold)
        let metrics = TextMetrics(
            width: 50, height: 30, baseline: 11,
            lines: [
                TextLine(text: "First", origin: Point(x: 0, y: 11), width: 30, collapsedBreak: " "),
                TextLine(text: "שלום", origin: Point(x: 10, y: 26), width: 40, isRightToLeft: true),
                TextLine(text: "Cut…", origin: Point(x: 0, y: 41), width: 25, elided: "off text", ellipsisOffset: 18),
            ])
        let run = TextRun(text: "First second", origin: Point(x: 5, y: 6), font: font, color: Self.red, metrics: metrics)
        let text = try svg([.text(run)])
        #expect(text.contains("<text x=\"5\" y=\"17\" class=\"t-t0\" fill=\"#d52b1e\" textLength=\"30\">First</text>"))
        #expect(text.contains("<text x=\"55\" y=\"32\" class=\"t-t0\" fill=\"#d52b1e\" direction=\"rtl\" textLength=\"40\">שלום</text>"))
        #expect(text.contains("<text x=\"5\" y=\"47\" class=\"t-t0\" fill=\"#d52b1e\">Cut</text>"))
        #expect(text.contains("<text x=\"23\" y=\"47\" class=\"t-t0\" fill=\"#d52b1e\">…</text>"))
        #expect(!text.contains("off text") && !text.contains("First "))
        #expect(text.contains(".t-t0{font:700 12px 'DejaVu Sans',sans-serif;white-space:pre}"))
    }

    /// Returns one face for every font and remembers what it was asked.
    final class FakeEmbedding: FontEmbedding, @unchecked Sendable {
        var asked: [[Font: String]] = []
        func embed(_ texts: [Font: String]) throws(SceneWriterError) -> EmbeddedFonts {
            asked.append(texts)
            let face = EmbeddedFace(
                family: "Parley DejaVu", weight: 400, isItalic: false, data: [1, 2, 3], mediaType: "font/ttf", format: "truetype")
            return EmbeddedFonts(
                faces: [face], families: texts.keys.reduce(into: [:]) { $0[$1] = ["Parley DejaVu", "DejaVu Sans", "sans-serif"] })
        }
    }

    @Test func embeddedFacesAreDeclaredOnceAndPrefixedLikeIDs() throws {
        let font = Font(size: 10)
        let line = TextLine(text: "abca", origin: Point(x: 0, y: 8), width: 20)
        let run = TextRun(
            text: "abca", origin: .zero, font: font, color: .black, metrics: TextMetrics(width: 20, height: 10, baseline: 8, lines: [line]))
        let fake = FakeEmbedding()
        let text = try svg([.text(run), .text(run.offsetBy(dx: 0, dy: 20))], fonts: fake)
        #expect(fake.asked == [[font: "abc"]])
        #expect(
            text.contains(
                "@font-face{font-family:'t-Parley DejaVu';src:url(data:font/ttf;base64,AQID) format('truetype');font-weight:400;font-style:normal}"
            ))
        #expect(text.contains(".t-t0{font:400 10px 't-Parley DejaVu','DejaVu Sans',sans-serif;white-space:pre}"))
    }

    @Test func withoutAPrefixIdsCarryOneDerivedFromTheContent() throws {
        func write(_ title: String) throws -> String {
            String(decoding: try NativeSVGWriter().write(Scene(size: Size(width: 10, height: 10), title: title)), as: UTF8.self)
        }
        let first = try write("One"), again = try write("One"), other = try write("Two")
        #expect(first == again)
        let prefix = first.firstRange(of: "<title id=\"").map { String(first[$0.upperBound...].prefix(10)) } ?? ""
        #expect(prefix.count == 10 && prefix.hasPrefix("p") && prefix.hasSuffix("-"))
        #expect(!other.contains(prefix))
    }

    @Test func aBadPrefixIsRefused() {
        #expect(throws: SceneWriterError.self) {
            try NativeSVGWriter().write(Scene(size: Size(width: 1, height: 1)), options: WriteOptions(svgIDPrefix: "a\"b"))
        }
    }

    @Test func twoPalettesBecomeClassesWithTheDarkOnesUnderTheMediaQuery() throws {
        func scene(_ color: Color, _ background: Color) -> Scene {
            Scene(
                size: Size(width: 10, height: 10), background: background,
                nodes: [
                    .rect(
                        RectShape(
                            frame: Rect(x: 0, y: 0, width: 5, height: 5), style: ShapeStyle(fill: color, stroke: Stroke(color: color))))
                ])
        }
        let bytes = try NativeSVGWriter().write(
            scene(Self.red, .white), dark: scene(Color(rgb: 0xFF8080), .black), options: WriteOptions(svgIDPrefix: "d-"))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<rect width=\"10\" height=\"10\" class=\"d-f1\"/>"))
        #expect(text.contains("<rect width=\"5\" height=\"5\" class=\"d-f0 d-s0\"/>"))
        #expect(
            text.contains(
                ".d-f0{fill:#d52b1e}.d-f1{fill:#fff}.d-s0{stroke:#d52b1e}@media (prefers-color-scheme:dark){.d-f0{fill:#ff8080}.d-f1{fill:#000}.d-s0{stroke:#ff8080}}"
            ))
        var moved = scene(Self.red, .white)
        moved.nodes = [.rect(RectShape(frame: Rect(x: 1, y: 0, width: 5, height: 5), style: .filled(Self.red)))]
        #expect(throws: SceneWriterError.themesDiffer(path: "nodes[0]")) {
            try NativeSVGWriter().write(scene(Self.red, .white), dark: moved)
        }
    }
}
