import ArgumentParser
import Parley
import ParleyLayout
import ParleyScene

/// The options render, export and report share: how every chart looks and which names it
/// uses. One group, so an option added here reaches all three commands, and the export's
/// workers, which parse the same command line.
struct ChartStyleOptions: ParsableArguments {
    @Option(help: "The colours: print is greyscale and names parties in labels.")
    var theme = ThemeName.light

    @Option(help: "Font family for every label.")
    var font = Font.defaultFamily

    @Option(help: "Language for names: en, ru, uk, tr, native (each party's own spelling)…", completion: ModelCompletions.names)
    var names: String?

    /// The former spelling of `--names`, kept so scripts keep working.
    @Option(help: .hidden)
    var lang: String?

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

    func validate() throws {
        if let names, let lang, names != lang {
            throw ValidationError("--names and --lang are one option (--lang is its old name); give it once")
        }
    }

    /// The language names are given in; `nil` for the model's `name`.
    var language: String? { names ?? lang }

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
