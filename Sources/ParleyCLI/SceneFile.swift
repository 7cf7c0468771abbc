import Foundation
import Parley
import ParleyModel
import ParleyScene

/// A scene document (`render --format json`) as a file to draw, and how to tell one from a
/// meeting model, so each command can say which of the two it was given.
enum SceneFile {
    /// The largest scene read, well above any chart a model within its limits lays out.
    static let maximumBytes = 256 << 20

    /// Whether `bytes` start as a scene document does: `{"format": "parley-scene"`, with any
    /// white space. Only the first bytes are looked at.
    static func looksLikeScene(_ bytes: some Collection<UInt8>) -> Bool {
        let significant = bytes.prefix(256).filter { !(" \t\r\n".utf8.contains($0)) }
        return significant.starts(with: Array(#"{"format":"parley-scene""#.utf8))
    }

    /// The error line for `parley render` given a scene instead of a model, or nil when `path`
    /// is not one (standard input is not peeked at: it cannot be read twice).
    static func misreadAsModel(_ path: String) -> String? {
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: 256), looksLikeScene(start) else { return nil }
        return "error: \(path) is a Parley scene, not a meeting model; draw it with parley draw \(path) -o FILE"
    }

    /// Reads the scene at `path` (`-` for standard input). A file that is not a scene is an
    /// error naming its place (`file:line:column:` for bad JSON) or saying what it is instead.
    static func read(_ path: String) throws(ParleyError) -> Scene {
        let name = path == "-" ? "<stdin>" : path
        let bytes = try contents(of: path)
        do {
            return try Scene(jsonBytes: bytes)
        } catch {
            if !looksLikeScene(bytes), (try? Parley.load(bytes: bytes, file: name, baseFolder: ".")) != nil {
                throw .io("\(name) is a meeting model, not a scene; draw its charts with parley render \(name) -o FILE")
            }
            switch error {
            case .syntax(let syntax):
                let place = SourceLocation(file: name, line: syntax.line, column: syntax.column)
                throw .model(ModelError(diagnostics: [Diagnostic(.error, at: place, "not a scene: \(syntax.message)")]))
            case .content(let reason):
                throw .io(
                    "\(name) is not a Parley scene: \(reason); draw a file that parley render --format json wrote (docs/scene-json.md)")
            }
        }
    }

    private static func contents(of path: String) throws(ParleyError) -> [UInt8] {
        let name = path == "-" ? "standard input" : path
        let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
        guard let handle else { throw .io("cannot read \(name): no such file, or it may not be read") }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            guard data.count <= maximumBytes else {
                throw ParleyError.io("\(name) is more than \(maximumBytes) bytes; the limit for a scene is \(maximumBytes)")
            }
            return Array(data)
        } catch let error as ParleyError {
            throw error
        } catch {
            throw .io("cannot read \(name): \(error.localizedDescription)")
        }
    }
}
