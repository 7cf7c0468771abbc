import Foundation
import Parley
import ParleyCLI
import ParleyJSON
import ParleyModel
import Synchronization

/// What `parley preview` keeps between saves: the last model that loaded, its charts drawn as
/// SVG, the problems of the last save, and the pages listening. A save (of the model or of a
/// flag picture it uses) loads the model again, draws every chart on the render pool, and then
/// tells the pages, which fetch the new pictures (`picture(key:variant:)`) from what is drawn.
public final class PreviewSession: Sendable {
    /// The model file, as given (diagnostics name it so).
    public let modelPath: String
    /// The preview's chart options, by their command-line names.
    public let options: [PreviewOption]
    /// The pages listening for updates.
    public let events = PreviewEventHub()
    let pool: RenderPool
    let watcher: FileWatcher
    /// How long one chart may take to draw.
    let renderBudget: Duration

    private struct PictureKey: Hashable {
        var chart: String
        var variant: PreviewVariant
    }

    private struct State {
        var generation = 0
        /// The last model that loaded, whose charts the pictures are of.
        var model: LoadedModel?
        /// Counts the models that loaded, so a picture drawn for an older one is not kept.
        var modelVersion = 0
        var charts: [PreviewChart] = []
        /// The problems of the last save, one `file:line:column: error: …` a line; none when it drew.
        var problems: [String] = []
        var warnings: [String] = []
        /// Charts whose picture is from an earlier save: the last one failed to draw them.
        var stale: Set<String> = []
        /// The switches the page asked for last, whose pictures a save draws at once.
        var variant = PreviewVariant()
        var pictures: [PictureKey: [UInt8]] = [:]
    }

    private let state = Mutex(State())
    private let requests = Mutex<[PictureKey: ChartRequest]>([:])
    private let changes: AsyncStream<Void>.Continuation
    private let changeStream: AsyncStream<Void>

    /// A session for the model at `modelPath` drawn with `options`, rendering on `workers`
    /// threads. The files are looked at every `pollInterval` and a save is drawn once they have
    /// stayed as they are for 20 ms (an editor's save can be several writes).
    public init(
        modelPath: String, options: [PreviewOption], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        pollInterval: Duration = .milliseconds(10), renderBudget: Duration = .seconds(10)
    ) {
        self.modelPath = modelPath
        self.options = options
        self.renderBudget = renderBudget
        pool = RenderPool(workers: workers, queueLimit: 256)
        watcher = FileWatcher(paths: [modelPath], interval: pollInterval, quiet: .milliseconds(20))
        // Saves that come while the charts are drawn are one more redraw, not one each.
        (changeStream, changes) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Draws the model once and then again on every save, until `stop()`; returns when stopped.
    public func run() async {
        let watcher = self.watcher, changes = self.changes
        let thread = Thread {
            while watcher.nextChange() != nil { changes.yield() }
            changes.finish()
        }
        thread.name = "parley-preview-watch"
        thread.start()
        await rebuild()
        for await _ in changeStream { await rebuild() }
    }

    /// Stops watching and drawing, and ends every page's stream.
    public func stop() {
        watcher.stop()
        changes.finish()
        events.finish()
        pool.stop()
    }

    /// The generation of the last save drawn (0 before the first).
    public var generation: Int { state.withLock { $0.generation } }

    /// Loads the model again and draws every chart in the page's current variant, then tells the pages.
    func rebuild() async {
        let variant = state.withLock { $0.variant }
        let loaded: LoadedModel
        do {
            loaded = try Parley.load(modelPath)
        } catch {
            let files = WatchedFiles.of(modelPath: modelPath, loaded: state.withLock { $0.model })
            watcher.watch(files)
            publish { state in
                state.problems = error.lines
                state.warnings = []
                state.stale = Set(state.charts.map(\.key))
            }
            return
        }
        watcher.watch(WatchedFiles.of(modelPath: modelPath, loaded: loaded))
        let charts = PreviewChart.of(loaded.meeting)
        let drawn = await withTaskGroup(of: (String, Drawing).self) { group in
            for chart in charts {
                group.addTask { (chart.key, await self.draw(chart, of: loaded, variant: variant)) }
            }
            var drawn: [String: Drawing] = [:]
            for await (key, drawing) in group { drawn[key] = drawing }
            return drawn
        }
        publish { state in
            var pictures: [PictureKey: [UInt8]] = [:]
            var problems: [String] = [], warnings = loaded.warnings.map(\.description), stale: Set<String> = []
            for chart in charts {
                let key = PictureKey(chart: chart.key, variant: variant)
                switch drawn[chart.key] ?? .failed(["error: the chart '\(chart.key)' was not drawn"]) {
                case .svg(let bytes, let chartWarnings):
                    pictures[key] = bytes
                    for warning in chartWarnings where !warnings.contains(warning) { warnings.append(warning) }
                case .failed(let lines):
                    problems += lines.filter { !problems.contains($0) }
                    stale.insert(chart.key)
                    // The last good picture stays, marked stale on the page.
                    if let old = state.pictures[key] { pictures[key] = old }
                }
            }
            state.model = loaded
            state.modelVersion += 1
            state.charts = charts
            state.pictures = pictures
            state.problems = problems
            state.warnings = warnings
            state.stale = stale
        }
    }

    /// A chart drawn, or why it was not.
    enum Drawing: Sendable {
        case svg([UInt8], warnings: [String])
        case failed([String])
    }

    /// The request of a chart in a variant, read through the command line's option parser
    /// once per chart and variant: parsing it at every save cost as much as drawing.
    private func request(for chart: PreviewChart, variant: PreviewVariant) throws(ChartArguments.Problem) -> ChartRequest {
        let key = PictureKey(chart: chart.key, variant: variant)
        if let known = requests.withLock({ $0[key] }) { return known }
        let request = try chart.request(from: variant.applied(to: options))
        requests.withLock { $0[key] = request }
        return request
    }

    private func draw(_ chart: PreviewChart, of model: LoadedModel, variant: PreviewVariant) async -> Drawing {
        let request: ChartRequest
        do {
            request = try self.request(for: chart, variant: variant)
        } catch {
            return .failed(["error: \(error.message)"])
        }
        do throws(RenderPool.Failure) {
            return try await pool.run(timeout: renderBudget) { renderer in
                do throws(ParleyError) {
                    let scene = try renderer.scene(of: model, request: request)
                    let bytes = try renderer.render(
                        scene, of: model.meeting, file: model.file, baseFolder: model.baseFolder, request: request, format: .svg)
                    return .svg(bytes, warnings: renderer.warnings.map(\.description))
                } catch {
                    return .failed(error.lines(naming: model.file))
                }
            }
        } catch {
            return .failed(["error: the chart '\(chart.key)' could not be drawn (\(error))"])
        }
    }

    /// Applies `change` to the state under a new generation and sends it to every page.
    private func publish(_ change: (inout State) -> Void) {
        let event = state.withLock { state in
            state.generation += 1
            change(&state)
            return Self.event(of: state)
        }
        events.publish(event)
    }

    /// The state as the page reads it (`event: state`, JSON data).
    private static func event(of state: State) -> String {
        func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
        let charts = state.charts.map { chart -> JSONValue in
            .object([
                ("key", .string(chart.key)), ("chart", .string(chart.chart)), ("round", chart.roundID.map(JSONValue.string) ?? .null),
                ("roundTitle", chart.roundTitle.map(JSONValue.string) ?? .null), ("summary", .string(chart.summary)),
                ("stale", .bool(state.stale.contains(chart.key))),
                ("version", state.pictures[PictureKey(chart: chart.key, variant: state.variant)].map { .string(version(of: $0)) } ?? .null),
            ])
        }
        let json = JSONValue.object([
            ("generation", .number(Double(state.generation))), ("ok", .bool(state.problems.isEmpty)),
            // The switches the versions are of: a page with other switches fetches every picture.
            ("theme", state.variant.theme.map(JSONValue.string) ?? .null),
            ("lang", state.variant.language.map(JSONValue.string) ?? .null),
            ("problems", strings(state.problems)), ("warnings", strings(state.warnings)), ("charts", .array(charts)),
        ])
        return PreviewEventHub.event("state", data: json.compactSerialized())
    }

    /// A short fingerprint of a picture (64-bit FNV-1a), so that a page fetches only the charts a
    /// save changed: parsing and laying out a chart's SVG, fonts and all, is most of a page's update.
    static func version(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    /// The SVG of the chart `key` in `variant`: drawn already by the last save, or drawn now
    /// from the last model that loaded. The variant becomes the one later saves draw at once.
    public func picture(key: String, variant: PreviewVariant) async -> RenderReply {
        let (found, chart, model, version) = state.withLock { state in
            state.variant = variant
            return (
                state.pictures[PictureKey(chart: key, variant: variant)], state.charts.first { $0.key == key }, state.model,
                state.modelVersion
            )
        }
        if let found { return RenderReply(status: 200, contentType: OutputFormat.svg.mediaType, body: found) }
        guard let chart, let model else {
            return .problems(404, ["error: the model has no chart '\(key)'; the page lists the charts it has"])
        }
        switch await draw(chart, of: model, variant: variant) {
        case .svg(let bytes, _):
            state.withLock { state in
                // Kept only while it is still of the last model that loaded.
                if state.modelVersion == version { state.pictures[PictureKey(chart: key, variant: variant)] = bytes }
            }
            return RenderReply(status: 200, contentType: OutputFormat.svg.mediaType, body: bytes)
        case .failed(let lines):
            return .problems(400, lines)
        }
    }
}
