import ParleyModel
import Testing

/// A YAML syntax error is often noticed a line or more after the mistake; the diagnostic then
/// also says where the construct libyaml was reading began, which is where the mistake is.
@Suite struct SyntaxErrorContextTests {
    static func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try MeetingLoader.parse(Array(text.utf8), file: "m.yaml")
            return nil
        } catch {
            return error.diagnostics.first { $0.severity == .error }
        }
    }

    @Test(arguments: [
        // An unclosed flow sequence: noticed at the next key, begun at the '['.
        ("parley: 1\nid: x\ntitle: [a, b\ntimezone: UTC\n", "4:9", "while parsing a flow sequence that starts at line 3, column 8"),
        // A line that is no key: noticed on the next line, begun on its own.
        ("parley: 1\n[unclosed\n# note\ntimezone: UTC\n", "3:1", "while scanning a simple key that starts at line 2, column 1"),
        ("parley: 1\nunclosed key\n# note\ntimezone: UTC\n", "3:1", "while scanning a simple key that starts at line 2, column 1"),
        // An unclosed quote in Cyrillic text, noticed at the end of the file.
        ("parley: 1\ntitle: \"Переговоры\nid: x\n", "4:1", "while scanning a quoted scalar that starts at line 2, column 8"),
        // An unclosed flow mapping, noticed at the next line's ':'.
        ("parley: 1\nparties: {id: ru, name: Russia\nid: x\n", "3:3", "while parsing a flow mapping that starts at line 2, column 10"),
    ])
    func theDiagnosticSaysWhereTheConstructBegan(_ text: String, _ noticed: String, _ context: String) throws {
        let diagnostic = try #require(Self.diagnostic(text))
        let place = try #require(diagnostic.location)
        #expect("\(place.line):\(place.column)" == noticed, "\(diagnostic)")
        #expect(diagnostic.message.hasPrefix("syntax error: "))
        #expect(diagnostic.hints.map(\.description) == [context], "\(diagnostic)")
    }

    @Test func anErrorAtTheConstructsOwnStartHasNoSecondPlace() throws {
        let diagnostic = try #require(Self.diagnostic("parley: 1\n  bad: indent\n"))
        #expect(diagnostic.hints.isEmpty, "\(diagnostic)")
    }
}
