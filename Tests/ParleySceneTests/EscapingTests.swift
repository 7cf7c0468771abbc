import Foundation
import ParleyScene
import ParleyTestSupport
import Testing

/// The escapes, one per output language, on seeded hostile strings and on the cases that
/// once slipped through.
@Suite struct EscapingTests {
    private static let pieces = [
        "<script>", "</x>", "\"", "'", "&", "&amp;", "]]>", "<\u{338}", "\n", "\t", "\r", "\u{1B}[2J", "\u{7}", "\u{7F}", "\u{9B}",
        "\u{85}", "\u{0}", "\u{FFFE}", "\u{FFFF}", "\u{202E}", "\u{2066}", "\u{2028}", "# [x](javascript:alert(1))", "![](http://e)",
        "`", "*", "_", "\\", "{{", "👩🏽‍💻", "مرحبا", "Çırağan", " ", "plain",
    ]

    /// Strings of 1 to 8 pieces, the same every run.
    private static func hostile(count: Int = 300) -> [String] {
        var random = SeededGenerator(seed: 7)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...8, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        }
    }

    /// The inverse of `XMLEscape` for what it writes, by scalar: a grapheme-aware search would
    /// not find "&lt;" before a combining mark.
    private func unescapeXML(_ text: String) -> String {
        let entities: [(String, Unicode.Scalar)] = [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#9;", "\t"), ("&#10;", "\n"), ("&#13;", "\r"),
            ("&amp;", "&"),
        ]
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView(), index = 0
        while index < scalars.count {
            if let (entity, scalar) = entities.first(where: { scalars[index...].starts(with: $0.0.unicodeScalars) }) {
                out.append(scalar)
                index += entity.unicodeScalars.count
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    @Test func xmlTextAndAttributesHoldNoMarkupAndNothingXMLForbids() {
        for text in Self.hostile() {
            let expected = String(
                String.UnicodeScalarView(text.unicodeScalars.map { XMLEscape.isAllowed($0) ? $0 : XMLEscape.replacement }))
            for escaped in [XMLEscape.text(text), XMLEscape.attribute(text)] {
                #expect(!escaped.contains(where: { "<>\"'".contains($0) }), "\(escaped.debugDescription)")
                #expect(escaped.unicodeScalars.allSatisfy(XMLEscape.isAllowed))
                #expect(!escaped.unicodeScalars.contains("\r"))
                #expect(unescapeXML(escaped) == expected)
            }
            #expect(!XMLEscape.attribute(text).contains(where: { $0 == "\n" || $0 == "\t" }))
        }
        // "<" and a combining mark are one Character, which a Character-wise escape passed raw.
        #expect(XMLEscape.text("<\u{338}b>") == "&lt;\u{338}b&gt;")
        #expect(XMLEscape.text("a\u{FFFE}\u{1B}") == "a\u{FFFD}\u{FFFD}")
    }

    @Test func terminalLinesHoldNothingATerminalActsOn() {
        for text in Self.hostile() {
            let line = TerminalEscape.line(text)
            #expect(!line.unicodeScalars.contains { TerminalEscape.needsEscape($0) }, "\(line.debugDescription)")
        }
        #expect(TerminalEscape.line("a\u{1B}]0;t\u{7}\nb\u{9B}2J\t\u{202E}") == "a\\u{1B}]0;t\\u{7}\\nb\\u{9B}2J\\t\\u{202E}")
        #expect(TerminalEscape.line("Çırağan مرحبا 👩🏽‍💻 \u{200F}") == "Çırağan مرحبا 👩🏽‍💻 \u{200F}")
    }

    @Test func terminalJSONIsTheSameJSONWithoutControls() throws {
        for text in Self.hostile(count: 60) {
            let json = String(decoding: try JSONSerialization.data(withJSONObject: ["k": text]), as: UTF8.self)
            let safe = TerminalEscape.json(json)
            #expect(!safe.unicodeScalars.contains { TerminalEscape.needsEscape($0) })
            let decoded = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
            #expect(decoded?["k"] == text)
        }
    }

    @Test func markdownTextHasEveryMetacharacterEscapedAndOneLine() {
        for text in Self.hostile() {
            let escaped = MarkdownEscape.text(text)
            var previous: Character = " "
            for character in escaped {
                // Every ASCII punctuation character but the inert ones stands behind a backslash.
                if character.isASCII, character.isPunctuation || character.isSymbol, !",;?/".contains(character), previous != "\\" {
                    #expect(character == "\\", "\(escaped.debugDescription)")
                }
                previous = previous == "\\" && character == "\\" ? " " : character
            }
            #expect(!escaped.contains(where: \.isNewline) && !escaped.contains("\t") && !escaped.contains("  "))
            #expect(!escaped.hasPrefix(" ") && !escaped.hasSuffix(" "))
            #expect(escaped.unicodeScalars.allSatisfy(XMLEscape.isAllowed))
        }
        #expect(MarkdownEscape.text("# [x](javascript:alert(1))") == "\\# \\[x\\]\\(javascript\\:alert\\(1\\)\\)")
        #expect(MarkdownEscape.text("  Palace\n\n# Injected\t ") == "Palace \\# Injected")
        #expect(MarkdownEscape.text("1<\u{338}2") == "1\u{226E}2")
        #expect(MarkdownEscape.destination("a\\b;c&d") == "a%5Cb%3Bc&d")
    }

    @Test(arguments: [
        ("http://example.org/a b", "http://example.org/a%20b"),
        ("HTTPS://x.example/?q=\"><script>", "https://x.example/?q=%22%3E%3Cscript%3E"),
        ("https://x.example/(a)'b'`c`\\", "https://x.example/%28a%29%27b%27%60c%60%5C"),
        ("http://x.example/%20%zz", "http://x.example/%20%25zz"),
        ("http://x.example/&lt;i&gt;", "http://x.example/&lt%3Bi&gt%3B"), ("http://[::1]:8080/[x]", "http://[::1]:8080/%5Bx%5D"),
        ("https://ru.example/Россия", "https://ru.example/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F"),
        ("http://x.example/\n\u{1B}", "http://x.example/%0A%1B"),
    ])
    func webLinksArePercentEncoded(_ text: String, _ href: String) {
        #expect(WebLink(text)?.href == href)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,<script>", "//evil.example", "http://", "https:///x", "ftp://x",
        "see http://x", "http:// x",
    ])
    func onlyWebAddressesWithAHostAreLinks(_ text: String) {
        #expect(WebLink(text) == nil)
    }

    @Test func noncharactersAreThe66() {
        let all = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:)).filter(\.isNoncharacter)
        #expect(all.count == 66)
        #expect(Unicode.Scalar(0xFFFD).map(\.isNoncharacter) == false)
    }
}
