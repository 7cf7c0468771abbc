/// The id prefix of a document given none: `p`, eight hex digits of the 64-bit FNV-1a hash of
/// the document written without a prefix, and `-`. Different charts get different prefixes, so
/// any number of them inline into one page; the same scene always gets the same one.
public enum DocumentPrefix {
    /// The prefix for a document whose unprefixed bytes are `bytes`.
    public static func derived(from bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let folded = UInt32(truncatingIfNeeded: hash >> 32) ^ UInt32(truncatingIfNeeded: hash)
        let hex = String(folded, radix: 16)
        return "p" + String(repeating: "0", count: 8 - hex.count) + hex + "-"
    }
}
