import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Each file in Samples/invalid shows one class of error; its first line says the exact
/// diagnostic (`# expect: line:column: error: message`) that loading it must give.
@Suite struct InvalidSampleTests {
    static let files: [String] =
        (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.invalidSamples))?
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted() ?? []

    @Test func thereIsOneFilePerErrorClass() {
        #expect(Self.files.count >= 15)
    }

    @Test(arguments: files)
    func failsWithTheExactMessageAndLocation(_ name: String) throws {
        let path = RepositoryPaths.invalidSamples + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let firstLine = try #require(text.split(separator: "\n").first)
        let expected = try #require(firstLine.firstRange(of: "# expect: ").map { String(firstLine[$0.upperBound...]) })
        do {
            _ = try MeetingLoader.load(path: path)
            Issue.record("\(name) loaded without errors")
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(error.diagnostics)")
            #expect(errors.first?.description == "\(path):\(expected)")
        }
    }
}
