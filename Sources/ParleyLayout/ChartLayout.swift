import ParleyModel
import ParleyScene

/// What every chart needs besides the model: the measurer, the canvas and the look.
public struct LayoutOptions: Sendable, Hashable {
    /// Canvas width in points; `nil` for the chart's natural width.
    public var width: Double?
    /// Canvas height in points; `nil` grows the canvas to fit.
    public var height: Double?
    public var theme: Theme
    public var fontFamily: String
    public var showsTitle: Bool
    /// Language for party and person names (`en`, `ru`, `native`…); `nil` for the model's `name`.
    public var language: String?
    /// The round to draw, for charts of one round.
    public var roundID: String?

    public init(
        width: Double? = nil, height: Double? = nil, theme: Theme = .light, fontFamily: String = Font.defaultFamily,
        showsTitle: Bool = true, language: String? = nil, roundID: String? = nil
    ) {
        self.width = width; self.height = height; self.theme = theme; self.fontFamily = fontFamily
        self.showsTitle = showsTitle; self.language = language; self.roundID = roundID
    }
}

/// Why a chart could not be laid out: the model lacks what it needs, or the options are off.
public struct LayoutError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A kind of chart: a pure function from a model to a scene.
public protocol ChartLayout: Sendable {
    /// The name users pass as `--chart`.
    static var name: String { get }
    static var summary: String { get }
    init()
    func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene
}
