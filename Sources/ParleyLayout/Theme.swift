import ParleyColor
import ParleyScene

/// Colours and sizes shared by every chart, so charts look like one family.
public struct Theme: Sendable, Hashable {
    /// The `--theme` name, as `ThemeName` spells it.
    public var name: String
    /// Canvas colour behind everything.
    public var background: Color
    /// Titles, labels and body text.
    public var text: Color
    /// Captions, axis labels and other text that should recede.
    public var secondaryText: Color
    /// Grid lines and thin outlines (legend swatches, flags).
    public var rule: Color
    /// Fill of panels, the table top and flags drawn as plain panels.
    public var panel: Color
    /// Sessions and other marks that belong to no party.
    public var accent: Color
    /// Party colours for parties that give none, in order: twelve, each ≥ 3:1 on the background and
    /// the panel, every pair ΔE00 ≥ 15 for normal and deuteranopic vision (found by a max–min
    /// search over the sRGB cube, lightness kept off black and white so no party reads as text).
    public var palette: [Color]

    /// Dark text on white, the default.
    public static let light = Theme(
        name: "light", background: .white, text: Color(rgb: 0x1F2328), secondaryText: Color(rgb: 0x57606A),
        rule: Color(rgb: 0xD0D7DE), panel: Color(rgb: 0xF6F8FA), accent: Color(rgb: 0x4269D0),
        palette: [
            0x3C69D2, 0x4B3C00, 0xFF4B00, 0xFF3CA5, 0x004B3C, 0x789669, 0x965A87, 0x780069, 0x0000E1, 0xC31E0F, 0xD25AF0, 0x00784B,
        ].map { Color(rgb: $0) })

    /// Light text on a near-black canvas, with a brighter palette.
    public static let dark = Theme(
        name: "dark", background: Color(rgb: 0x0D1117), text: Color(rgb: 0xE6EDF3), secondaryText: Color(rgb: 0x9198A1),
        rule: Color(rgb: 0x3D444D), panel: Color(rgb: 0x151B23), accent: Color(rgb: 0x6E9BF5),
        palette: [
            0x6996F0, 0xFFE100, 0x00784B, 0xA5F0E1, 0x0FB478, 0x0F69B4, 0x875A78, 0x1EFFA5, 0xD278A5, 0x87B40F, 0xA55A00, 0xC3C3FF,
        ].map { Color(rgb: $0) })

    /// Black and greys on white, for printing without colour.
    public static let print = Theme(
        name: "print", background: .white, text: .black, secondaryText: Color(rgb: 0x404040),
        rule: Color(rgb: 0xA0A0A0), panel: Color(rgb: 0xF0F0F0), accent: Color(rgb: 0x595959),
        palette: [0x000000, 0x474747, 0x858585].map { Color(rgb: $0) })

    /// Every theme, in the order `ThemeName` lists them.
    public static let all = [light, dark, print]

    /// The theme users call `name`; `nil` for a name no theme has.
    public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }

    /// A party colour as this theme draws it: a model's colour too close to the background
    /// (navy on dark, yellow or white on light) is lifted to WCAG's 3:1 for graphics.
    public func partyColor(_ color: Color) -> Color {
        color.legible(on: background, towards: text)
    }
}

/// The themes by the names users give them (`--theme`), so the set is closed and a command line
/// can list it.
public enum ThemeName: String, Sendable, Hashable, CaseIterable {
    /// `--theme light`, `dark` or `print`.
    case light, dark, print

    /// The colours this name stands for.
    public var theme: Theme {
        switch self {
        case .light: .light
        case .dark: .dark
        case .print: .print
        }
    }
}
