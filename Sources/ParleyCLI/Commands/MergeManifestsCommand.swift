import ArgumentParser
import Parley
import ParleyExport

struct MergeManifestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-manifests",
        abstract: "Merge the manifests of several export shards into one.",
        discussion: "Example: parley merge-manifests Output/manifest.shard-*.json -o Output/manifest.json")

    @Argument(help: "Manifest files.")
    var manifests: [String]

    @Option(name: .shortAndLong, help: "The merged manifest; - for standard output.")
    var output = "-"

    func run() throws {
        do {
            var parts: [Manifest] = []
            for path in manifests { parts.append(try Manifest(contentsOf: path)) }
            let merged = try Manifest.merged(parts)
            try AtomicFile.write(Array(merged.json().serialized().utf8), to: output)
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
