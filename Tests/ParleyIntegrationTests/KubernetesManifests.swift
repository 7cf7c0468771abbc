import Foundation
import ParleyTestSupport

/// The YAML documents of deploy/k8s, read by Debian's python3-yaml (set-up's) into JSON objects.
enum KubernetesManifests {
    static let folder = Toolchain.root + "/deploy/k8s"

    /// Every document of every file, by file name.
    static func all() throws -> [String: [[String: Any]]] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        var result: [String: [[String: Any]]] = [:]
        for file in files { result[file] = try documents(folder + "/" + file) }
        return result
    }

    static func documents(_ path: String) throws -> [[String: Any]] {
        let script = "import sys, json, yaml; print(json.dumps([d for d in yaml.safe_load_all(open(sys.argv[1])) if d is not None]))"
        let json = try ExternalTool.run(Toolchain.debianPython, ["-c", script, path])
        guard let documents = try JSONSerialization.jsonObject(with: Data(json)) as? [[String: Any]] else {
            throw ToolFailure("\(path) does not hold YAML mappings")
        }
        return documents
    }

    /// The single object of `kind` in `file`.
    static func object(_ file: String, kind: String) throws -> [String: Any] {
        guard let object = try documents(folder + "/" + file).first(where: { $0["kind"] as? String == kind }) else {
            throw ToolFailure("\(file) has no \(kind)")
        }
        return object
    }

    /// The value at a path of keys and list indices: `value(job, "spec", "template", "spec", "containers", 0)`.
    static func value(_ object: Any, _ path: Any...) -> Any? {
        path.reduce(Optional(object)) { current, key in
            switch key {
            case let name as String: return (current as? [String: Any])?[name]
            case let index as Int:
                guard let list = current as? [Any], list.indices.contains(index) else { return nil }
                return list[index]
            default: return nil
            }
        }
    }

    /// A pod template's first container.
    static func container(_ workload: [String: Any]) -> [String: Any] {
        value(workload, "spec", "template", "spec", "containers", 0) as? [String: Any] ?? [:]
    }

    /// A container's `env` as a dictionary.
    static func environment(_ container: [String: Any]) -> [String: String] {
        let entries = container["env"] as? [[String: Any]] ?? []
        return Dictionary(entries.compactMap { entry in (entry["name"] as? String).map { ($0, entry["value"] as? String ?? "") } }) { $1 }
    }
}
