import ParleyCairo
import ParleyLayout
import ParleyModel
import ParleySVG
import ParleyScene

/// What to draw and how: the chart, its layout options, and the byte-level choices (the
/// background override among them).
public struct ChartRequest: Sendable, Hashable {
    /// The chart's `--chart` name; an unknown name is a layout error when the scene is made.
    public var chart: String
    /// Canvas, theme, language, rounds and the other choices the layout takes.
    public var layout: LayoutOptions
    /// Scale, background, SVG id prefix and metadata: the choices the writer takes.
    public var write: WriteOptions
    /// Lets flag pictures come from outside the model's folder.
    public var allowExternalImages = false
    /// Whether flag pictures given as paths are read at all. The render server says no: a
    /// request then cannot make it touch a file, and such flags fall back to the party's
    /// colour with a warning (pictures written as `data:` URIs are still drawn).
    public var readsFlagFiles = true
    /// A second theme whose colours a native SVG takes under `prefers-color-scheme: dark`
    /// (`--dark-theme`); the chart is laid out in both. Other formats and Cairo's SVG have one
    /// palette and ignore it (the command line refuses the combination).
    public var darkTheme: Theme?

    /// Makes a request for the overview with default options.
    public init(chart: String = OverviewLayout.name, layout: LayoutOptions = LayoutOptions(), write: WriteOptions = WriteOptions()) {
        self.chart = chart; self.layout = layout; self.write = write
    }
}

/// The pipeline in one place: model → layout → scene → bytes. Holds a text measurer, which
/// belongs to the thread that made it: make one renderer per thread.
public final class ChartRenderer {
    private let measurer: PangoTextMeasurer
    /// Flag pictures of the last scene made that fell back to the party's colour, and the texts
    /// it shortened.
    public private(set) var warnings: [Diagnostic] = []

    /// Makes a renderer with its own Pango measurer; throws when text cannot be set up.
    public init() throws(ParleyError) {
        do {
            measurer = try PangoTextMeasurer()
        } catch let error as RenderError {
            throw .textSetup(error)
        } catch {
            // `PangoTextMeasurer.init` throws only `RenderError`, but is not typed.
            throw .textSetup(.cairo(operation: "PangoTextMeasurer.init", message: "\(error)"))
        }
    }

    /// The measurer the charts are laid out with, for callers that lay out more around them
    /// (report pages).
    public var textMeasurer: any TextMeasuring { measurer }

    /// Lays out the chart of a loaded model: its flag pictures come from its base folder.
    public func scene(of model: LoadedModel, request: ChartRequest) throws(ParleyError) -> Scene {
        try scene(of: model.meeting, file: model.file, baseFolder: model.baseFolder, request: request)
    }

    /// Lays out the chart and returns its scene, before the request's background override
    /// (which the writers apply, the scene JSON's too). `file` names the model in
    /// errors; relative flag pictures are read from `baseFolder`, by default the folder of `file`.
    public func scene(of meeting: Meeting, file: String = "", baseFolder: String? = nil, request: ChartRequest) throws(ParleyError)
        -> Scene
    {
        guard let chart = ChartRegistry.chart(named: request.chart) else {
            throw .layout(
                file: file, LayoutError.unknownChart(name: request.chart, known: ChartRegistry.names))
        }
        var options = request.layout
        // The meeting's `lang:` stands for a `--lang` not given: one language for the words
        // and the names, however a layout reads it.
        options.language = options.language ?? meeting.defaultLanguage
        warnings = []
        if let warning = try Parley.checkLanguage(request.layout.language, for: meeting) { warnings.append(warning) }
        if chart.drawsFlags, meeting.parties.contains(where: { if case .image = $0.flag { true } else { false } }) {
            let flags = try FlagImageLoader.load(
                for: meeting, folder: baseFolder ?? LoadedModel.baseFolder(ofModel: file), allowExternal: request.allowExternalImages,
                readsFiles: request.readsFlagFiles)
            options.flagImages = flags.images
            warnings = flags.warnings
        }
        do {
            let fitted = try chart.init().fittedLayout(meeting, options: options, measurer: measurer)
            warnings += fitted.warnings
            var scene = fitted.scene
            // The language the words came out in travels with the scene, for the writers' `xml:lang`.
            scene.language = options.strings(for: meeting).language
            return scene
        } catch {
            throw .layout(file: file, error)
        }
    }

    /// Lays out the chart of `meeting` and writes it in `format`; `file` names the model in errors.
    public func render(_ meeting: Meeting, file: String = "", request: ChartRequest, format: OutputFormat) throws(ParleyError) -> [UInt8] {
        try render(scene(of: meeting, file: file, request: request), of: meeting, file: file, request: request, format: format)
    }

    /// Writes a scene already laid out from `meeting`: with a dark theme and native SVG, lays
    /// the chart out again in the dark theme and writes one SVG with both palettes; otherwise
    /// as `render(_:request:format:)`. The SVG root carries the language of the chart's words.
    public func render(
        _ scene: Scene, of meeting: Meeting, file: String = "", baseFolder: String? = nil, request: ChartRequest, format: OutputFormat
    ) throws(ParleyError) -> [UInt8] {
        guard let darkTheme = request.darkTheme, format == .svg, request.write.svgText == .native else {
            return try render(scene, request: request, format: format)
        }
        var darkRequest = request
        darkRequest.layout.theme = darkTheme
        let lightWarnings = warnings
        let dark = try self.scene(of: meeting, file: file, baseFolder: baseFolder, request: darkRequest)
        warnings = lightWarnings
        do throws(SceneWriterError) {
            return try NativeSVGWriter(fonts: PangoFontEmbedding()).write(scene, dark: dark, options: request.write)
        } catch {
            throw .write(error)
        }
    }

    /// Writes a scene already laid out with the format's writer from the format table.
    public func render(_ scene: Scene, request: ChartRequest, format: OutputFormat) throws(ParleyError) -> [UInt8] {
        do throws(SceneWriterError) {
            return try format.writer.write(scene, options: request.write)
        } catch {
            throw .write(error)
        }
    }
}
