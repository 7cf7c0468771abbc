import Parley
import ParleyCLI
import ParleyLayout
import ParleyModel
import ParleyScene

/// One chart the preview shows: a chart of the meeting or of one round, as `parley export`
/// places it (`ChartRegistry.exported`), so a chart added to the registry shows up here too.
public struct PreviewChart: Sendable, Hashable {
    /// `timeline` for a chart of the meeting, `round-2/seating` for one of a round: unique in a model.
    public var key: String
    /// The chart's `--chart` name.
    public var chart: String
    /// The round it draws; `nil` for the whole meeting.
    public var roundID: String?
    /// The round's title as the model gives it (else its id); `nil` for the meeting.
    public var roundTitle: String?
    /// What the chart shows, in one line (`ChartLayout.summary`).
    public var summary: String

    /// Every chart of `meeting`, in export order: the meeting's, then round by round.
    public static func of(_ meeting: Meeting) -> [PreviewChart] {
        ChartRegistry.exported(in: meeting).map { placed in
            let round = placed.roundID.flatMap(meeting.round)
            return PreviewChart(
                key: placed.roundID.map { "\($0)/\(placed.chart)" } ?? placed.chart, chart: placed.chart, roundID: placed.roundID,
                roundTitle: placed.roundID.map { round?.title ?? $0 },
                summary: ChartRegistry.chart(named: placed.chart)?.summary ?? placed.chart)
        }
    }

    /// The chart options to draw this chart with: `options` (the preview's, by their command-line
    /// names) where this chart takes them — `--align` only for a chart of several rounds that
    /// aligns, `--clock` only for one that prints times — with its own chart and round.
    public func options(from options: [PreviewOption]) -> [(name: String, value: String)] {
        let layout = ChartRegistry.chart(named: chart)
        let takes = layout?.options ?? []
        let kept = options.filter { option in
            switch option.name {
            case "align": roundID == nil && takes.contains(.alignment)
            case "clock": takes.contains(.clock)
            case "rounds": roundID == nil && takes.contains(.roundSelection)
            case "chart", "round": false
            default: true
            }
        }
        return [("chart", chart)] + (roundID.map { [("round", $0)] } ?? []) + kept.map { ($0.name, $0.value) }
    }

    /// Checks `options` as `parley render` checks them, on the chart that takes the most of
    /// them (the timeline of all rounds), so a bad value stops the preview before it starts.
    public static func check(_ options: [PreviewOption]) throws(ChartArguments.Problem) {
        let timeline = PreviewChart(key: "timeline", chart: "timeline", roundID: nil, roundTitle: nil, summary: "")
        _ = try timeline.request(from: options)
    }

    /// The request that draws this chart as the page's SVG: its ids prefixed with its key, so
    /// the page's inlined SVGs never share an id.
    func request(from options: [PreviewOption]) throws(ChartArguments.Problem) -> ChartRequest {
        var request = try ChartArguments.request(self.options(from: options), format: .svg)
        if request.write.svgIDPrefix.isEmpty {
            request.write.svgIDPrefix = WriteOptions.idPrefix(from: "p-" + key)
        }
        return request
    }
}

/// One chart option of the preview, by its command-line name without `--` (`theme`, `lang`).
public struct PreviewOption: Sendable, Hashable {
    /// The option's name, as `ChartArguments.names` lists it.
    public var name: String
    /// Its value, as on the command line (`true`/`false` for `title`).
    public var value: String

    /// An option `name` with `value`.
    public init(_ name: String, _ value: String) { self.name = name; self.value = value }
}

/// What the page's switches change: theme and language, over the preview's own options.
public struct PreviewVariant: Sendable, Hashable {
    /// `light`, `dark` or `print`; `nil` keeps the preview's.
    public var theme: String?
    /// A language code or `native`; `nil` keeps the preview's.
    public var language: String?

    /// The preview's options with this variant's switches in place of theirs.
    func applied(to options: [PreviewOption]) -> [PreviewOption] {
        var result = options
        if let theme {
            result.removeAll { $0.name == "theme" || $0.name == "dark-theme" && $0.value == theme }
            result.append(PreviewOption("theme", theme))
        }
        if let language {
            result.removeAll { $0.name == "lang" }
            result.append(PreviewOption("lang", language))
        }
        return result
    }

    /// A variant that keeps the preview's options.
    public init(theme: String? = nil, language: String? = nil) {
        self.theme = theme?.isEmpty == true ? nil : theme
        self.language = language?.isEmpty == true ? nil : language
    }
}
