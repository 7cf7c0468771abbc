/// The kinds of code points that output languages treat specially, named once so that every
/// escape (XML, HTML, Markdown, PDF, terminal) draws the same lines.
extension Unicode.Scalar {
    /// C0 controls (U+0000–U+001F), DEL and the C1 controls (U+0080–U+009F): a terminal acts on
    /// them (ESC starts a sequence; U+009B is the 8-bit CSI) and XML 1.0 forbids most of them.
    public var isControlCode: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

    /// The 66 noncharacters (U+FDD0–U+FDEF and the last two code points of every plane):
    /// valid UTF-8, yet XML 1.0 forbids U+FFFE and U+FFFF and Cairo refuses all of them.
    public var isNoncharacter: Bool { (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE }

    /// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what
    /// follows them, so echoed text can make a line read differently from its bytes
    /// ("Trojan Source"). The marks (LRM, RLM, ALM) only nudge neutral characters and are kept.
    public var isBidiOverride: Bool { (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) }

    /// Line and paragraph separators (U+2028, U+2029), which some editors and terminals break
    /// lines at although they are not controls.
    public var isLineSeparator: Bool { value == 0x2028 || value == 0x2029 }
}
