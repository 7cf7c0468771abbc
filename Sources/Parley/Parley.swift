import ParleyCairo
@_exported import ParleyLayout
@_exported import ParleyModel
@_exported import ParleyScene

@_exported import enum ParleyCairo.PNGWriter
@_exported import struct ParleyCairo.RenderOptions

/// The library's front door: load a model, get the bytes of a chart.
///
/// ```swift
/// let model = try Parley.load("Samples/istanbul-2025.yaml")
/// let png = try Parley.render(model.meeting, request: ChartRequest(chart: "overview"), format: .png)
/// ```
public enum Parley {
    public static let version = "0.1.0"

    public static func load(_ path: String) throws(ParleyError) -> MeetingLoader.Result {
        do {
            return try MeetingLoader.load(path: path)
        } catch {
            throw .model(error)
        }
    }

    /// Renders on the calling thread with a fresh pipeline; for many charts keep a `ChartRenderer`.
    public static func render(_ meeting: Meeting, request: ChartRequest, format: OutputFormat) throws(ParleyError) -> [UInt8] {
        try ChartRenderer().render(meeting, request: request, format: format)
    }

    /// The plain-language summary of a meeting, or of one round with its seating: the same text
    /// the SVGs carry in `<desc>` and reports use as alt text.
    public static func describe(_ meeting: Meeting, roundID: String? = nil) throws(ParleyError) -> String {
        guard let roundID else { return MeetingDescription.overview(meeting) }
        guard let round = meeting.round(roundID) else {
            throw .layout(
                file: "", LayoutError.unknownRound(id: roundID, known: meeting.rounds.map(\.id)))
        }
        return SeatingDescription.text(round, meeting: meeting)
    }

    /// Exports every chart of the models in `inputs` (files or folders); see `Exporter`.
    public static func export(_ inputs: [String], options: ExportOptions = ExportOptions()) throws(ParleyError) -> ExportSummary {
        try Exporter.run(inputs, options: options)
    }
}
