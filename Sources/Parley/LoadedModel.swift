import Foundation
import ParleyModel

/// A meeting read from a file or from bytes, with what the later stages need to know about
/// where it came from: the name its diagnostics give, and the folder its relative flag
/// pictures are read from (so rendering does not depend on the current folder).
public struct LoadedModel: Sendable {
    /// The checked model.
    public var meeting: Meeting
    /// Warnings met while loading (the model is valid).
    public var warnings: [Diagnostic]
    /// The name diagnostics give the model: its path as given, or `<stdin>`.
    public var file: String
    /// Where `{image: flags/tr.svg}` is looked for: the model's own folder, or the current
    /// folder for standard input.
    public var baseFolder: String

    /// Makes a loaded model from one read elsewhere; `file` and `baseFolder` say where it came from.
    public init(meeting: Meeting, warnings: [Diagnostic] = [], file: String, baseFolder: String) {
        self.meeting = meeting; self.warnings = warnings; self.file = file; self.baseFolder = baseFolder
    }

    /// The folder a model at `path` reads relative pictures from.
    public static func baseFolder(ofModel path: String) -> String {
        path == "-" || path.isEmpty || path == "<stdin>"
            ? FileManager.default.currentDirectoryPath
            : URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
}
