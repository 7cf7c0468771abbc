/// Writing: two-space indentation (or one line), keys in their order, strings escaped only
/// where RFC 8259 requires, numbers in the shortest form that reads back to the same `Double`.
extension JSONValue {
    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: 0, pretty: true)
        out += "\n"
        return out
    }

    /// On one line without spaces or a final newline: for JSON Lines.
    public func compactSerialized() -> String {
        var out = ""
        write(to: &out, indent: 0, pretty: false)
        return out
    }

    private func write(to out: inout String, indent: Int, pretty: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += JSONValue.format(value)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            writeList(items, open: "[", close: "]", to: &out, indent: indent, pretty: pretty) { item, out in
                item.write(to: &out, indent: indent + 1, pretty: pretty)
            }
        case .object(let members):
            writeList(members, open: "{", close: "}", to: &out, indent: indent, pretty: pretty) { member, out in
                JSONValue.writeString(member.0, to: &out)
                out += pretty ? ": " : ":"
                member.1.write(to: &out, indent: indent + 1, pretty: pretty)
            }
        }
    }

    private func writeList<Item>(
        _ items: [Item], open: String, close: String, to out: inout String, indent: Int, pretty: Bool,
        writeItem: (Item, inout String) -> Void
    ) {
        if items.isEmpty {
            out += open + close
            return
        }
        let pad = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
        out += open
        for (index, item) in items.enumerated() {
            out += index == 0 ? pad : "," + pad
            writeItem(item, &out)
        }
        out += pretty ? "\n" + String(repeating: "  ", count: indent) + close : close
    }

    /// The shortest text that reads back to `value` (Swift's `description`, which guarantees
    /// that), whole numbers without ".0"; `null` for the non-finite, which JSON cannot hold.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return value.sign == .minus ? "-0" : "0" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
