import Foundation
import Parley
import ParleyLayout
import ParleyModel
import ParleyScene

#if canImport(Glibc)
    import Glibc
#endif

/// Exports one model's files into the output folder, in the parent or in a worker: reads the
/// model once, checks it still has the meeting id settled for it, and writes file after file,
/// journalling each, stopping between files when asked to.
struct ModelExport: @unchecked Sendable {
    let folder: OutputFolder
    let journal: ManifestJournal
    let options: ExportOptions
    /// Whether to stop before the next file (a signal, or a worker's parent gone).
    var shouldStop: @Sendable () -> Bool = { ExportInterruption.requestedSignal != nil }

    /// `made` is the thread's renderer, or why it could not be made: then every model it was
    /// to export fails with that reason.
    func export(_ model: WorkerRequest, renderer made: Result<ChartRenderer, ParleyError>?) -> ModelOutcome {
        let file = model.file
        let renderer: ChartRenderer
        switch made {
        case .success(let made): renderer = made
        case .failure(let error):
            return ModelOutcome(index: model.index, failure: "\(TerminalEscape.line(file)): \(error.lines.joined(separator: "\n"))")
        case nil:
            return ModelOutcome(index: model.index, failure: "\(TerminalEscape.line(file)): error: no renderer was made for this export")
        }
        var outcome = ModelOutcome(index: model.index)
        if shouldStop() { return stopped(outcome, file: file) }
        do throws(ParleyError) {
            let loaded = try Parley.load(file)
            let meeting = loaded.meeting
            // The model's own warnings (colours too close, a local time that happens twice) are
            // said as `render` and `validate` say them, not dropped.
            outcome.warnings += loaded.warnings.map { TerminalEscape.line($0.description) }
            guard meeting.id == model.expectedID else {
                let before = model.expectedID.map { "its meeting id was '\($0)' and is now '\(meeting.id)'" } ?? "it did not load before"
                return ModelOutcome(
                    index: model.index,
                    failure:
                        "\(file): error: the model changed while it was being exported (\(before)); nothing was written for it; export again"
                )
            }
            // Every language is checked before the first file, so a model is written in all or none.
            let languages = options.isMultilingual ? options.languages : [options.request.layout.language].compactMap { $0 }
            // A language only the model's names are in is warned of by the renderer, once.
            for language in languages { try Parley.checkLanguage(language, for: meeting) }
            let items = ExportPlan.items(for: meeting, formats: options.formats, languages: options.languages)
            if let conflict = ExportPlan.conflict(in: items, manifestName: options.manifestName) {
                return ModelOutcome(index: model.index, failure: "\(file): error: \(conflict)")
            }
            for item in items {
                if shouldStop() { return stopped(outcome, file: file) }
                var request = options.request
                request.chart = item.chart
                request.layout.roundID = item.round
                if let language = item.language { request.layout.language = language }
                // Ids in one report page must differ: prefix each SVG with its path.
                request.write.svgIDPrefix = WriteOptions.idPrefix(
                    from: item.path.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-") + "-")
                let scene = try renderer.scene(of: meeting, file: file, request: request)
                // Every chart that draws flags meets the same flag warnings: say each once.
                for warning in renderer.warnings.map({ TerminalEscape.line($0.description) }) where !outcome.warnings.contains(warning) {
                    outcome.warnings.append(warning)
                }
                let bytes = try renderer.render(scene, of: meeting, file: file, request: request, format: item.format)
                if try folder.writeIfChanged(bytes, to: item.path) { outcome.written += 1 } else { outcome.unchanged += 1 }
                let scale = item.format.isRaster ? request.write.scale : 1
                var entry = Manifest.Entry(
                    path: item.path, source: file, meeting: meeting.id, chart: item.chart, round: item.round,
                    format: item.format.rawValue,
                    width: Int((scene.size.width * scale).rounded(.up)), height: Int((scene.size.height * scale).rounded(.up)),
                    bytes: bytes.count, sha256: SHA256.hex(bytes))
                entry.language = request.layout.language
                outcome.entries.append(entry)
                try journal.append(entry)
            }
            return outcome
        } catch {
            // The files written before the failure stay, and stay listed. Escaped lines, so the
            // parent can print the failure a line each without re-parsing it.
            outcome.failure = error.lines(naming: file).joined(separator: "\n")
            return outcome
        }
    }

    /// The outcome so far of a model the export was stopped in: the files written stay listed.
    private func stopped(_ outcome: ModelOutcome, file: String) -> ModelOutcome {
        var outcome = outcome
        let signal = ExportInterruption.requestedSignal.map { " by \(WorkerProcess.signalName($0))" } ?? ""
        outcome.failure = "\(TerminalEscape.line(file)): error: not exported: the export was stopped\(signal)"
        outcome.stopped = true
        return outcome
    }
}
