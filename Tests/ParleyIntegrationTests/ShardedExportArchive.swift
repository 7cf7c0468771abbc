import Foundation
import ParleyTestSupport
import Testing

/// An archive for the scale-out examples of deploy/: the samples with their flag pictures and
/// generated meetings (other ids, rounds across midnight and in another zone, Cyrillic and
/// Turkish labels), one of them in a folder and a file name with spaces; and the single export
/// a sharded one must equal.
struct ShardedExportArchive {
    /// Holds `archive/` and the outputs; what a Kubernetes volume mounted at /data would hold.
    let volume: TemporaryDirectory
    let archive: String

    init(generated: Int = 4) throws {
        volume = try TemporaryDirectory()
        archive = volume.file("archive").path
        let nested = archive + "/other meetings"
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        for name in RepositoryPaths.sampleNames {
            let source = RepositoryPaths.sample(name)
            try FileManager.default.copyItem(atPath: source, toPath: archive + "/" + URL(fileURLWithPath: source).lastPathComponent)
        }
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: archive + "/flags")
        for index in 0..<generated {
            var generator = ModelGenerator(rounds: 1 + index % 3, maxEvents: 4, seed: 1600 + UInt64(index))
            let yaml = generator.yaml().replacingOccurrences(of: "id: generated\n", with: "id: generated-\(index)\n")
            let file = (index == 0 ? nested + "/talks \(index).yaml" : archive + "/generated-\(index).yaml")
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: file))
        }
    }

    /// `parley export ARCHIVE --out OUT ARGUMENTS` in one process, the result to compare with.
    func singleExport(_ arguments: [String] = []) throws -> String {
        let out = volume.file("single").path
        let run = CommandRunner.parley(["export", archive, "--out", out, "--jobs", "1"] + arguments)
        try #require(run.status == 0, "\(run.stderr)")
        return out
    }

    /// The sharded output equals the single one: the merged manifest has the same bytes, every
    /// output file the same bytes, and each shard's manifest lists a part of the models' files
    /// that no other lists.
    static func expectSameExport(_ sharded: String, as single: String, shards: Int, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let merged = try Data(contentsOf: URL(fileURLWithPath: sharded + "/manifest.json"))
        #expect(merged == (try Data(contentsOf: URL(fileURLWithPath: single + "/manifest.json"))), sourceLocation: sourceLocation)
        let files = outputs(single)
        #expect(files.count > 3 * shards, "\(files.count) files", sourceLocation: sourceLocation)
        #expect(outputs(sharded) == files, sourceLocation: sourceLocation)
        for file in files
        where FileManager.default.contents(atPath: sharded + "/" + file) != FileManager.default.contents(atPath: single + "/" + file) {
            Issue.record("\(file) differs between the sharded and the single export", sourceLocation: sourceLocation)
        }
        var seen: Set<String> = []
        for shard in 1...shards {
            let listed = try manifestPaths(sharded + "/manifest.shard-\(shard)-of-\(shards).json")
            #expect(seen.isDisjoint(with: listed), "shard \(shard) repeats another's files", sourceLocation: sourceLocation)
            seen.formUnion(listed)
        }
        #expect(seen == Set(try manifestPaths(single + "/manifest.json")), sourceLocation: sourceLocation)
    }

    /// Every file an export made, by relative path, without its manifests and lock files.
    static func outputs(_ folder: String) -> [String] {
        let all = FileManager.default.subpaths(atPath: folder) ?? []
        return all.filter { path in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            let name = URL(fileURLWithPath: path).lastPathComponent
            return exists && !isFolder.boolValue && !name.hasPrefix("manifest") && !name.hasPrefix(".")
        }.sorted()
    }

    static func manifestPaths(_ path: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        let entries = (object as? [String: Any])?["files"] as? [[String: Any]] ?? []
        return entries.compactMap { $0["path"] as? String }
    }
}
