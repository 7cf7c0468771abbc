import Foundation
import ParleyTestSupport
import Testing

/// deploy/export-parallel.sh: `parley export --shard K/N` as N processes under GNU parallel
/// (Debian's, from set-up), their manifests merged into the one a single export makes.
@Suite struct ExportParallelTests {
    static let script = Toolchain.root + "/deploy/export-parallel.sh"

    init() { TestFonts.pin() }

    /// The script with `arguments`, its shards run by the debug `parley` or by `parley`.
    static func run(_ arguments: [String], parley: String = Toolchain.parley) throws -> (status: Int32, stdout: String, stderr: String) {
        _ = try Toolchain.installed("/usr/bin/parallel", "GNU parallel")
        let environment = Toolchain.environment.merging(["PARLEY": parley]) { $1 }
        let result = ExternalTool.capture("/bin/sh", [script] + arguments, environment: environment)
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    @Test func threeShardsMergeIntoTheSingleExport() throws {
        let archive = try ShardedExportArchive()
        let single = try archive.singleExport(["--formats", "svg,png"])
        let sharded = archive.volume.file("sharded").path
        let run = try Self.run([archive.archive, sharded, "3", "--formats", "svg,png"])
        try #require(run.status == 0, "\(run.stderr)")
        try ShardedExportArchive.expectSameExport(sharded, as: single, shards: 3)

        // Run again over the finished output: nothing changes, and the merge still holds.
        let again = try Self.run([archive.archive, sharded, "3", "--formats", "svg,png"])
        #expect(again.status == 0, "\(again.stderr)")
        try ShardedExportArchive.expectSameExport(sharded, as: single, shards: 3)
    }

    @Test func anInvalidModelFailsItsShardAndTheOthersStillMerge() throws {
        let archive = try ShardedExportArchive(generated: 2)
        try FileManager.default.copyItem(
            atPath: RepositoryPaths.invalidSamples + "/end-before-start.yaml", toPath: archive.archive + "/broken.yaml")
        let single = archive.volume.file("single").path
        let whole = CommandRunner.parley(["export", archive.archive, "--out", single, "--jobs", "1", "--formats", "svg"])
        #expect(whole.status == 1)
        let sharded = archive.volume.file("sharded").path
        let run = try Self.run([archive.archive, sharded, "3", "--formats", "svg"])
        #expect(run.status == 1)
        #expect(run.stderr.contains(#/broken\.yaml:\d+:\d+: error: /#), "the invalid model is named at its place: \(run.stderr)")
        try ShardedExportArchive.expectSameExport(sharded, as: single, shards: 3)
    }

    @Test func aShardThatCrashedStopsTheMergeAndNamesTheShard() throws {
        let archive = try ShardedExportArchive(generated: 2)
        // A parley that dies without a word for shard 2 of 3, as a killed process would.
        let wrapper = archive.volume.file("parley-crashing-shard-2")
        let script = "#!/bin/sh\ncase \"$*\" in *'--shard 2/3'*) exit 137 ;; esac\nexec '\(Toolchain.parley)' \"$@\"\n"
        try Data(script.utf8).write(to: wrapper)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        let out = archive.volume.file("sharded").path
        let run = try Self.run([archive.archive, out, "3", "--formats", "svg"], parley: wrapper.path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("shard(s) 2 of 3 wrote no manifest"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/manifest.json"))
        #expect(FileManager.default.fileExists(atPath: out + "/manifest.shard-1-of-3.json"))
    }

    @Test func aWrongShardCountIsRefusedBeforeAnythingIsWritten() throws {
        let archive = try ShardedExportArchive(generated: 0)
        let out = archive.volume.file("out").path
        for shards in ["0", "three", "-2"] {
            let run = try Self.run([archive.archive, out, shards])
            #expect(run.status == 2 && run.stderr.contains("SHARDS must be a positive whole number"), "\(shards): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        let usage = try Self.run([archive.archive])
        #expect(usage.status == 2 && usage.stderr.contains("usage:"))
    }
}
