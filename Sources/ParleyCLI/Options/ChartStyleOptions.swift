import ArgumentParser
import Parley
import ParleyLayout
import ParleyScene

/// The options render, export and report share: how every chart looks and which language
/// it is in. One group, so an option added here reaches all three commands, and the export's
/// workers, which parse the same command line.
struct ChartStyleOptions: ParsableArguments {
    @Option(help: "The colours: print is greyscale and names parties in labels.")
    var theme = ThemeName.light

    @Option(help: "Font family for every label.")
    var font = Font.defaultFamily

    @OptionGroup
    var languageOptions: LanguageOptions

    @Flag(inversion: .prefixedNo, help: "Draw the charts' titles.")
    var title = true

    @Option(help: ArgumentHelp("transparent, or a colour (#hex or CSS name) to replace the theme's.", valueName: "colour"))
    var background: BackgroundArgument?

    @Flag(help: "Let flag pictures come from outside the model's folder.")
    var allowExternalImages = false

    @Option(help: "Clock for every time printed: 24 (14:43) or 12 (2:43 p.m.) (default: 24).")
    var clock: ClockStyle?

    @Option(help: "Lay every chart out for a page or column, to include at 100 % (see docs/sizes.md).")
    var fit: PageFit?

    /// The chart's language: the one `--lang` (export: the first; see `languages`).
    var language: String? { languageOptions.language }

    /// Every language `--lang` names, in order.
    var languages: [String] { languageOptions.languages }

    /// A request for `chart` with these options; the command adds its own (size, rounds…).
    func request(chart: String = OverviewLayout.name, layout: LayoutOptions = LayoutOptions()) -> ChartRequest {
        var layout = layout
        layout.theme = theme.theme
        layout.fontFamily = font
        layout.language = language
        layout.showsTitle = title
        layout.clock = clock ?? layout.clock
        if let fit { layout.width = fit.width }
        var request = ChartRequest(chart: chart, layout: layout)
        request.write.background = background?.color
        request.allowExternalImages = allowExternalImages
        return request
    }
}
