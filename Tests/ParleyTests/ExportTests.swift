import Foundation
import ParleyTestSupport
import Testing

@Suite struct ExportTests {
    private func manifest(_ path: String) throws -> [[String: Any]] {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return root?["files"] as? [[String: Any]] ?? []
    }

    private func allFiles(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter {
                !$0.hasSuffix("manifest.json") && !$0.contains("manifest.shard") && $0 != ".parley-export.lock"
                    && FileManager.default.fileExists(atPath: folder + "/" + $0) && !isFolder(folder + "/" + $0)
            }
            .sorted()
    }

    private func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    @Test func exportsTheFullTreeWithAManifestAndRewritesNothingTheSecondTime() throws {
        let out = try TemporaryDirectory()
        let first = CommandRunner.parley(["export", RepositoryPaths.samples, "--out", out.url.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("exported 3 of 3 models: 49 files written, 0 unchanged"))
        let files = allFiles(out.url.path)
        #expect(files.contains("istanbul-2025/round-2/seating.svg"))
        #expect(files.contains("istanbul-2025/seating-compare.pdf") && files.contains("istanbul-2025/overview.png"))
        #expect(files.contains("istanbul-2025/round-3/timeline.png") && !files.contains("istanbul-2025/round-3/seating.png"))
        let entries = try manifest(out.file("manifest.json").path)
        #expect(entries.map { $0["path"] as? String ?? "" } == files)
        // Every hash is the file's, as coreutils computes it.
        let sums = String(decoding: try ExternalTool.run("sha256sum", files.map { out.url.path + "/" + $0 }), as: UTF8.self)
        for entry in entries {
            let path = entry["path"] as? String ?? ""
            #expect(sums.contains("\(entry["sha256"] as? String ?? "-")  \(out.url.path)/\(path)"), "\(path)")
        }
        let png = try #require(entries.first { $0["path"] as? String == "istanbul-2025/round-2/timeline.png" })
        #expect(png["width"] as? Int == 900 && png["chart"] as? String == "timeline" && png["round"] as? String == "round-2")

        let before =
            try FileManager.default.attributesOfItem(atPath: out.file("istanbul-2025/timeline.svg").path)[.modificationDate] as? Date
        let second = CommandRunner.parley(["export", RepositoryPaths.samples, "--out", out.url.path])
        #expect(second.stderr.contains("0 files written, 49 unchanged"))
        let after =
            try FileManager.default.attributesOfItem(atPath: out.file("istanbul-2025/timeline.svg").path)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func anInvalidModelIsReportedAndTheOthersStillExport() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/riyadh-2025.yaml", toPath: input.file("a.yaml").path)
        try FileManager.default.copyItem(atPath: RepositoryPaths.invalidSamples + "/bad-time.yaml", toPath: input.file("b.yaml").path)
        let result = CommandRunner.parley(["export", input.url.path, "--out", out.url.path, "--formats", "svg"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.yaml:16:10: error: '25:10' is not a time"))
        #expect(result.stderr.contains("exported 1 of 2 models"))
        #expect(FileManager.default.fileExists(atPath: out.file("riyadh-2025/talks/seating.svg").path))
    }

    @Test func twoModelsWithOneMeetingIDNeverOverwriteEachOther() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        let original = try String(contentsOfFile: RepositoryPaths.samples + "/riyadh-2025.yaml", encoding: .utf8)
        try original.write(to: input.file("a.yaml"), atomically: true, encoding: .utf8)
        let copy = original.replacingOccurrences(of: "Diriyah Palace", with: "Somewhere Else")
        #expect(copy != original)
        try copy.write(to: input.file("b.yaml"), atomically: true, encoding: .utf8)
        for jobs in ["1", "2"] {
            let result = CommandRunner.parley(["export", input.url.path, "--out", out.url.path, "--formats", "svg", "--jobs", jobs])
            #expect(result.status == 1)
            #expect(result.stderr.contains("b.yaml: error: meeting id 'riyadh-2025' is also used by"))
            let svg = try String(contentsOf: out.file("riyadh-2025/talks/timeline.svg"), encoding: .utf8)
            #expect(svg.contains("Diriyah Palace") && !svg.contains("Somewhere Else"))
        }
    }

    @Test func meetingIDsThatDifferOnlyInCaseCollideToo() throws {
        // On macOS and Windows 'Riyadh-2025' and 'riyadh-2025' would be one folder.
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        let original = try String(contentsOfFile: RepositoryPaths.samples + "/riyadh-2025.yaml", encoding: .utf8)
        try original.write(to: input.file("a.yaml"), atomically: true, encoding: .utf8)
        let copy = original.replacingOccurrences(of: "id: riyadh-2025", with: "id: Riyadh-2025")
        #expect(copy != original)
        try copy.write(to: input.file("b.yaml"), atomically: true, encoding: .utf8)
        let result = CommandRunner.parley(["export", input.url.path, "--out", out.url.path, "--formats", "svg"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.yaml: error: meeting id 'Riyadh-2025' differs from 'riyadh-2025' of"))
        #expect(!FileManager.default.fileExists(atPath: out.file("Riyadh-2025").path))
    }

    @Test func workerProcessesGetEveryOptionAndWriteWhatOneProcessWrites() throws {
        let one = try TemporaryDirectory(), two = try TemporaryDirectory()
        let options = ["--formats", "svg,png", "--theme", "dark", "--scale", "2"]
        #expect(CommandRunner.parley(["export", RepositoryPaths.samples, "--out", one.url.path, "--jobs", "1"] + options).status == 0)
        #expect(CommandRunner.parley(["export", RepositoryPaths.samples, "--out", two.url.path, "--jobs", "2"] + options).status == 0)
        let files = allFiles(one.url.path)
        #expect(files == allFiles(two.url.path) && files.count > 20)
        for file in files {
            #expect(
                FileManager.default.contents(atPath: one.file(file).path) == FileManager.default.contents(atPath: two.file(file).path),
                "\(file)")
        }
        #expect(try manifest(one.file("manifest.json").path).count == manifest(two.file("manifest.json").path).count)
    }

    @Test func shardsSplitTheWorkAndTheirManifestsMergeIntoTheWhole() throws {
        let whole = try TemporaryDirectory(), parts = try TemporaryDirectory()
        #expect(
            CommandRunner.parley(["export", RepositoryPaths.samples, "--out", whole.url.path, "--formats", "svg", "--jobs", "1"]).status
                == 0)
        for shard in ["1/2", "2/2"] {
            #expect(
                CommandRunner.parley(["export", RepositoryPaths.samples, "--out", parts.url.path, "--formats", "svg", "--shard", shard])
                    .status == 0)
        }
        let one = try manifest(parts.file("manifest.shard-1-of-2.json").path).map { $0["path"] as? String ?? "" }
        let two = try manifest(parts.file("manifest.shard-2-of-2.json").path).map { $0["path"] as? String ?? "" }
        #expect(Set(one).isDisjoint(with: two))
        let merged = CommandRunner.parley([
            "merge-manifests", parts.file("manifest.shard-1-of-2.json").path, parts.file("manifest.shard-2-of-2.json").path, "-o",
            parts.file("manifest.json").path,
        ])
        #expect(merged.status == 0)
        #expect(try Data(contentsOf: parts.file("manifest.json")) == Data(contentsOf: whole.file("manifest.json")))
        #expect(CommandRunner.parley(["export", RepositoryPaths.samples, "--shard", "3/2", "--out", parts.url.path]).status != 0)
    }

    @Test func describeGivesTheCaption() {
        let result = CommandRunner.parley(["describe", RepositoryPaths.samples + "/istanbul-2025.yaml", "--round", "round-2"])
        #expect(
            String(decoding: result.stdout, as: UTF8.self).hasPrefix(
                "Round 2, 2 June 2025, Çırağan Palace, Istanbul: ≈14:30/≈14:43/14:44–15:57/15:58 MSK, ≈1 h 13–28 min. Seating: Russia on the left arm, Ukraine on the right arm, Turkey at the head."
            ))
    }
}

@Suite struct WatchTests {
    @Test func watchRendersAgainWhenTheModelChanges() throws {
        let folder = try TemporaryDirectory()
        let model = folder.file("m.yaml"), output = folder.file("m.svg")
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/riyadh-2025.yaml", toPath: model.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.parleyExecutable)
        process.arguments = ["render", model.path, "--watch", "-o", output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            // The watcher unblocks SIGTERM itself; should that ever break, fail rather than hang.
            var waited = 0
            while process.isRunning, waited < 50 { usleep(100_000); waited += 1 }
            #expect(!process.isRunning, "the watcher did not stop on SIGTERM")
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        func waitFor(_ text: String) -> Bool {
            for _ in 0..<100 {  // at most 10 s
                if let data = FileManager.default.contents(atPath: output.path), String(decoding: data, as: UTF8.self).contains(text) {
                    return true
                }
                usleep(100_000)
            }
            return false
        }
        #expect(waitFor("Diriyah Palace"))
        let changed = try String(contentsOf: model, encoding: .utf8).replacingOccurrences(of: "Diriyah Palace", with: "Al Yamamah Palace")
        // A later modification time than the first render saw, even on coarse clocks.
        usleep(1_100_000)
        try changed.write(to: model, atomically: true, encoding: .utf8)
        #expect(waitFor("Al Yamamah Palace"))
    }
}

@Suite struct StaleOutputTests {
    @Test func filesOfARenamedRoundGoUnlessSomeoneChangedThem() throws {
        let input = try TemporaryDirectory(), out = try TemporaryDirectory()
        let model = input.file("riyadh.yaml")
        let original = try String(contentsOfFile: RepositoryPaths.samples + "/riyadh-2025.yaml", encoding: .utf8)
        try original.write(to: model, atomically: true, encoding: .utf8)
        let export = ["export", input.url.path, "--out", out.url.path, "--formats", "svg,png"]
        #expect(CommandRunner.parley(export).status == 0)
        let edited = out.file("riyadh-2025/talks/timeline.png").path
        #expect(FileManager.default.fileExists(atPath: edited))
        try Data("changed by hand".utf8).write(to: URL(fileURLWithPath: edited))
        try Data("mine".utf8).write(to: out.file("riyadh-2025/notes.txt"))

        try original.replacingOccurrences(of: "id: talks", with: "id: main").write(to: model, atomically: true, encoding: .utf8)
        let second = CommandRunner.parley(export)
        #expect(second.status == 0)
        #expect(second.stderr.contains("3 no longer made and removed"), "\(second.stderr)")
        for gone in ["talks/timeline.svg", "talks/seating.svg", "talks/seating.png"] {
            #expect(!FileManager.default.fileExists(atPath: out.file("riyadh-2025/" + gone).path), "\(gone) is still there")
        }
        #expect(FileManager.default.fileExists(atPath: edited), "a file changed by hand was removed")
        #expect(FileManager.default.fileExists(atPath: out.file("riyadh-2025/notes.txt").path))
        #expect(FileManager.default.fileExists(atPath: out.file("riyadh-2025/main/seating.svg").path))
    }
}
