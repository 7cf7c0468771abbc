import ParleyColor
import ParleySVG
import ParleyScene
import ParleyTestSupport
import Testing

/// Scenes no layout makes but a scene file can hold: the document stays well-formed XML
/// (Python's parser is the judge) whatever the text, ids, links and sizes.
@Suite struct NativeSVGHostileTests {
    private static let hostile = [
        "<script>alert(1)</script>", "a & b \"quoted\" 'single'", "]]> --> <!--", "tab\tnew\nline\rreturn", "\u{0}\u{1}\u{7F}\u{85}\u{9F}",
        String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF].compactMap(Unicode.Scalar.init))), "שלום עולם ‏mixed‎ text",
        "\u{202E}override\u{202C}", "e\u{301}<\u{301}", "",
    ]

    private func parses(_ bytes: [UInt8]) throws {
        try ExternalTool.run(
            "/usr/bin/python3", ["-c", "import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())"], input: bytes)
    }

    private func run(_ text: String, at y: Double, rightToLeft: Bool) -> SceneNode {
        let line = TextLine(
            text: text, origin: Point(x: 0, y: 10), width: 40, elided: text.isEmpty ? nil : text, isRightToLeft: rightToLeft,
            ellipsisOffset: 3)
        return .text(
            TextRun(
                text: text, origin: Point(x: 0, y: y), font: Font(family: text, size: 10), color: .black,
                metrics: TextMetrics(
                    width: 40, height: 12, baseline: 10,
                    lines: [line, TextLine(text: text + "…", origin: Point(x: 0, y: 22), width: 40, elided: "x", ellipsisOffset: 30)])))
    }

    @Test func hostileTextIdsAndLinksStayWellFormed() throws {
        var nodes: [SceneNode] = []
        for (index, text) in Self.hostile.enumerated() {
            nodes.append(
                .group(
                    Group(
                        id: text, title: text, description: text,
                        children: [run(text, at: Double(index) * 30, rightToLeft: index % 2 == 0)],
                        role: .seat, party: text, link: "https://example.org/\(text)")))
            nodes.append(.group(Group(id: text, children: [], link: "mailto:\(text)@example.org")))
        }
        let scene = Scene(
            size: Size(width: 300, height: 400), title: Self.hostile.joined(), description: Self.hostile.joined(), nodes: nodes)
        let bytes = try NativeSVGWriter().write(scene)
        try parses(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<script"))
        let dark = try NativeSVGWriter().write(scene, dark: scene)
        try parses(dark)
    }

    @Test func nonFiniteAndHugeNumbersStayNumbers() throws {
        let nodes: [SceneNode] = [
            .rect(RectShape(frame: Rect(x: .nan, y: .infinity, width: -5, height: 1e300), cornerRadius: .nan, style: .filled(.black))),
            .path(
                Path(
                    elements: [
                        .arc(center: Point(x: 0, y: 0), radius: 1e308, startAngle: -1e300, endAngle: .infinity), .close, .line(to: .zero),
                    ], style: .filled(.black))),
            .circle(
                Circle(
                    center: Point(x: 1, y: 1), radius: -3, style: ShapeStyle(stroke: Stroke(color: .black, width: .nan, dash: [.nan, -1])))),
            .group(Group(transform: Transform(a: .nan, b: 1e200, c: 0, d: 1, tx: 0, ty: 0), opacity: -.infinity, children: [])),
        ]
        let bytes = try NativeSVGWriter().write(Scene(size: Size(width: 10, height: 10), nodes: nodes))
        try parses(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("nan") && !text.contains("inf") && !text.contains("e+"))
    }

    @Test func twentyThousandNodesAreWrittenAndParse() throws {
        var generator = SeededGenerator(seed: 15)
        var nodes: [SceneNode] = []
        for index in 0..<20_000 {
            let x = Double.random(in: 0...900, using: &generator), y = Double.random(in: 0...600, using: &generator)
            switch index % 4 {
            case 0:
                nodes.append(
                    .rect(
                        RectShape(frame: Rect(x: x, y: y, width: 3, height: 2), cornerRadius: 1, style: .filled(Color(rgb: UInt32(index)))))
                )
            case 1: nodes.append(.line(Line(from: Point(x: x, y: y), to: Point(x: y, y: x), stroke: Stroke(color: .black, dash: [1, 2]))))
            case 2:
                nodes.append(
                    .arrow(
                        Arrow(from: Point(x: x, y: y), to: Point(x: x + 9, y: y + 1), stroke: Stroke(color: .black), isDoubleHeaded: true)))
            default: nodes.append(.group(Group(id: "g", clip: Rect(x: 0, y: 0, width: x, height: y), opacity: 0.5, children: [])))
            }
        }
        let bytes = try NativeSVGWriter().write(Scene(size: Size(width: 900, height: 600), nodes: nodes))
        try parses(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        // The repeated group id is written once bare and then numbered, never twice the same.
        #expect(text.components(separatedBy: "-g\"").count == 2)
        #expect(text.contains("-g.5000\""))
    }

    @Test func anArcWhoseSpanOverflowsDrawsNothingAndDoesNotTrap() throws {
        let arcs: [SceneNode] = [(-1.7e308, 1.7e308), (1.7e308, -1.7e308), (0, -1e300)].map { start, end in
            .path(
                Path(
                    elements: [.move(to: Point(x: 5, y: 5)), .arc(center: Point(x: 5, y: 5), radius: 4, startAngle: start, endAngle: end)],
                    style: ShapeStyle(stroke: Stroke(color: .black))))
        }
        let bytes = try NativeSVGWriter().write(Scene(size: Size(width: 10, height: 10), nodes: arcs))
        try parses(bytes)
    }

    /// Ids a scene may hold that meet the writer's own (`_c0` clips, `_title`, `_desc`), a name
    /// equal to a repeated one's number (`a.2`), and two names the safe form could merge.
    @Test func everyIDIsUniqueAndEveryReferenceResolves() throws {
        let names = ["a", "a", "a.2", "_c0", "_title", "_desc", "é", "è", "T_FC_rkiye", "Türkiye", ""]
        let nodes = names.map { name in
            SceneNode.group(Group(id: name, clip: Rect(x: 0, y: 0, width: 5, height: 5), children: [], party: name.isEmpty ? nil : name))
        }
        let text = String(
            decoding: try NativeSVGWriter().write(Scene(size: Size(width: 10, height: 10), title: "t", description: "d", nodes: nodes)),
            as: UTF8.self)
        let ids = text.matches(of: /\sid="([^"]*)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "\(ids)")
        let references = text.matches(of: /url\(#([^)]*)\)|aria-(?:labelledby|describedby)="([^"]*)"/).map { String($0.1 ?? $0.2 ?? "") }
        #expect(!references.isEmpty)
        for reference in references { #expect(ids.contains(reference), "\(reference) names no element") }
        let classes = Set(text.matches(of: /parley-party-([^" ]*)/).map { String($0.1) })
        // "T_FC_rkiye" is written as it stands and is the escaped form of "Türkiye" too: the one
        // way two party ids share a class (their `data-party` still differs).
        #expect(classes.count == Set(names.filter { !$0.isEmpty }).count - 1, "\(classes)")
        #expect(classes.contains("T_E9_") == false && classes.contains("_E9_") && classes.contains("_E8_"))
    }
}
