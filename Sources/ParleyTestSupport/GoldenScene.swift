import Foundation
import ParleyJSON
import ParleyScene

/// Checked-in scene snapshots (`*.scene.json`), compared byte for byte with a scene's JSON.
///
/// `PARLEY_RECORD=1` writes the golden instead of comparing (and says so); a missing golden
/// fails, naming the file and how to record it; a difference names the first member that
/// differs by its JSON path, with both values and the node it belongs to.
public enum GoldenScene {
    /// What a comparison found.
    public enum Outcome: Equatable, Sendable {
        case matched
        /// `PARLEY_RECORD=1` was set: the golden at this path was (re)written.
        case recorded(String)
        /// The failure to report: a missing golden or the first difference.
        case failed(String)

        public var failure: String? {
            if case .failed(let message) = self { message } else { nil }
        }
    }

    /// The command that records every golden scene again.
    public static let recordCommand = "PARLEY_RECORD=1 swift test --filter GoldenSceneTests"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["PARLEY_RECORD"] == "1" }

    /// Compares `scene`'s JSON with the golden at `path`, or records it there.
    public static func check(_ scene: Scene, golden path: String, recording: Bool = isRecording) -> Outcome {
        let actual: [UInt8]
        do { actual = try scene.jsonBytes() } catch { return .failed("the scene cannot be written as JSON: \(error)") }
        if recording {
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(actual).write(to: URL(fileURLWithPath: path))
            } catch {
                return .failed("cannot record the golden scene \(path): \(error)")
            }
            return .recorded(path)
        }
        guard let expected = FileManager.default.contents(atPath: path) else {
            return .failed("the golden scene \(path) is missing; record it with `\(recordCommand)`")
        }
        return compare(expected: Array(expected), actual: actual, name: path)
    }

    /// The outcome of comparing golden bytes with a scene's JSON bytes.
    public static func compare(expected: [UInt8], actual: [UInt8], name: String) -> Outcome {
        guard expected != actual else { return .matched }
        let rerecord = "if the change is meant, record it again with `\(recordCommand)`"
        let golden: JSONValue
        do { golden = try JSONValue(parsing: expected) } catch {
            return .failed("\(name):\(error): the golden scene is not JSON; \(rerecord)")
        }
        let current = (try? JSONValue(parsing: actual)) ?? .null
        guard let difference = firstDifference(golden, current) else {
            return .failed("\(name): the scene's JSON is written differently from the golden (same values); \(rerecord)")
        }
        return .failed("\(name): the scene differs from the golden at \(difference); \(rerecord)")
    }

    /// `nodes[4].children[2].text: "…" (golden) ≠ "…" (now), in the text node at nodes[4].children[2]`,
    /// or `nil` when the two are equal.
    public static func firstDifference(_ golden: JSONValue, _ current: JSONValue) -> String? {
        difference(golden, current, path: "", node: nil)
    }

    private static func difference(_ golden: JSONValue, _ current: JSONValue, path: String, node: (String, String)?) -> String? {
        var node = node
        if let kind = golden["kind"]?.stringValue, golden["x"] != nil { node = (kind, path) }
        switch (golden, current) {
        case (.object(let goldenMembers), .object(let currentMembers)):
            let currentKeys = currentMembers.map(\.0)
            for (key, value) in goldenMembers {
                let inner = path.isEmpty ? key : path + "." + key
                guard let other = current[key] else {
                    return describe(inner, golden: value, current: nil, node: node)
                }
                if let found = difference(value, other, path: inner, node: node) { return found }
            }
            if let extra = currentKeys.first(where: { golden[$0] == nil }) {
                return describe(path.isEmpty ? extra : path + "." + extra, golden: nil, current: current[extra], node: node)
            }
            if goldenMembers.map(\.0) != currentKeys {
                return describe(
                    path, golden: .string(goldenMembers.map(\.0).joined(separator: ", ")),
                    current: .string(currentKeys.joined(separator: ", ")), node: node) + " (the order of the keys)"
            }
            return nil
        case (.array(let goldenItems), .array(let currentItems)):
            for (index, pair) in zip(goldenItems, currentItems).enumerated() {
                if let found = difference(pair.0, pair.1, path: "\(path)[\(index)]", node: node) { return found }
            }
            guard goldenItems.count != currentItems.count else { return nil }
            return describe(
                path, golden: .string("\(goldenItems.count) items"), current: .string("\(currentItems.count) items"), node: node)
        default:
            return golden == current ? nil : describe(path, golden: golden, current: current, node: node)
        }
    }

    private static func describe(_ path: String, golden: JSONValue?, current: JSONValue?, node: (String, String)?) -> String {
        func show(_ value: JSONValue?) -> String {
            guard let value else { return "(absent)" }
            let text = value.compactSerialized()
            return text.count > 160 ? String(text.prefix(160)) + "…" : text
        }
        let place = node.map { ", in the \($0.0) node at \($0.1.isEmpty ? "the root" : $0.1)" } ?? ""
        return "\(path.isEmpty ? "the document" : path): \(show(golden)) (golden) ≠ \(show(current)) (now)\(place)"
    }
}
