/// A JSON document whose objects keep their members in order, so that writing it gives the
/// same bytes every time; the one JSON representation every Parley target uses.
public indirect enum JSONValue: Hashable, Sendable {
    /// JSON `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number; JSON text has no integers of its own, so whole numbers are `Double`s too.
    case number(Double)
    /// A string, unescaped.
    case string(String)
    /// An array, items in order.
    case array([JSONValue])
    /// Members in the order they are written; `JSONValue(parsing:)` never yields a key twice.
    case object([(String, JSONValue)])

    /// Equal when of the same kind and, for objects, with the same members in the same order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Hashes the members in order, agreeing with `==`.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .number(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let items): hasher.combine(items)
        case .object(let members):
            for (key, value) in members {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }

    /// An object with its members sorted by key (by Unicode scalars), for documents whose
    /// order has no meaning of its own.
    public static func sortedObject(_ members: [String: JSONValue]) -> JSONValue {
        .object(members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) })
    }
}

extension JSONValue {
    /// The member `key` of an object; `nil` for a missing key or a value that is no object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The text when this is a string, else `nil`.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The number when this is a number, else `nil`.
    public var doubleValue: Double? {
        if case .number(let value) = self { value } else { nil }
    }

    /// The number when it is a whole number an `Int` holds exactly.
    public var intValue: Int? {
        guard case .number(let value) = self, let whole = Int(exactly: value) else { return nil }
        return whole
    }

    /// The flag when this is `true` or `false`, else `nil`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    /// The items when this is an array, else `nil`.
    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { items } else { nil }
    }

    /// Whether this is `null` (a missing member is `nil`, not `null`).
    public var isNull: Bool {
        if case .null = self { true } else { false }
    }
}
