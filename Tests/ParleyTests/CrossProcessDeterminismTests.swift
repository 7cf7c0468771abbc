import Foundation
import Parley
import ParleyLayout
import ParleyScene
import ParleyTestSupport
import Testing

/// The same model gives the same bytes in separate processes (no addresses, hash seeds, dates
/// or counters leak into the output), and the built tool writes what the library lays out.
@Suite struct CrossProcessDeterminismTests {
    init() { TestFonts.pin() }

    private static let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    private func render(_ arguments: [String], format: String, in folder: TemporaryDirectory, as name: String) throws -> [UInt8] {
        let output = folder.file("\(name).\(format)").path
        let run = CommandRunner.parley(["render", Self.sample] + arguments + ["--format", format, "-o", output])
        try #require(run.status == 0, "parley render failed: \(run.stderr)")
        return Array(try #require(FileManager.default.contents(atPath: output)))
    }

    @Test(arguments: [["--chart", "timeline"], ["--chart", "seating", "--round", "round-2"], ["--chart", "seating-compare"]])
    func twoProcessesWriteTheSameBytes(_ arguments: [String]) throws {
        let folder = try TemporaryDirectory()
        // SVG and PDF too: Cairo numbers some of their ids and objects from process-wide counters.
        for format in ["json", "png", "svg", "pdf"] {
            let first = try render(arguments, format: format, in: folder, as: "first")
            let second = try render(arguments, format: format, in: folder, as: "second")
            #expect(!first.isEmpty && first == second, "\(arguments.joined(separator: " ")) --format \(format)")
        }
    }

    @Test func theToolWritesTheSceneTheLibraryLaysOut() throws {
        let folder = try TemporaryDirectory()
        let written = try render(["--chart", "seating", "--round", "round-2"], format: "json", in: folder, as: "scene")
        let meeting = try Parley.load(Self.sample).meeting
        let request = ChartRequest(chart: SeatingLayout.name, layout: LayoutOptions(roundID: "round-2"))
        let scene = try ChartRenderer().scene(of: meeting, file: Self.sample, request: request)
        #expect(try Scene(jsonBytes: written) == scene)
        #expect(try written == scene.jsonBytes())
    }
}
