import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyFuzz

/// The oracles catch what they are there to catch: a harness whose checks cannot fail would
/// fuzz for nothing.
@Suite struct FuzzChecksTests {
    let input = Array("parley: 1\nid: x\n".utf8)

    func violations(of diagnostic: Diagnostic) -> [String] {
        var outcome = FuzzOutcome()
        DiagnosticChecks(bytes: input, file: LoaderFuzzer.fileName).check(diagnostic, into: &outcome)
        return outcome.violations
    }

    func at(_ line: Int, _ column: Int, _ message: String = "bad") -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: LoaderFuzzer.fileName, line: line, column: column), message)
    }

    @Test func diagnosticsMustBeLocatedInsideTheInputAndOneLine() {
        #expect(violations(of: at(1, 1)).isEmpty)
        #expect(violations(of: at(3, 1)).isEmpty, "the empty line after the last newline is a place")
        #expect(violations(of: at(2, 6)).isEmpty, "just past the end of a line is a place")
        #expect(violations(of: at(0, 0)).count == 1)
        #expect(violations(of: at(1, 0)).count == 1)
        #expect(violations(of: at(4, 1)).count == 1)
        #expect(violations(of: at(5, 1)).count == 1)
        #expect(violations(of: at(1, 11)).count == 1)
        #expect(violations(of: at(1, 1, "")).count == 1)
        // The loader escapes some line breaks in what it prints; the check looks at the result.
        for lineBreak in ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}"] {
            #expect(!DiagnosticChecks.isOneLine("f:1:1: error: two\(lineBreak)lines"), "\(lineBreak.debugDescription)")
        }
        #expect(DiagnosticChecks.isOneLine("f:1:1: error: two\\nlines, one \u{2066}line"))
    }

    @Test func theEndOfAStreamWithoutANewlineMayBeTheLineAfter() {
        var outcome = FuzzOutcome()
        let checks = DiagnosticChecks(bytes: Array("parley: [".utf8), file: LoaderFuzzer.fileName)
        checks.check(at(2, 1), into: &outcome)
        #expect(outcome.violations.isEmpty)
        checks.check(at(2, 2), into: &outcome)
        checks.check(at(3, 1), into: &outcome)
        #expect(outcome.violations.count == 2)
    }

    @Test func carriageReturnsMayEndLinesButNeverShortenThem() {
        var outcome = FuzzOutcome()
        let checks = DiagnosticChecks(bytes: Array("ab\r\rcd\n".utf8), file: LoaderFuzzer.fileName)
        checks.check(at(3, 1), into: &outcome)
        checks.check(at(1, 7), into: &outcome)
        #expect(outcome.violations.isEmpty)
        checks.check(at(1, 8), into: &outcome)
        #expect(outcome.violations.count == 1)
    }

    @Test func aRejectionNeedsAnErrorAndALoadNoErrors() {
        var outcome = FuzzOutcome()
        _ = LoaderFuzzer.parse(Array("parley: [".utf8), checkingInto: &outcome)
        #expect(!outcome.loaded && outcome.diagnostics > 0 && outcome.violations.isEmpty)
    }

    @Test func scenesMustBeFiniteAndOnTheCanvas() {
        func violations(_ nodes: [SceneNode], size: Size = Size(width: 100, height: 100)) -> [String] {
            var outcome = FuzzOutcome()
            SceneChecks.check(Scene(size: size, nodes: nodes), "test", into: &outcome)
            return outcome.violations
        }
        let style = ShapeStyle(fill: .black)
        let inside = SceneNode.rect(RectShape(frame: Rect(x: 10, y: 10, width: 20, height: 20), style: style))
        #expect(violations([inside]).isEmpty)
        #expect(violations([inside], size: Size(width: .nan, height: 10)).count == 1)
        #expect(violations([inside], size: Size(width: 30_000, height: 10)).count == 1)
        #expect(violations([.rect(RectShape(frame: Rect(x: .nan, y: 0, width: 1, height: 1), style: style))]).count == 1)
        #expect(violations([.rect(RectShape(frame: Rect(x: 0, y: 0, width: -5, height: 1), style: style))]).count == 1)
        #expect(violations([.rect(RectShape(frame: Rect(x: 90, y: 90, width: 50, height: 50), style: style))]).count == 1)
        let flipped = Group(transform: Transform(a: .infinity, b: 0, c: 0, d: 1, tx: 0, ty: 0), children: [inside])
        #expect(!violations([.group(flipped)]).isEmpty)
    }

    @Test func outputsMustBeWellFormed() {
        var outcome = FuzzOutcome()
        OutputChecks.svg(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>a &amp; b</title></svg>".utf8), "ok", into: &outcome)
        #expect(outcome.violations.isEmpty)
        OutputChecks.svg(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>a & b</title></svg>".utf8), "bad", into: &outcome)
        #expect(outcome.violations.count == 1)
        OutputChecks.pdf(Array("%PDF-1.5\n".utf8), "truncated", into: &outcome)
        #expect(outcome.violations.count == 2)
        OutputChecks.png(Array(repeating: 0, count: 40), width: 1, height: 1, "no signature", into: &outcome)
        #expect(outcome.violations.count == 3)
        OutputChecks.json(Array("{\"width\": 1".utf8), of: Scene(size: Size(width: 1, height: 1)), "cut", into: &outcome)
        #expect(outcome.violations.count == 4)
    }

    @Test func theFirstLineCanAskForChartOptions() {
        let options = FuzzChartOptions(Array("#!parley theme=dark align=elapsed clock=12 lang=native notitle width=480\nparley: 1".utf8))
        #expect(options.layout.theme.name == "dark")
        #expect(options.layout.alignment == .elapsed)
        #expect(options.layout.clock == .twelve)
        #expect(options.layout.language == "native")
        #expect(!options.layout.showsTitle)
        #expect(options.layout.width == 480)
        #expect(FuzzChartOptions(Array("parley: 1\n".utf8)).layout == LayoutOptions())
    }
}
