/// Decodes any `Decodable` from a `JSONValue`. Errors are `DecodingError`s whose coding path
/// leads to the value that is wrong and whose description says what was expected there.
public struct JSONValueDecoder {
    /// Passed to every `Decodable` on its way down, as `Decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    /// Makes a decoder with no `userInfo`.
    public init() {}

    /// Decodes a `T` from `value`, throwing a `DecodingError` that says where and what was wrong.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try ValueDecoder(value: value, codingPath: [], userInfo: userInfo).unbox(type)
    }
}

extension JSONValue {
    /// How a value is named in "expected …, found …".
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let value): "the number \(JSONValue.format(value))"
        case .string(let value): "the string \(JSONValue.quoted(value))"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// `value` as JSON writes it, cut to 40 characters for messages.
    static func quoted(_ value: String) -> String {
        var text = ""
        writeString(value.count > 40 ? String(value.prefix(40)) + "…" : value, to: &text)
        return text
    }
}

struct ValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    init(value: JSONValue, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.value = value; self.codingPath = codingPath; self.userInfo = userInfo
    }

    func mismatch<T>(_ type: T.Type, _ expected: String) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(value.kindDescription)"))
    }

    func unbox<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self {
            guard case .string(let text) = value, let result = text as? T else { throw mismatch(type, "a string") }
            return result
        }
        if T.self == Bool.self {
            guard case .bool(let flag) = value, let result = flag as? T else { throw mismatch(type, "true or false") }
            return result
        }
        if T.self == Double.self {
            guard case .number(let number) = value, let result = number as? T else { throw mismatch(type, "a number") }
            return result
        }
        if T.self == Float.self {
            guard case .number(let number) = value, let result = Float(number) as? T else { throw mismatch(type, "a number") }
            return result
        }
        if let integer = T.self as? any FixedWidthInteger.Type {
            guard case .number(let number) = value, let whole = integer.init(exactly: number), let result = whole as? T else {
                throw mismatch(type, "a whole number from \(integer.min) to \(integer.max)")
            }
            return result
        }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: JSONValue].self, "an object") }
        return KeyedDecodingContainer(KeyedValueContainer<Key>(members: members, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([JSONValue].self, "an array") }
        return UnkeyedValueContainer(items: items, decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value.isNull }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try unbox(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try unbox(type) }
    func decode(_ type: String.Type) throws -> String { try unbox(type) }
    func decode(_ type: Double.Type) throws -> Double { try unbox(type) }
    func decode(_ type: Float.Type) throws -> Float { try unbox(type) }
    func decode(_ type: Int.Type) throws -> Int { try unbox(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try unbox(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try unbox(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try unbox(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try unbox(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try unbox(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try unbox(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try unbox(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try unbox(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try unbox(type) }
}

struct KeyedValueContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let order: [String]
    let decoder: ValueDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    init(members list: [(String, JSONValue)], decoder: ValueDecoder) {
        var members: [String: JSONValue] = [:]
        for (key, value) in list where members[key] == nil { members[key] = value }
        self.members = members
        order = list.map(\.0)
        self.decoder = decoder
    }

    var allKeys: [Key] { order.compactMap(Key.init(stringValue:)) }
    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func child(_ key: Key) throws -> ValueDecoder {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath + [key], debugDescription: "expected a member \"\(key.stringValue)\"; it is missing"))
        }
        return ValueDecoder(value: value, codingPath: codingPath + [key], userInfo: decoder.userInfo)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).value.isNull }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).unbox(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).unbox(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).unbox(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).unbox(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).unbox(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).unbox(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).unbox(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).unbox(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).unbox(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).unbox(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).unbox(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).unbox(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).unbox(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).unbox(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).unbox(type) }

    func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type, forKey key: Key) throws -> KeyedDecodingContainer<Nested> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }

    func superDecoder() throws -> any Decoder {
        ValueDecoder(value: members["super"] ?? .null, codingPath: codingPath + [SuperKey()], userInfo: decoder.userInfo)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key], userInfo: decoder.userInfo)
    }
}

struct UnkeyedValueContainer: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let decoder: ValueDecoder
    var currentIndex = 0
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [JSONValue], decoder: ValueDecoder) { self.items = items; self.decoder = decoder }

    private mutating func next() throws -> ValueDecoder {
        let path = codingPath + [IndexKey(intValue: currentIndex)]
        guard currentIndex < items.count else {
            throw DecodingError.valueNotFound(
                JSONValue.self, .init(codingPath: path, debugDescription: "expected another item; the array has \(items.count)"))
        }
        defer { currentIndex += 1 }
        return ValueDecoder(value: items[currentIndex], codingPath: path, userInfo: decoder.userInfo)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().unbox(type) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().unbox(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().unbox(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().unbox(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().unbox(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().unbox(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().unbox(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().unbox(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().unbox(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().unbox(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().unbox(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().unbox(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().unbox(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().unbox(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().unbox(type) }

    mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type) throws -> KeyedDecodingContainer<Nested> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}

extension DecodingError {
    /// `nodes[3].children[0].kind: expected one of group, rect, …`: where, then what.
    public var pathAndReason: String {
        let (context, fallback): (Context?, String) =
            switch self {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
                .dataCorrupted(let context):
                (context, "")
            @unknown default: (nil, "\(self)")
            }
        guard let context else { return fallback }
        let path = DecodingError.describe(context.codingPath)
        return (path.isEmpty ? "" : path + ": ") + context.debugDescription
    }

    /// `nodes[3].children[0].kind`, as a reader would write the path.
    public static func describe(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }
}
