import ParleyCairo
import ParleyLayout
import ParleyModel
import ParleyScene

/// Layout and the writers under every model that loads: each chart of the registry, for all
/// rounds and for a few single rounds, is either refused with a one-line layout error or laid
/// out as a scene that passes `SceneChecks`, and that scene is written as SVG, PNG, PDF and
/// scene JSON, each passing `OutputChecks`. A writer that fails on such a scene is a finding.
public enum ChartsFuzzer {
    /// Inputs over this size are skipped, so each execution stays well under a second; the
    /// loader fuzzer covers larger ones. The samples are under 7 KiB.
    public static let maxInputBytes = 16 << 10
    /// PNGs are drawn at a scale that keeps them under this many pixels: the same drawing calls
    /// as at full size, without spending the run on filling pixels.
    static let maxPNGPixels = 1_000_000.0

    // Pango pays for fontconfig once per process; libFuzzer runs every input on this one thread.
    nonisolated(unsafe) private static var cachedMeasurer: PangoTextMeasurer?

    public static func check(_ bytes: [UInt8]) -> FuzzOutcome {
        var outcome = FuzzOutcome()
        guard bytes.count <= maxInputBytes else {
            outcome.skipped = true
            return outcome
        }
        guard case .loaded(let meeting, _) = LoaderFuzzer.parse(bytes, checkingInto: &outcome) else { return outcome }
        let measurer: PangoTextMeasurer
        do {
            measurer = try cachedMeasurer ?? PangoTextMeasurer()
            cachedMeasurer = measurer
        } catch {
            outcome.violation("cannot set up Pango to measure text: \(error)")
            return outcome
        }
        var options = FuzzChartOptions(bytes).layout
        options.flagImages = FlagPictures.images(for: meeting)
        for chart in ChartRegistry.charts {
            for roundID in roundChoices(meeting) {
                options.roundID = roundID
                let context = "\(chart.name) chart of \(roundID.map { "round '\($0)'" } ?? "all rounds")"
                let scene: Scene
                do {
                    scene = try chart.init().layout(meeting, options: options, measurer: measurer)
                } catch {
                    outcome.refusals += 1
                    if error.message.isEmpty || error.message.contains(where: \.isNewline) {
                        outcome.violation(
                            "\(context): refused with a message that is empty or not one line: \(error.message.debugDescription)")
                    }
                    continue
                }
                outcome.scenes += 1
                let violationsBefore = outcome.violations.count
                SceneChecks.check(scene, context, into: &outcome)
                // Writers are promised well-formed scenes; a broken one is already the finding.
                guard outcome.violations.count == violationsBefore else { continue }
                write(scene, context, into: &outcome)
            }
        }
        return outcome
    }

    /// All rounds, the first round and the last: a bounded few that still reach single-round
    /// charts, one-round meetings and the end of a long list.
    static func roundChoices(_ meeting: Meeting) -> [String?] {
        var choices: [String?] = [nil]
        for round in [meeting.rounds.first, meeting.rounds.last].compactMap({ $0 }) where !choices.contains(round.id) {
            choices.append(round.id)
        }
        return choices
    }

    static func write(_ scene: Scene, _ context: String, into outcome: inout FuzzOutcome) {
        let area = scene.size.width * scene.size.height
        let scale = min(1, (maxPNGPixels / area).squareRoot())
        // The Cairo writers by hand: this target sits below the facade and its format table.
        let writers: [(String, any SceneWriter)] = [("svg", CairoSVGWriter()), ("png", CairoPNGWriter()), ("pdf", CairoPDFWriter())]
        for (format, writer) in writers {
            let bytes: [UInt8]
            do {
                bytes = try writer.write(scene, options: WriteOptions(scale: scale))
            } catch {
                outcome.violation("\(context): the \(format) writer failed on a well-formed scene: \(error)")
                continue
            }
            outcome.renders += 1
            let formatContext = "\(context), \(format)"
            switch writer {
            case is CairoSVGWriter: OutputChecks.svg(bytes, formatContext, into: &outcome)
            case is CairoPDFWriter: OutputChecks.pdf(bytes, formatContext, into: &outcome)
            default:
                let width = Int((scene.size.width * scale).rounded(.up)), height = Int((scene.size.height * scale).rounded(.up))
                OutputChecks.png(bytes, width: width, height: height, formatContext, into: &outcome)
            }
        }
        outcome.renders += 1
        do {
            OutputChecks.json(try scene.jsonBytes(), of: scene, "\(context), scene JSON", into: &outcome)
        } catch {
            outcome.violation("\(context): the scene cannot be written as JSON: \(error)")
        }
    }
}
