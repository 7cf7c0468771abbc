import Foundation
import Parley
import ParleyLayout
import ParleyReport
import ParleyScene
import ParleyTestSupport
import Testing

/// A model's relative flag pictures are read from its base folder, whoever draws it and
/// whatever the current folder: the facade, a renderer and the reports.
struct BaseFolderTests {
    init() { TestFonts.pin() }

    private func istanbul(baseFolder: String) throws -> LoadedModel {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.sample("istanbul-2025"))))
        return try Parley.load(bytes: bytes, file: "from-memory.yaml", baseFolder: baseFolder)
    }

    @Test func modelBytesFindTheirFlagsInTheBaseFolderGiven() throws {
        let model = try istanbul(baseFolder: RepositoryPaths.samples)
        let request = ChartRequest(chart: "seating", layout: LayoutOptions(roundID: "round-2"))
        let renderer = try ChartRenderer()
        let scene = try renderer.scene(of: model, request: request)
        #expect(renderer.warnings.isEmpty, "\(renderer.warnings)")
        #expect(scene.flattened().contains { if case .image = $0.node { true } else { false } })
        #expect(try Parley.render(model, request: request, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func aBaseFolderWithoutTheFlagIsAnErrorAtTheFlag() throws {
        let empty = try TemporaryDirectory()
        let model = try istanbul(baseFolder: empty.url.path)
        #expect {
            try Parley.scene(of: model, request: ChartRequest(chart: "seating", layout: LayoutOptions(roundID: "round-2")))
        } throws: { error in
            "\(error)".contains("from-memory.yaml:") && "\(error)".contains("flags/tr.svg")
        }
    }

    @Test func reportsReadFlagsFromTheModelsBaseFolder() throws {
        let folder = try TemporaryDirectory()
        let report = folder.file("report.html").path
        let warnings = try ReportWriter.write(try istanbul(baseFolder: RepositoryPaths.samples), to: report, format: .html)
        #expect(warnings.isEmpty, "\(warnings)")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("<image") || html.contains("data:image"), "the seating charts draw the flag picture")
    }
}
