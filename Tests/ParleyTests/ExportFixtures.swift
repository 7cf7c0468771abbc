import Foundation
import ParleyTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Archives, folder snapshots and manifest checks shared by the export tests.
enum ExportFixtures {
    /// `meetings` copies of the Istanbul sample with ids `meeting-0`… and `title`, flags beside.
    static func archive(in folder: URL, meetings: Int, title: String = "Before") throws {
        let sample = try String(contentsOfFile: RepositoryPaths.samples + "/istanbul-2025.yaml", encoding: .utf8)
        let flags = folder.appendingPathComponent("flags")
        if !FileManager.default.fileExists(atPath: flags.path) {
            try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: flags.path)
        }
        for index in 0..<meetings {
            let model = sample.replacingOccurrences(of: "id: istanbul-2025\n", with: "id: meeting-\(index)\n")
                .replacingOccurrences(of: "title: Russia–Ukraine direct talks in Istanbul", with: "title: \(title)")
            try model.write(to: folder.appendingPathComponent("meeting-\(index).yaml"), atomically: true, encoding: .utf8)
        }
    }

    /// Every regular file below `folder` but the export's own bookkeeping (its lock, its
    /// journal), by relative path.
    static func contents(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? [] {
            let name = URL(fileURLWithPath: path).lastPathComponent
            guard !(name.hasPrefix(".") && (name.hasSuffix(".lock") || name.hasSuffix(".journal"))) else { continue }
            var info = stat()
            let full = folder.appendingPathComponent(path).path
            guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if let data = FileManager.default.contents(atPath: full) { result[path] = data }
        }
        return result
    }

    /// The manifest's entries as JSON objects.
    static func manifest(_ path: URL) throws -> [[String: Any]] {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any]
        return root?["files"] as? [[String: Any]] ?? []
    }

    /// What is wrong between `folder`'s manifest and its files: entries whose file is missing or
    /// holds other bytes, paths listed twice, files no entry lists. Empty when they match.
    static func mismatches(in folder: URL, manifestName: String = "manifest.json") throws -> [String] {
        let entries = try manifest(folder.appendingPathComponent(manifestName))
        let files = contents(of: folder).filter { !$0.key.hasPrefix("manifest") && !$0.key.hasPrefix(".") }
        var problems: [String] = []
        var listed = Set<String>()
        for entry in entries {
            let path = entry["path"] as? String ?? ""
            if !listed.insert(path).inserted { problems.append("\(path) is listed twice") }
            guard let data = files[path] else {
                problems.append("\(path) is listed but missing")
                continue
            }
            let sums = try ExternalTool.run("sha256sum", [folder.appendingPathComponent(path).path])
            if !String(decoding: sums, as: UTF8.self).hasPrefix(entry["sha256"] as? String ?? "-") || data.count != entry["bytes"] as? Int {
                problems.append("\(path) does not hold the bytes listed")
            }
        }
        for path in files.keys where !listed.contains(path) { problems.append("\(path) is not listed") }
        return problems.sorted()
    }

    /// Pids of running `parley export --worker` processes whose command line names `folder`.
    static func workers(writingInto folder: URL) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { return nil }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            guard arguments.contains("--worker"), arguments.contains(folder.path) else { return nil }
            // A zombie has exited; only its parent's wait is missing.
            let status = (try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8)) ?? ""
            return status.contains(") Z ") ? nil : pid
        }
    }

    /// Waits until `condition` holds, checking every 10 ms for at most `seconds`.
    static func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    /// Starts `parley arguments…` without waiting, its standard error to `errors` when given.
    static func start(_ arguments: [String], errors: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.parleyExecutable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["FONTCONFIG_FILE": TestFonts.configurationPath]) { $1 }
        if let errors {
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
