/// The CSS family name of an embedded face: readable, and derived from the bytes it declares,
/// so two documents inlined in one page never give one name to two different subsets (a
/// browser would merge them and lose the characters of one).
enum EmbeddedFaceName {
    /// `parley-<postscript name>-<weight>[i]-<hash of the data>`, e.g. `parley-dejavusans-bold-700-3f2a9c1e`.
    static func family(postScriptName: String, weight: Int, isItalic: Bool, data: [UInt8]) -> String {
        let hash = String(fnv1a(data) & 0xFFFF_FFFF, radix: 16)
        return prefix(of: postScriptName, weight: weight, isItalic: isItalic) + String(repeating: "0", count: 8 - hash.count) + hash
    }

    /// The name up to the hash: `parley-<postscript name>-<weight>[i]-`.
    static func prefix(of postScriptName: String, weight: Int, isItalic: Bool) -> String {
        let slug = String(
            String.UnicodeScalarView(
                postScriptName.lowercased().unicodeScalars.map { ("0"..."9").contains($0) || ("a"..."z").contains($0) ? $0 : "-" }))
        return "parley-\(slug)-\(weight)\(isItalic ? "i" : "")-"
    }

    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
