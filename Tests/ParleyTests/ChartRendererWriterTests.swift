import Parley
import ParleyScene
import ParleyTestSupport
import Testing

/// `ChartRenderer` writes through the format table, applies the request's write options in
/// the writers, and reports writers' failures as typed `.write` errors, never as I/O.
@Suite struct ChartRendererWriterTests {
    private let model: LoadedModel
    init() throws {
        TestFonts.pin()
        model = try Parley.load(RepositoryPaths.samples + "/istanbul-2025.yaml")
    }

    @Test(arguments: OutputFormat.allCases)
    func renderGivesTheBytesOfTheFormatsWriter(_ format: OutputFormat) throws {
        let renderer = try ChartRenderer()
        let request = ChartRequest(chart: "timeline", write: WriteOptions(scale: 2, svgIDPrefix: "t-"))
        let scene = try renderer.scene(of: model, request: request)
        let bytes = try renderer.render(scene, request: request, format: format)
        #expect(bytes == (try format.writer.write(scene, options: request.write)))
        #expect(try Parley.render(model, request: request, format: format) == bytes)
    }

    @Test func theBackgroundOverrideIsTheWritersNotTheScenes() throws {
        let renderer = try ChartRenderer()
        let request = ChartRequest(chart: "timeline", write: WriteOptions(background: .clear))
        let scene = try renderer.scene(of: model, request: request)
        #expect(scene.background != nil)
        var cleared = scene
        cleared.background = nil
        #expect(try renderer.render(scene, request: request, format: .json) == cleared.jsonBytes())
    }

    @Test func aBadIDPrefixIsAWriteErrorWithTheSameMessage() throws {
        let renderer = try ChartRenderer()
        let request = ChartRequest(chart: "timeline", write: WriteOptions(svgIDPrefix: "a:b"))
        let scene = try renderer.scene(of: model, request: request)
        let problem = try #require(WriteOptions.idPrefixProblem("a:b"))
        #expect(problem.hasPrefix("the id prefix holds ':'; an id prefix may hold ASCII letters"))
        do {
            _ = try renderer.render(scene, request: request, format: .svg)
            Issue.record("a bad prefix was written")
        } catch {
            guard case .write(.badIDPrefix(let message)) = error else {
                Issue.record("not a write error: \(error)")
                return
            }
            #expect(message == problem)
            #expect(error.description == "error: \(problem)")
        }
    }

    @Test func aTooLargePNGIsAWriteError() throws {
        let renderer = try ChartRenderer()
        let request = ChartRequest(chart: "timeline", write: WriteOptions(scale: 30))
        let scene = try renderer.scene(of: model, request: request)
        do {
            _ = try renderer.render(scene, request: request, format: .png)
            Issue.record("a PNG past the pixel budget was written")
        } catch {
            guard case .write(.tooManyPixels(_, _, let scale)) = error else {
                Issue.record("not a write error: \(error)")
                return
            }
            #expect(scale == 30)
            #expect(error.description.hasPrefix("error: this PNG would be "))
        }
        // The same scale is no problem for a vector format.
        #expect(try renderer.render(scene, request: request, format: .svg).isEmpty == false)
    }

    @Test func aTextSetUpFailureSaysSo() {
        let error = ParleyError.textSetup(.cairo(operation: "pango_cairo_create_layout", message: "no layout"))
        #expect(error.description == "error: cannot set up text: Cairo failed in pango_cairo_create_layout: no layout")
    }
}
