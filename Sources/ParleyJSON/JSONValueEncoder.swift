/// Encodes any `Encodable` as a `JSONValue`, keeping object members in the order they are
/// encoded (the first encoding of a key fixes its place), so a type's `encode(to:)` decides
/// its document's key order.
public struct JSONValueEncoder {
    /// Passed to every `Encodable` on its way down, as `Encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]
    /// Infinity and NaN become `null` instead of an error (JSON has no such numbers).
    public var writesNonFiniteAsNull = false

    /// Makes an encoder that rejects non-finite numbers and has no `userInfo`.
    public init() {}

    /// `value` as a document, members in the order `encode(to:)` first wrote them.
    public func encode(_ value: some Encodable) throws -> JSONValue {
        let slot = EncodingSlot()
        try slot.store(value, path: [], options: self)
        return slot.resolved()
    }
}

/// One value being built; reference semantics so nested containers can fill it later.
final class EncodingSlot {
    private var value: JSONValue?
    private var members: [(String, EncodingSlot)] = []
    private var memberIndex: [String: Int] = [:]
    private var items: [EncodingSlot] = []
    private var shape = Shape.unset

    private enum Shape { case unset, value, object, array }

    func resolved() -> JSONValue {
        switch shape {
        case .value: value ?? .null
        case .object, .unset: .object(members.map { ($0.0, $0.1.resolved()) })
        case .array: .array(items.map { $0.resolved() })
        }
    }

    func set(_ value: JSONValue) {
        shape = .value
        self.value = value
    }

    func member(_ key: String) -> EncodingSlot {
        shape = .object
        if let index = memberIndex[key] { return members[index].1 }
        let slot = EncodingSlot()
        memberIndex[key] = members.count
        members.append((key, slot))
        return slot
    }

    func appendItem() -> EncodingSlot {
        shape = .array
        let slot = EncodingSlot()
        items.append(slot)
        return slot
    }

    var itemCount: Int { items.count }

    func becomeObject() { if shape != .value { shape = .object } }
    func becomeArray() { if shape != .value { shape = .array } }

    func store(_ value: some Encodable, path: [any CodingKey], options: JSONValueEncoder) throws {
        if let text = value as? String { return set(.string(text)) }
        if let flag = value as? Bool { return set(.bool(flag)) }
        if let number = value as? Double { return set(try Self.number(number, path: path, options: options)) }
        if let number = value as? Float { return set(try Self.number(Double(number), path: path, options: options)) }
        if let number = value as? any BinaryInteger {
            guard let exact = Double(exactly: number) else {
                throw EncodingError.invalidValue(
                    value, .init(codingPath: path, debugDescription: "\(number) is beyond the integers a JSON number holds exactly"))
            }
            return set(.number(exact))
        }
        try value.encode(to: SlotEncoder(slot: self, codingPath: path, options: options))
    }

    private static func number(_ value: Double, path: [any CodingKey], options: JSONValueEncoder) throws -> JSONValue {
        if value.isFinite { return .number(value) }
        if options.writesNonFiniteAsNull { return .null }
        throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "JSON has no number \(value)"))
    }
}

/// A position in an array, as a coding key.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// The key `super` encoders and decoders use by default.
struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { guard stringValue == "super" else { return nil } }
    init?(intValue: Int) { nil }
}

struct SlotEncoder: Encoder, SingleValueEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    let options: JSONValueEncoder
    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.becomeObject()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot, codingPath: codingPath, options: options))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.becomeArray()
        return UnkeyedSlotContainer(slot: slot, codingPath: codingPath, options: options)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    mutating func encodeNil() throws { slot.set(.null) }
    mutating func encode(_ value: some Encodable) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Bool) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: String) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Double) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Float) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Int) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Int8) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Int16) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Int32) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: Int64) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: UInt) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: UInt8) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: UInt16) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: UInt32) throws { try slot.store(value, path: codingPath, options: options) }
    mutating func encode(_ value: UInt64) throws { try slot.store(value, path: codingPath, options: options) }
}

struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    let options: JSONValueEncoder

    mutating func encodeNil(forKey key: Key) throws { slot.member(key.stringValue).set(.null) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try slot.member(key.stringValue).store(value, path: codingPath + [key], options: options)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodeValue(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodeValue(value, key) }

    private func encodeValue(_ value: some Encodable, _ key: Key) throws {
        try slot.member(key.stringValue).store(value, path: codingPath + [key], options: options)
    }

    mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type, forKey key: Key) -> KeyedEncodingContainer<Nested> {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key], options: options).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key], options: options).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.member("super"), codingPath: codingPath + [SuperKey()], options: options)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key], options: options)
    }
}

struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    let options: JSONValueEncoder
    var count: Int { slot.itemCount }

    private func next() -> (EncodingSlot, [any CodingKey]) {
        let path = codingPath + [IndexKey(intValue: slot.itemCount)]
        return (slot.appendItem(), path)
    }

    mutating func encodeNil() throws { next().0.set(.null) }
    mutating func encode(_ value: some Encodable) throws {
        let (item, path) = next()
        try item.store(value, path: path, options: options)
    }
    mutating func encode(_ value: Bool) throws { try encodeValue(value) }
    mutating func encode(_ value: String) throws { try encodeValue(value) }
    mutating func encode(_ value: Double) throws { try encodeValue(value) }
    mutating func encode(_ value: Float) throws { try encodeValue(value) }
    mutating func encode(_ value: Int) throws { try encodeValue(value) }
    mutating func encode(_ value: Int8) throws { try encodeValue(value) }
    mutating func encode(_ value: Int16) throws { try encodeValue(value) }
    mutating func encode(_ value: Int32) throws { try encodeValue(value) }
    mutating func encode(_ value: Int64) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt8) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt16) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt32) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt64) throws { try encodeValue(value) }

    private func encodeValue(_ value: some Encodable) throws {
        let (item, path) = next()
        try item.store(value, path: path, options: options)
    }

    mutating func nestedContainer<Nested: CodingKey>(keyedBy type: Nested.Type) -> KeyedEncodingContainer<Nested> {
        let (item, path) = next()
        return SlotEncoder(slot: item, codingPath: path, options: options).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let (item, path) = next()
        return SlotEncoder(slot: item, codingPath: path, options: options).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let (item, path) = next()
        return SlotEncoder(slot: item, codingPath: path, options: options)
    }
}
