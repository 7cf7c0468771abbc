import ParleyJSON
import Testing

@Suite struct JSONValueCodableTests {
    struct Inner: Codable, Equatable {
        var flag: Bool
        var small: Int8
        var ratio: Float
    }

    struct Record: Codable, Equatable {
        var zeta: String
        var alpha: Int
        var nested: [Inner]
        var optional: Double?
        var map: [String: UInt16]
        var nothing: String?
    }

    private let record = Record(
        zeta: "z", alpha: -7, nested: [Inner(flag: true, small: -3, ratio: 0.1)], optional: 2.5, map: ["k": 9], nothing: nil)

    @Test func encodesMembersInTheOrderTheyAreEncoded() throws {
        let value = try JSONValueEncoder().encode(record)
        guard case .object(let members) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(members.map(\.0) == ["zeta", "alpha", "nested", "optional", "map"])
        #expect(value["alpha"] == .number(-7))
    }

    @Test func decodesWhatItEncoded() throws {
        let value = try JSONValueEncoder().encode(record)
        #expect(try JSONValueDecoder().decode(Record.self, from: value) == record)
        let reparsed = try JSONValue(parsing: Array(value.serialized().utf8))
        #expect(try JSONValueDecoder().decode(Record.self, from: reparsed) == record)
    }

    @Test func errorsNameThePathAndWhatWasExpected() throws {
        let value = try JSON(
            """
            {"zeta": "z", "alpha": 1, "nested": [{"flag": true, "small": 300, "ratio": 1}], "map": {}}
            """)
        do {
            _ = try JSONValueDecoder().decode(Record.self, from: value)
            Issue.record("decoded an Int8 of 300")
        } catch let error as DecodingError {
            #expect(error.pathAndReason == "nested[0].small: expected a whole number from -128 to 127, found the number 300")
        }
        let missing = try JSON(#"{"zeta": 1}"#)
        do {
            _ = try JSONValueDecoder().decode(Record.self, from: missing)
            Issue.record("decoded a number as a string")
        } catch let error as DecodingError {
            #expect(error.pathAndReason == "zeta: expected a string, found the number 1")
        }
    }

    @Test func refusesNumbersJSONCannotHold() {
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode([Double.nan]) }
        var lenient = JSONValueEncoder()
        lenient.writesNonFiniteAsNull = true
        #expect((try? lenient.encode([Double.infinity])) == .array([.null]))
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode([UInt64.max]) }
    }

    @Test func base64RoundTrips() {
        for count in 0..<8 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 97 + 250) }
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.encode(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(Base64.encode(Array("fo".utf8)) == "Zm8=")
        #expect(Base64.decode("Zm8") == nil)
        #expect(Base64.decode("Z=8=") == nil)
        #expect(Base64.decode("Zm*=") == nil)
    }

    private func JSON(_ text: String) throws -> JSONValue { try JSONValue(parsing: Array(text.utf8)) }
}
