import ParleyColor
import ParleyScene

/// Scenes that exercise every primitive, shared by the render tests.
public enum SceneFixtures {
    public static let red = Color(rgb: 0xD52B1E)
    public static let blue = Color(rgb: 0x0057B7)
    public static let yellow = Color(rgb: 0xFFD700)

    /// 480×220: known colours at known places (a red square at 20…80, a blue disc at
    /// (150, 50) r 30), text in Latin, Cyrillic and Turkish, every node kind.
    public static func specimen(measurer: any TextMeasuring, image: [UInt8]? = nil) -> Scene {
        let font = Font(size: 14)
        var nodes: [SceneNode] = [
            .rect(RectShape(frame: Rect(x: 20, y: 20, width: 60, height: 60), style: .filled(red))),
            .circle(
                Circle(center: Point(x: 150, y: 50), radius: 30, style: ShapeStyle(fill: blue, stroke: Stroke(color: .black, width: 2)))),
            .rect(
                RectShape(
                    frame: Rect(x: 200, y: 20, width: 80, height: 60), cornerRadius: 10,
                    style: ShapeStyle(fill: yellow, stroke: Stroke(color: .black, width: 1)))),
            .line(Line(from: Point(x: 20, y: 100), to: Point(x: 280, y: 100), stroke: Stroke(color: .black, width: 1, dash: [4, 2]))),
            .arrow(Arrow(from: Point(x: 300, y: 50), to: Point(x: 380, y: 50), stroke: Stroke(color: .black, width: 2))),
            .polyline(
                Polyline(points: [Point(x: 400, y: 20), Point(x: 460, y: 20), Point(x: 430, y: 80)], isClosed: true, style: .filled(blue))),
            .path(
                Path(
                    elements: [
                        .move(to: Point(x: 300, y: 90)),
                        .curve(to: Point(x: 460, y: 90), control1: Point(x: 340, y: 60), control2: Point(x: 420, y: 120)),
                    ], style: ShapeStyle(stroke: Stroke(color: red, width: 2)))),
            .text(.measured("Latin box", font: font, color: .black, anchor: Point(x: 20, y: 120), measurer: measurer)),
            .text(
                .measured(
                    "Мединский · Умєров", font: font.with(weight: .bold), color: .black, anchor: Point(x: 20, y: 145), measurer: measurer)),
            .text(.measured("Çırağan Sarayı", font: font, color: .black, anchor: Point(x: 20, y: 170), measurer: measurer)),
            .text(
                .measured(
                    "A label far too long to fit in its box", font: font, color: red, anchor: Point(x: 460, y: 120), alignment: .right,
                    maxWidth: 150, measurer: measurer)),
            .group(
                Group(
                    id: "flag", title: "Flag of Ukraine", description: "Two stripes, blue over yellow",
                    transform: .translation(x: 300, y: 150), clip: Rect(x: 0, y: 0, width: 60, height: 40),
                    children: [
                        .rect(RectShape(frame: Rect(x: 0, y: 0, width: 80, height: 20), style: .filled(blue))),
                        .rect(RectShape(frame: Rect(x: 0, y: 20, width: 80, height: 20), style: .filled(yellow))),
                    ])),
        ]
        if let image {
            nodes.append(
                .image(Image(frame: Rect(x: 400, y: 150, width: 60, height: 40), format: .png, data: image, description: "a picture")))
        }
        return Scene(size: Size(width: 480, height: 220), title: "Specimen", description: "Every primitive once.", nodes: nodes)
    }

    /// A 3-stripe flag as SVG text, for image nodes.
    public static let flagSVG: [UInt8] = Array(
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="90" height="60" viewBox="0 0 9 6">\
        <rect width="9" height="2" y="0" fill="#ffffff"/><rect width="9" height="2" y="2" fill="#0039a6"/>\
        <rect width="9" height="2" y="4" fill="#d52b1e"/></svg>
        """.utf8)
}
