import ParleyLayout
import ParleyModel
import ParleyScene

/// The library's front door, the whole pipeline in one screen: load a model, lay out a chart
/// as a scene, write the scene in a format.
///
/// ```swift
/// let model = try Parley.load("Samples/istanbul-2025.yaml")
/// let png = try Parley.render(model, request: ChartRequest(chart: "overview"), format: .png)
/// ```
///
/// Batch export (`ParleyExport`) and reports (`ParleyReport`) are built on these calls.
public enum Parley {
    /// The version `parley --version` prints.
    public static let version = "0.1.0"

    /// Reads and checks the model at `path` (`-` reads standard input); its flag pictures are
    /// read from its own folder.
    public static func load(_ path: String) throws(ParleyError) -> LoadedModel {
        do {
            let result = try MeetingLoader.load(path: path)
            return LoadedModel(
                meeting: result.meeting, warnings: result.warnings, file: path == "-" ? "<stdin>" : path,
                baseFolder: LoadedModel.baseFolder(ofModel: path))
        } catch {
            throw .model(error)
        }
    }

    /// Reads and checks model bytes (YAML or JSON); `file` names them in diagnostics and
    /// `baseFolder` is where their relative flag pictures are read from.
    public static func load(bytes: [UInt8], file: String, baseFolder: String) throws(ParleyError) -> LoadedModel {
        do {
            let result = try MeetingLoader.parse(bytes, file: file)
            return LoadedModel(meeting: result.meeting, warnings: result.warnings, file: file, baseFolder: baseFolder)
        } catch {
            throw .model(error)
        }
    }

    /// Lays out one chart of `model`; on the calling thread with a fresh measurer (for many
    /// charts keep a `ChartRenderer`).
    public static func scene(of model: LoadedModel, request: ChartRequest) throws(ParleyError) -> Scene {
        try ChartRenderer().scene(of: model, request: request)
    }

    /// The bytes of one chart of `model` in `format`.
    public static func render(_ model: LoadedModel, request: ChartRequest, format: OutputFormat) throws(ParleyError) -> [UInt8] {
        let renderer = try ChartRenderer()
        return try renderer.render(try renderer.scene(of: model, request: request), request: request, format: format)
    }

    /// The plain-language summary of a meeting, or of one round with its seating, its times on
    /// `clock`, then the notes and sources the model gives of them, every source in full: what
    /// the SVGs carry in `<desc>`.
    public static func describe(_ model: LoadedModel, roundID: String? = nil, clock: ClockStyle = .twentyFour) throws(ParleyError)
        -> String
    {
        let meeting = model.meeting
        let options = LayoutOptions(clock: clock)
        guard let roundID else {
            return NotesDescription.describing(MeetingDescription.overview(meeting, options: options), meeting: meeting, options: options)
        }
        guard let round = meeting.round(roundID) else {
            throw .layout(
                file: model.file, LayoutError.unknownRound(id: roundID, known: meeting.rounds.map(\.id)))
        }
        return NotesDescription.describing(
            SeatingDescription.text(round, meeting: meeting, options: options), meeting: meeting, round: round, options: options)
    }
}
