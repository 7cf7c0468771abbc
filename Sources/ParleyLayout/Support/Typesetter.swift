import ParleyColor
import ParleyScene

/// Sets text in the chart's family and theme: the one place charts turn strings into runs.
/// Every measurement goes through one `TextMeasurementCache` per chart: each distinct text is
/// measured once, and a long label cut by its box is set from a prefix, not its whole length.
struct Typesetter {
    let measurer: TextMeasurementCache
    let family: String
    let theme: Theme

    init(measurer: any TextMeasuring, family: String, theme: Theme) {
        self.measurer = TextMeasurementCache.wrapping(measurer)
        self.family = family
        self.theme = theme
    }

    enum Role { case title, subtitle, heading, body, small, tick }

    func font(_ role: Role) -> Font {
        switch role {
        case .title: Font(family: family, size: 18, weight: .bold)
        case .subtitle: Font(family: family, size: 13)
        case .heading: Font(family: family, size: 12, weight: .bold)
        case .body: Font(family: family, size: 12)
        case .small: Font(family: family, size: 10.5)
        case .tick: Font(family: family, size: 10)
        }
    }

    func defaultColor(_ role: Role) -> Color {
        switch role {
        case .title, .heading, .body: theme.text
        case .subtitle, .small, .tick: theme.secondaryText
        }
    }

    func run(
        _ text: String, _ role: Role, at anchor: Point, alignment: TextAlignment = .left, maxWidth: Double? = nil,
        overflow: TextOverflow = .ellipsis, color: Color? = nil, weight: Font.Weight? = nil
    ) -> TextRun {
        var font = font(role)
        if let weight { font = font.with(weight: weight) }
        return run(
            text, font: font, color: color ?? defaultColor(role), at: anchor, alignment: alignment, maxWidth: maxWidth, overflow: overflow)
    }

    /// A run in a font of the caller's choosing (charts with sizes of their own).
    func run(
        _ text: String, font: Font, color: Color, at anchor: Point, alignment: TextAlignment = .left, maxWidth: Double? = nil,
        overflow: TextOverflow = .ellipsis
    ) -> TextRun {
        let shown = measurer.shownText(text, font: font, maxWidth: maxWidth, overflow: overflow)
        return TextRun.measured(
            shown, font: font, color: color, anchor: anchor, alignment: alignment, maxWidth: maxWidth, overflow: overflow,
            measurer: measurer)
    }

    func width(_ text: String, _ role: Role) -> Double { measurer.measure(text, font: font(role)).width }

    /// The width of `text` on one line, or any width of at least `cap` when it is wider: for
    /// callers that clamp to `cap`, so a 10,000-character name is measured only past the cap.
    func width(_ text: String, _ role: Role, cappedAt cap: Double) -> Double {
        measurer.width(of: text, font: font(role), cappedAt: cap)
    }
    func lineHeight(_ role: Role) -> Double { measurer.measure("Hg", font: font(role)).height }
}

/// The title block every chart starts with: a bold title and a quieter subtitle, wrapped to width.
struct TitleBlock {
    static func make(title: String, subtitle: String, at origin: Point, width: Double, typesetter: Typesetter) -> (
        nodes: [SceneNode], height: Double
    ) {
        var nodes: [SceneNode] = []
        var y = origin.y
        if !title.isEmpty {
            let run = typesetter.run(title, .title, at: Point(x: origin.x, y: y), maxWidth: width, overflow: .wrap)
            nodes.append(.text(run))
            y += run.metrics.height + 4
        }
        if !subtitle.isEmpty {
            let run = typesetter.run(subtitle, .subtitle, at: Point(x: origin.x, y: y), maxWidth: width, overflow: .wrap)
            nodes.append(.text(run))
            y += run.metrics.height
        }
        return (nodes, y - origin.y)
    }
}
