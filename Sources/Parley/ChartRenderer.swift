import ParleyCairo
import ParleyLayout
import ParleyModel
import ParleyScene

/// What to draw and how: the chart, its layout options, and the byte-level choices.
public struct ChartRequest: Sendable, Hashable {
    public var chart: String
    public var layout: LayoutOptions
    public var render: RenderOptions
    /// Replaces the theme's background; `.clear` for a transparent canvas.
    public var background: Color?
    /// Lets flag pictures come from outside the model's folder.
    public var allowExternalImages = false

    public init(
        chart: String = OverviewLayout.name, layout: LayoutOptions = LayoutOptions(), render: RenderOptions = RenderOptions(),
        background: Color? = nil
    ) {
        self.chart = chart; self.layout = layout; self.render = render; self.background = background
    }
}

/// The pipeline in one place: model → layout → scene → bytes. Holds a text measurer, which
/// belongs to the thread that made it: make one renderer per thread.
public final class ChartRenderer {
    private let measurer: PangoTextMeasurer
    private let renderer = SceneRenderer()
    /// Flag pictures of the last scene made that fell back to the party's colour.
    public private(set) var warnings: [Diagnostic] = []

    public init() throws(ParleyError) {
        do {
            measurer = try PangoTextMeasurer()
        } catch let error as RenderError {
            throw .render(error)
        } catch {
            throw .io("cannot set up text: \(error)")
        }
    }

    /// Lays out the chart of a loaded model: its flag pictures come from its base folder.
    public func scene(of model: LoadedModel, request: ChartRequest) throws(ParleyError) -> Scene {
        try scene(of: model.meeting, file: model.file, baseFolder: model.baseFolder, request: request)
    }

    /// Lays out the chart and returns its scene (what `json` writes). `file` names the model in
    /// errors; relative flag pictures are read from `baseFolder`, by default the folder of `file`.
    public func scene(of meeting: Meeting, file: String = "", baseFolder: String? = nil, request: ChartRequest) throws(ParleyError)
        -> Scene
    {
        guard let chart = ChartRegistry.chart(named: request.chart) else {
            throw .layout(
                file: file, LayoutError.unknownChart(name: request.chart, known: ChartRegistry.names))
        }
        var options = request.layout
        warnings = []
        if chart.drawsFlags, meeting.parties.contains(where: { if case .image = $0.flag { true } else { false } }) {
            let flags = try FlagImageLoader.load(
                for: meeting, folder: baseFolder ?? LoadedModel.baseFolder(ofModel: file), allowExternal: request.allowExternalImages)
            options.flagImages = flags.images
            warnings = flags.warnings
        }
        var scene: Scene
        do {
            scene = try chart.init().layout(meeting, options: options, measurer: measurer)
        } catch {
            throw .layout(file: file, error)
        }
        if let background = request.background { scene.background = background.alpha == 0 ? nil : background }
        return scene
    }

    public func render(_ meeting: Meeting, file: String = "", request: ChartRequest, format: OutputFormat) throws(ParleyError) -> [UInt8] {
        try render(scene(of: meeting, file: file, request: request), request: request, format: format)
    }

    /// Draws a scene already laid out.
    public func render(_ scene: Scene, request: ChartRequest, format: OutputFormat) throws(ParleyError) -> [UInt8] {
        guard let cairoFormat = format.cairoFormat else { return scene.jsonBytes() }
        do {
            return try renderer.render(scene, as: cairoFormat, options: request.render)
        } catch let error as RenderError {
            throw .render(error)
        } catch {
            throw .io("\(error)")
        }
    }
}
