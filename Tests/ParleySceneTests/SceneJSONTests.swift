import ParleyColor
import ParleyJSON
import ParleyScene
import ParleyTestSupport
import Testing

@Suite struct SceneJSONTests {
    @Test func boundingBoxesAreInCanvasCoordinatesAfterEveryTransform() throws {
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
        let rect = try #require(scene.jsonDocument()["nodes"]?.arrayValue?[0]["children"]?.arrayValue?[0]["children"]?.arrayValue?[0])
        #expect(rect["x"] == .number(120) && rect["y"] == .number(20) && rect["width"] == .number(40) && rect["height"] == .number(20))
        // The rectangle's own frame stays in its own coordinates.
        #expect(rect["frame"]?["x"] == .number(10))
    }

    @Test func textNodesCarryStringFontAndSize() throws {
        let run = TextRun.measured(
            "Çırağan", font: Font(size: 12, weight: .bold), color: .black, anchor: Point(x: 5, y: 5), measurer: FixedMetricsMeasurer())
        let json = try Scene(size: Size(width: 100, height: 40), nodes: [.text(run)]).jsonDocument().serialized()
        #expect(json.contains("\"text\": \"Çırağan\""))
        #expect(json.contains("\"family\": \"DejaVu Sans\""))
        #expect(json.contains("\"size\": 12"))
        #expect(json.contains("\"weight\": \"bold\""))
    }

    @Test func theDocumentStartsWithItsFormatAndVersion() throws {
        let json = try Scene(size: Size(width: 1, height: 2)).jsonDocument().serialized()
        #expect(json.hasPrefix("{\n  \"format\": \"parley-scene\",\n  \"version\": 2,\n  \"width\": 1,\n  \"height\": 2,\n"))
    }

    @Test(arguments: [
        (0.0, "0"), (1.5, "1.5"), (-2.25, "-2.25"), (1.0 / 3, "0.3333333333333333"), (14.666666, "14.666666"), (1e-9, "1e-09"),
        (120, "120"),
    ])
    func numbersAreTheShortestThatReadBack(_ value: Double, _ expected: String) {
        #expect(JSONValue.number(value).serialized() == expected + "\n")
    }

    @Test func stringsAreEscaped() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized() == "\"a\\\"b\\\\c\\n\\u0001\"\n")
    }

    @Test func everyPrimitiveReadsBackEqual() throws {
        var scene = SceneFixtures.specimen(measurer: FixedMetricsMeasurer(), image: SceneFixtures.flagSVG)
        scene.background = nil
        scene.nodes.append(
            .arrow(
                Arrow(
                    from: Point(x: 1.0 / 3, y: 2), to: Point(x: 40, y: 2),
                    stroke: Stroke(color: .black, dash: [3, 1.5], cap: .round, join: .bevel),
                    headLength: 5.5, headWidth: 4, isDoubleHeaded: true)))
        scene.nodes.append(
            .path(
                Path(
                    elements: [
                        .move(to: .zero), .line(to: Point(x: 3, y: 4)),
                        .arc(center: Point(x: 5, y: 5), radius: 2, startAngle: 0, endAngle: .pi), .close,
                    ],
                    style: ShapeStyle(fill: Color(rgb: 0x123456, alpha: 0.35)))))
        scene.nodes.append(
            .group(Group(transform: Transform(a: 0.955, b: 0.296, c: -0.296, d: 0.955, tx: 1.5, ty: -2), opacity: 0.5, children: [])))
        let decoded = try Scene(jsonBytes: scene.jsonBytes())
        #expect(decoded == scene)
        #expect(try decoded.jsonBytes() == scene.jsonBytes())
    }

    @Test(arguments: [
        Color(rgb: 0xD52B1E), Color(rgb: 0x0057B7, alpha: 0.5), .clear, Color(red: 0.1, green: 0.2, blue: 0.3),
        Color(rgb: 0x777777).mixed(with: .white, amount: 0.37), Color(rgb: 0xFFD700).withAlpha(204.0 / 255),
    ])
    func everyColourSurvives(_ color: Color) throws {
        let value = try JSONValueEncoder().encode(color)
        #expect(try JSONValueDecoder().decode(Color.self, from: value) == color)
        if color.exactHexString != nil { #expect(value.stringValue == color.hexString) }
    }

    private func failure(_ text: String) -> SceneJSONError? {
        do {
            _ = try Scene(jsonBytes: Array(text.utf8))
            return nil
        } catch { return error }
    }

    private let header = #""format": "parley-scene", "version": 2, "width": 10, "height": 10, "title": "", "description": """#

    @Test func errorsNameThePathAndWhatWasExpected() {
        let blob = "{\(header), \"nodes\": [{\"kind\": \"group\", \"children\": [{\"kind\": \"blob\"}]}]}"
        #expect(
            failure(blob)?.description
                == "nodes[0].children[0].kind: expected one of group, rect, circle, line, polyline, path, arrow, text, image, found \"blob\""
        )
        let noFrame = "{\(header), \"nodes\": [{\"kind\": \"rect\", \"cornerRadius\": 0}]}"
        #expect(failure(noFrame)?.description == "nodes[0].frame: expected a member \"frame\"; it is missing")
        let badColour =
            "{\(header), \"nodes\": [{\"kind\": \"rect\", \"frame\": {\"x\": 0, \"y\": 0, \"width\": 1, \"height\": 1}, \"cornerRadius\": 0, \"fill\": \"#12\"}]}"
        #expect(failure(badColour)?.description.hasPrefix("nodes[0].fill: expected a colour") == true)
        #expect(failure("{\"nodes\": [,]}")?.description.hasPrefix("1:12: ") == true)
    }

    @Test func refusesAnotherFormatOrVersion() throws {
        let old = try Scene(size: Size(width: 1, height: 1)).jsonDocument().serialized().replacingVersion(with: "1")
        #expect(failure(old)?.description == "version: expected 2 (the version this Parley reads), found 1")
        let other = #"{"format": "parley-manifest", "version": 1}"#
        #expect(failure(other)?.description == "format: expected \"parley-scene\", found \"parley-manifest\"")
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

extension String {
    fileprivate func replacingVersion(with version: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  \"version\": ") ? "  \"version\": \(version)," : String($0) }
            .joined(separator: "\n")
    }

    /// A document with `null` for a number would not read back, so the writer refuses it by path.
    @Test func aNonFiniteNumberIsAWriterErrorNamingItsPath() {
        let scene = Scene(
            size: Size(width: 10, height: 10),
            nodes: [.rect(RectShape(frame: Rect(x: 0, y: .nan, width: 1, height: 1), style: .filled(.black)))])
        #expect(throws: SceneWriterError.self) { try SceneJSONWriter().write(scene) }
        do {
            _ = try scene.jsonBytes()
        } catch {
            #expect(error.description.hasPrefix("cannot write the scene as JSON: nodes[0]"), "\(error)")
        }
    }

}
