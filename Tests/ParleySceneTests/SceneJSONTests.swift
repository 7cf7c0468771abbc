import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct SceneJSONTests {
    @Test func boundingBoxesAreInCanvasCoordinatesAfterEveryTransform() {
        let inner = SceneNode.rect(RectShape(frame: Rect(x: 10, y: 10, width: 20, height: 10), style: .filled(.black)))
        let scene = Scene(
            size: Size(width: 200, height: 100),
            nodes: [
                .group(
                    Group(
                        id: "outer", transform: .translation(x: 100, y: 0),
                        children: [
                            .group(Group(id: "inner", transform: .scale(x: 2, y: 2), children: [inner]))
                        ]))
            ])
        let placed = scene.flattened()
        #expect(placed.count == 3)
        #expect(placed[2].canvasBounds == Rect(x: 120, y: 20, width: 40, height: 20))
        #expect(placed[2].groupPath == ["outer", "inner"])
        let json = scene.jsonDocument().serialized()
        #expect(json.contains("\"x\": 120,\n"))
        #expect(json.contains("\"width\": 40,\n"))
    }

    @Test func textNodesCarryStringFontAndSize() {
        let run = TextRun.measured(
            "Çırağan", font: Font(size: 12, weight: .bold), color: .black, anchor: Point(x: 5, y: 5), measurer: FixedMetricsMeasurer())
        let json = Scene(size: Size(width: 100, height: 40), nodes: [.text(run)]).jsonDocument().serialized()
        #expect(json.contains("\"text\": \"Çırağan\""))
        #expect(json.contains("\"family\": \"DejaVu Sans\""))
        #expect(json.contains("\"size\": 12"))
        #expect(json.contains("\"weight\": \"bold\""))
    }

    @Test(arguments: [(0.0, "0"), (1.5, "1.5"), (-2.25, "-2.25"), (1.0 / 3, "0.333"), (14.666666, "14.667"), (1e-9, "0"), (120, "120")])
    func numbersAreShortAndStable(_ value: Double, _ expected: String) {
        #expect(JSONValue.number(value).serialized() == expected + "\n")
    }

    @Test func stringsAreEscaped() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized() == "\"a\\\"b\\\\c\\n\\u0001\"\n")
    }

    @Test func textAlignmentPlacesTheBox() {
        let measurer = FixedMetricsMeasurer()
        let right = TextRun.measured(
            "abc", font: Font(size: 10), color: .black, anchor: Point(x: 100, y: 0), alignment: .right, measurer: measurer)
        #expect(abs(right.frame.maxX - 100) < 1e-9)
        let center = TextRun.measured(
            "abcd", font: Font(size: 10), color: .black, anchor: Point(x: 50, y: 0), alignment: .center, measurer: measurer)
        #expect(abs(center.frame.midX - 50) < 1e-9)
    }
}
