/// A page or column a chart is made for (`--fit`): the chart is laid out at that width, so it
/// is included at 100 % and every label stays at `Font.minimumSize` or above on the page.
/// One scene unit is one point (1/72 in) in every format; docs/sizes.md lists the widths.
public enum PageFit: String, Sendable, Hashable, CaseIterable {
    /// The text block of an A4 page with 25 mm margins: 210 mm − 2 × 25 mm = 160 mm.
    case a4
    /// The text block of a US Letter page with 1 in margins: 8.5 in − 2 × 1 in = 6.5 in.
    case letter
    /// A 700-CSS-pixel article column (a CSS pixel is 3/4 of a point).
    case article

    /// The width in points that the chart is laid out at.
    public var width: Double {
        switch self {
        case .a4: 160 / 25.4 * 72
        case .letter: 6.5 * 72
        case .article: 700 * 0.75
        }
    }
}
