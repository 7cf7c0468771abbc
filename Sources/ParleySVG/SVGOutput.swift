import ParleyColor
import ParleyScene

/// The bytes of a document being written, with the places its id prefix goes: the prefix may
/// be derived from the finished document (`DocumentPrefix`), so it is inserted last, in one copy.
struct SVGOutput {
    private(set) var bytes: [UInt8] = []
    /// Offsets in `bytes` where the prefix stands, in increasing order.
    private(set) var prefixSlots: [Int] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(bytes other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func append(output other: SVGOutput) {
        let base = bytes.count
        bytes.append(contentsOf: other.bytes)
        prefixSlots.append(contentsOf: other.prefixSlots.map { $0 + base })
    }

    /// Element content or a quoted attribute value, escaped.
    mutating func appendEscaped(_ text: String) {
        // Most texts are plain ASCII with nothing to escape: check the bytes before building a string.
        var plain = true
        for byte in text.utf8
        where byte < 0x20 || byte >= 0x7F || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            plain = false
            break
        }
        if plain { bytes.append(contentsOf: text.utf8) } else { bytes.append(contentsOf: XMLEscape.attribute(text).utf8) }
    }

    /// Marks where the id prefix goes.
    mutating func appendPrefix() { prefixSlots.append(bytes.count) }

    /// The document with `prefix` in every slot.
    func finished(prefix: String) -> [UInt8] {
        let prefixBytes = Array(prefix.utf8)
        guard !prefixBytes.isEmpty, !prefixSlots.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + prefixBytes.count * prefixSlots.count)
        var copied = 0
        for slot in prefixSlots {
            out.append(contentsOf: bytes[copied..<slot])
            out.append(contentsOf: prefixBytes)
            copied = slot
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    /// A number as SVG reads it: at most three decimals, no exponent, no `-0`, nothing
    /// after the point when it is whole. Non-finite values, which no drawing can use, are 0.
    mutating func append(number value: Double) {
        guard value.isFinite else {
            bytes.append(0x30)
            return
        }
        let limit = 1e15
        var thousandths = Int64((min(max(value, -limit), limit) * 1000).rounded())
        if thousandths == 0 {
            bytes.append(0x30)
            return
        }
        if thousandths < 0 {
            bytes.append(0x2D)
            thousandths = -thousandths
        }
        appendDigits(UInt64(thousandths / 1000))
        var fraction = Int(thousandths % 1000)
        guard fraction != 0 else { return }
        bytes.append(0x2E)
        var width = 3
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(0x30 + fraction / divisor % 10))
            divisor /= 10
        }
    }

    private mutating func appendDigits(_ value: UInt64) {
        var divisor: UInt64 = 1
        while value / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(0x30 + value / divisor % 10))
            divisor /= 10
        }
    }

    /// ` name="value"` for a number.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        bytes.append(0x20)
        append(name)
        append("=\"")
        append(number: value)
        bytes.append(0x22)
    }

    /// `#rrggbb` (or `#rgb` when that says the same), ignoring alpha.
    mutating func append(hex color: Color) {
        let channels = [color.red, color.green, color.blue].map { UInt8(max(0, min(255, ($0 * 255).rounded()))) }
        bytes.append(0x23)
        let hexDigits = Array("0123456789abcdef".utf8)
        if channels.allSatisfy({ $0 >> 4 == $0 & 0xF }) {
            for channel in channels { bytes.append(hexDigits[Int(channel & 0xF)]) }
        } else {
            for channel in channels {
                bytes.append(hexDigits[Int(channel >> 4)])
                bytes.append(hexDigits[Int(channel & 0xF)])
            }
        }
    }

    /// An opacity as SVG reads it, clamped to 0…1.
    mutating func append(opacity: Double) { append(number: max(0, min(1, opacity.isFinite ? opacity : 1))) }
}
