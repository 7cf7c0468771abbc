import ParleyColor
import ParleyScene
import Testing

/// The size text is drawn at, through the groups around it.
@Suite struct PlacedTextTests {
    private func run(size: Double) -> TextRun {
        TextRun(
            text: "Chair", origin: .zero, font: Font(size: size), color: .black,
            metrics: TextMetrics(width: 30, height: size * 1.25, baseline: size, lines: []))
    }

    @Test func effectiveSizeFollowsEveryEnclosingScale() {
        let inner = Group(transform: .scale(x: 0.5, y: 0.5), children: [.text(run(size: 12))])
        let outer = Group(transform: Transform.scale(x: 0.5, y: 0.5).concatenating(.translation(x: 10, y: 10)), children: [.group(inner)])
        let scene = Scene(size: Size(width: 100, height: 100), nodes: [.group(outer), .text(run(size: 10))])
        #expect(scene.placedTexts.map(\.effectiveSize) == [3, 10])
        #expect(scene.smallestTextSize == 3)
        #expect(Font.minimumSize == 8)
        let moved = Scene(
            size: Size(width: 100, height: 100),
            nodes: [.group(Group(transform: .translation(x: 5, y: 5), children: [.text(run(size: 9))]))])
        #expect(moved.smallestTextSize == 9, "a translation does not change the size")
    }
}
