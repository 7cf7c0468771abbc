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
    /// The debug build of the `parley` executable (`swift build --build-tests` makes it), or
    /// `PARLEY_EXECUTABLE` (a sanitizer build, say).
    public static var parleyExecutable: String {
        ProcessInfo.processInfo.environment["PARLEY_EXECUTABLE"] ?? root + "/.build/debug/parley"
    }

    /// The debug build of a snippet in `Snippets/` (SwiftPM builds each as an executable).
    public static func snippet(_ name: String) -> String { root + "/.build/debug/" + name }
}
