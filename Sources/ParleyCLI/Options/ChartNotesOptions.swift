import ArgumentParser
import Parley
import ParleyLayout

/// `--notes`, for the commands that draw charts on their own (render, export). A report takes
/// no such option: it lists every note and source itself, numbered as its footnotes, and draws
/// its charts without them.
struct ChartNotesOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "How much of the model's notes and sources a chart draws: full (numbered markers, the notes and the sources), markers (the markers and the sources), none. The SVG description keeps them all. (default: full)",
            valueName: "mode"))
    var notes: NotesMode?

    /// `request` with the notes mode applied.
    func applied(to request: ChartRequest) -> ChartRequest {
        var request = request
        request.layout.notes = notes ?? .full
        return request
    }
}
