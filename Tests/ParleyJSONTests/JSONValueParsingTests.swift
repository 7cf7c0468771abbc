import ParleyJSON
import Testing

@Suite struct JSONValueParsingTests {
    private func parse(_ text: String) throws(JSONParseError) -> JSONValue { try JSONValue(parsing: Array(text.utf8)) }

    private func failure(_ text: String) -> JSONParseError? {
        do {
            _ = try parse(text)
            return nil
        } catch { return error }
    }

    @Test func readsEveryKindOfValueKeepingKeyOrder() throws {
        let value = try parse(#"{"z": [1, -2.5e3, true, false, null], "a": {"b": "c"}, "": ""}"#)
        #expect(
            value
                == .object([
                    ("z", .array([.number(1), .number(-2500), .bool(true), .bool(false), .null])), ("a", .object([("b", .string("c"))])),
                    ("", .string("")),
                ]))
        #expect(value["a"]?["b"]?.stringValue == "c")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#) == .string("\"\\/\u{8}\u{C}\n\r\té😀"))
        #expect(try parse("\"Çırağan ü\"") == .string("Çırağan ü"))
    }

    @Test(arguments: [
        ("[1, 2,]", 1, 7, "trailing commas"), ("{\"a\": 1,}", 1, 9, "trailing commas"), ("[01]", 1, 2, "leading zeros"),
        ("\"\\ud800\"", 1, 2, "low surrogate"), ("\"\\udc00\"", 1, 2, "no high surrogate"), ("{\"a\": 1, \"a\": 2}", 1, 10, "twice"),
        ("[1]\n x", 2, 2, "end of the document"), ("\"a\u{1}\"", 1, 3, "control character"), ("[1.]", 1, 4, "decimal point"),
        ("{'a': 1}", 1, 2, "double quotes"), ("[1e400]", 1, 2, "beyond"), ("\"\\x\"", 1, 2, "escape"), ("", 1, 1, "expected a value"),
        ("tru", 1, 1, "'true'"), ("\n\n  [\n  }", 4, 3, "expected a value"),
    ])
    func rejectsWithLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ reason: String) throws {
        let error = try #require(failure(text))
        #expect(error.line == line, "\(error)")
        #expect(error.column == column, "\(error)")
        #expect(error.message.contains(reason), "\(error)")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(failure("[\"éé\", x]"))
        #expect(error.column == 8)
    }

    @Test func rejectsMalformedUTF8() throws {
        for bytes: [UInt8] in [
            [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22], [0xEF, 0xBB, 0xBF, 0x31],
        ] {
            #expect(throws: JSONParseError.self) { try JSONValue(parsing: bytes) }
        }
    }

    @Test func limitsNesting() throws {
        let deep = String(repeating: "[", count: JSONValue.maximumDepth + 1) + String(repeating: "]", count: JSONValue.maximumDepth + 1)
        #expect(failure(deep)?.message.contains("deeper") == true)
        let fine = String(repeating: "[", count: JSONValue.maximumDepth) + String(repeating: "]", count: JSONValue.maximumDepth)
        #expect(failure(fine) == nil)
    }

    @Test(arguments: [
        0.1, 1.0 / 3, 271.98399999999998, -0.0, 5e-324, 1.7976931348623157e308, 123456789012345.6, 1e15, 1e21, 2.0 / 3 * 1e-7, 120,
    ])
    func numbersRoundTripExactly(_ value: Double) throws {
        let text = JSONValue.number(value).compactSerialized()
        let read = try #require(try parse(text).doubleValue)
        #expect(read == value && read.sign == value.sign, "\(text)")
        #expect(!text.hasSuffix(".0"))
    }

    @Test func writtenDocumentsReadBack() throws {
        let value = JSONValue.object([
            ("s", .string("a\"b\\c\n\u{1}\u{7F}\u{2028}😀")), ("n", .array([.number(1.5), .number(-3), .null])), ("o", .object([])),
            ("a", .array([])),
        ])
        #expect(try JSONValue(parsing: Array(value.serialized().utf8)) == value)
        #expect(try JSONValue(parsing: Array(value.compactSerialized().utf8)) == value)
        #expect(!value.compactSerialized().contains("\n"))
    }
}
