import Parley
import ParleyColor
import ParleyScene

/// The peers' two charts (bench/peers/cairo/peers_cairo.c, same constants) as Parley scenes,
/// so Parley's measuring and drawing path is timed on exactly the C program's work.
enum PeerScenes {
    private static let dark = Color(rgb: 0x222222), axis = Color(rgb: 0x333333)

    /// `y` is the line's vertical centre, as in the C program.
    private static func text(
        _ string: String, _ x: Double, _ y: Double, _ size: Double, bold: Bool = false, _ alignment: TextAlignment,
        color: Color = dark, _ measurer: any TextMeasuring
    ) -> SceneNode {
        let font = Font(size: size, weight: bold ? .bold : .regular)
        let height = measurer.measure(string, font: font, maxWidth: nil, overflow: .ellipsis).height
        return .text(
            .measured(string, font: font, color: color, anchor: Point(x: x, y: y - height / 2), alignment: alignment, measurer: measurer))
    }

    private static func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ width: Double, _ color: UInt32) -> SceneNode {
        .line(Line(from: Point(x: x0, y: y0), to: Point(x: x1, y: y1), stroke: Stroke(color: Color(rgb: color), width: width)))
    }

    private static func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ fill: UInt32, stroke: (Double, UInt32)? = nil)
        -> SceneNode
    {
        .rect(
            RectShape(
                frame: Rect(x: x, y: y, width: w, height: h),
                style: ShapeStyle(fill: Color(rgb: fill), stroke: stroke.map { Stroke(color: Color(rgb: $0.1), width: $0.0) })))
    }

    private static func disc(_ x: Double, _ y: Double, _ r: Double, _ fill: UInt32, _ width: Double, _ stroke: UInt32) -> SceneNode {
        .circle(
            Circle(
                center: Point(x: x, y: y), radius: r,
                style: ShapeStyle(fill: Color(rgb: fill), stroke: Stroke(color: Color(rgb: stroke), width: width))))
    }

    static func timeline(_ measurer: any TextMeasuring) -> Scene {
        let (x0, x1, axisY, gridTop, t0, t1) = (80.0, 1140.0, 420.0, 70.0, 12 * 60 + 30, 16 * 60)
        func tx(_ minute: Int) -> Double { x0 + Double(minute - t0) * (x1 - x0) / Double(t1 - t0) }
        var nodes = [text("Russia–Ukraine talks in Istanbul: rounds 1 and 2", 600, 35, 20, bold: true, .center, measurer)]
        for minute in stride(from: t0, through: t1, by: 15) {
            let x = tx(minute)
            nodes.append(line(x, gridTop, x, axisY, 1, 0xDDDDDD))
            nodes.append(line(x, axisY, x, axisY + 6, 1.5, 0x333333))
            let label = "\(minute / 60 < 10 ? "0" : "")\(minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60)"
            nodes.append(text(label, x, axisY + 18, 12, .center, color: axis, measurer))
        }
        nodes.append(line(x0, axisY, x1, axisY, 1.5, 0x333333))
        nodes.append(text("Time of day, Moscow time (MSK, UTC+3)", (x0 + x1) / 2, 470, 13, .center, color: axis, measurer))
        let rounds = [
            ("Round 1 · 2025-05-16", "1 h 40 min", 12 * 60 + 35, 14 * 60 + 15, 140.0, UInt32(0x4C72B0)),
            ("Round 2 · 2025-06-02", "1 h 14 min", 14 * 60 + 43, 15 * 60 + 57, 250.0, UInt32(0xDD8452)),
        ]
        for (label, duration, start, end, y, color) in rounds {
            nodes.append(box(tx(start), y, tx(end) - tx(start), 44, color))
            nodes.append(text(label, tx(start), y - 14, 14, bold: true, .left, measurer))
            nodes.append(text(duration, tx(end), y - 14, 13, .right, measurer))
        }
        let centre = 250.0 + 22
        let events = [
            (14 * 60 + 50, "Memoranda exchanged"), (15 * 60 + 10, "Ceasefire proposal"), (15 * 60 + 30, "Prisoner exchange agreed"),
            (15 * 60 + 50, "Next meeting proposed"),
        ]
        for (index, (minute, label)) in events.enumerated() {
            let x = tx(minute), labelY = index % 2 == 1 ? 362.0 : 328.0
            nodes.append(line(x, centre + 7, x, labelY - 9, 1, 0x555555))
            nodes.append(disc(x, centre, 7, 0xFFFFFF, 2, 0x333333))
            nodes.append(text(label, x, labelY, 12, .center, measurer))
        }
        return Scene(size: Size(width: 1200, height: 500), background: .white, nodes: nodes)
    }

    static func seating(_ measurer: any TextMeasuring) -> Scene {
        let russia = ["Мединский", "Галузин", "Фомин", "Костюков", "Шевцов"]
        let ukraine = ["Умєров", "Кислиця", "Скібіцький", "Гнатов", "Поклад"]
        let turkey = ["Fidan", "Kalın", "Secretariat"]
        let flags: [[UInt32]] = [[0xFFFFFF, 0x0039A6, 0xD52B1E], [0xE30A17, 0xFFFFFF, 0xE30A17], [0x0057B7, 0xFFD700]]
        var nodes = [text("Istanbul talks, round 2 (2025-06-02): seating", 500, 35, 20, bold: true, .center, measurer)]
        for (index, stripes) in flags.enumerated() {
            let x = 335 + Double(index) * 120, stripe = 54 / Double(stripes.count)
            for (s, color) in stripes.enumerated() { nodes.append(box(x, 70 + Double(s) * stripe, 90, stripe, color)) }
            nodes.append(.rect(RectShape(frame: Rect(x: x, y: 70, width: 90, height: 54), style: .outlined(Color(rgb: 0x555555)))))
        }
        for (x, y, w, h) in [(250.0, 175.0, 500.0, 60.0), (250, 235, 60, 465), (690, 235, 60, 465)] {
            nodes.append(box(x, y, w, h, 0xE8D5B5, stroke: (2, 0x8B6B3E)))
        }
        for (index, name) in turkey.enumerated() {
            let x = 400 + Double(index) * 100
            nodes.append(disc(x, 152, 13, 0x7F8C8D, 1.5, 0x333333))
            nodes.append(text(name, x, 196, 13, .center, measurer))
        }
        nodes.append(text("Turkey (mediators)", 500, 220, 13, bold: true, .center, measurer))
        for index in 0..<5 {
            let y = 300 + Double(index) * 80
            nodes.append(disc(225, y, 13, 0xC0392B, 1.5, 0x333333))
            nodes.append(text(russia[index], 202, y, 15, .right, measurer))
            nodes.append(disc(775, y, 13, 0x2E6DB4, 1.5, 0x333333))
            nodes.append(text(ukraine[index], 798, y, 15, .left, measurer))
        }
        nodes.append(text("Russia", 280, 725, 16, bold: true, .center, measurer))
        nodes.append(text("Ukraine", 720, 725, 16, bold: true, .center, measurer))
        return Scene(size: Size(width: 1000, height: 800), background: .white, nodes: nodes)
    }
}
