import Foundation

/// Where the repository's own files are, for tests that read samples or run the built tool.
public enum RepositoryPaths {
    public static let root: String = {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/")
    }()

    public static var samples: String { root + "/Samples" }
    public static var invalidSamples: String { root + "/Samples/invalid" }

    /// The models in `Samples/` by name without extension, sorted: tests that cover every
    /// sample take this list, so a sample added is covered without editing a test.
    public static var sampleNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samples)) ?? []
        return files.filter { file in [".yaml", ".yml", ".json"].contains { file.hasSuffix($0) } }
            .map { String($0.prefix(upTo: $0.lastIndex(of: ".") ?? $0.endIndex)) }.sorted()
    }

    /// The path of the sample named `name` (as in `sampleNames`).
    public static func sample(_ name: String) -> String {
        let candidates = [".yaml", ".yml", ".json"].map { samples + "/" + name + $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }
    /// The debug build of the `parley` executable (`swift build --build-tests` makes it), or
    /// `PARLEY_EXECUTABLE` (a sanitizer build, say).
    public static var parleyExecutable: String {
        ProcessInfo.processInfo.environment["PARLEY_EXECUTABLE"] ?? root + "/.build/debug/parley"
    }

    /// The debug build of a snippet in `Snippets/` (SwiftPM builds each as an executable).
    public static func snippet(_ name: String) -> String { root + "/.build/debug/" + name }
}
