import ParleyModel
import ParleyScene

/// A chart laid out to fit, with every text it had to shorten.
public struct FittedScene: Sendable {
    /// The chart, with its "Shortened labels" key when it shortened anything.
    public var scene: Scene
    /// What the chart shortened, in drawing order; empty when it showed every text whole.
    public var shortened: [ShortenedText]
    /// The chart's `--chart` name, for the warnings.
    public var chart: String

    /// One warning per shortened text, at the model's place when known.
    public var warnings: [Diagnostic] { shortened.map { $0.warning(chart: chart) } }
}

extension ChartLayout {
    /// The chart as every caller should make it: laid out, then, only when it had to shorten
    /// text, given a key that lists those texts in full (and the same in its description).
    /// Errors name the chart where the layout could not (a width too narrow for it).
    public func fittedLayout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError)
        -> FittedScene
    {
        // One cache for the chart and its key, so a long text set from a prefix is known in full.
        let cache = TextMeasurementCache.wrapping(measurer)
        let scene: Scene
        do {
            scene = try layout(meeting, options: options, measurer: cache)
        } catch {
            if case .widthTooNarrow(let asked, let minimum, nil) = error {
                throw .widthTooNarrow(asked: asked, minimum: minimum, chart: Self.name)
            }
            throw error
        }
        let shortened = ShortenedText.find(in: scene, meeting: meeting, cache: cache)
        guard !shortened.isEmpty else { return FittedScene(scene: scene, shortened: [], chart: Self.name) }
        let keyed = try ShortenedKey.add(shortened, to: scene, options: options, measurer: cache, strings: options.strings(for: meeting))
        return FittedScene(scene: keyed, shortened: shortened, chart: Self.name)
    }
}
