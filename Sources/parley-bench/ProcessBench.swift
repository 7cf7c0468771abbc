import Foundation

/// Whole processes: one cold `parley render`, and `parley export` over a generated archive with
/// one job and with every core.
struct ProcessBench {
    let parley: String
    let sample: String
    let runs: Int
    let meetings: Int
    let scratch: URL

    /// Returns the cold render's median wall µs.
    func coldRender() -> Double {
        print("## One cold `parley render` (process start to exit, model parsing included; \(runs) runs)\n")
        var rows: [[String]] = []
        var pngMedian = Double.nan
        for format in ["png", "svg", "pdf"] {
            let output = scratch.appendingPathComponent("cold.\(format)").path
            guard let (timings, peak) = ChildProcess.repeated([parley, "render", sample, "--round", "round-2", "-o", output], runs: runs)
            else {
                rows.append(["timeline, round 2", format, "failed", "", ""])
                continue
            }
            if format == "png" { pngMedian = timings.median }
            rows.append([
                "timeline, round 2", format, Format.milli(timings.median),
                "\(Format.milli(timings.percentile(10)))–\(Format.milli(timings.percentile(90)))", Format.mebi(peak),
            ])
        }
        table(["chart", "format", "median ms", "p10–p90 ms", "peak RSS MiB"], rows)
        return pngMedian
    }

    func batchExport() throws {
        let archive = try makeArchive(meetings)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("## Batch export of \(meetings) meetings (3 rounds each, \(meetings * 7) charts a format)\n")
        var rows: [[String]] = []
        for format in ["svg", "png", "pdf"] {
            var single = Double.nan
            for jobs in Set([1, cores]).sorted() {
                let out = scratch.appendingPathComponent("export-\(format)-\(jobs)")
                try? FileManager.default.removeItem(at: out)
                let result = ChildProcess.run([parley, "export", archive.path, "--out", out.path, "--formats", format, "--jobs", "\(jobs)"])
                guard result.status == 0 else {
                    rows.append([format, "\(jobs)", "failed (exit \(result.status))", "", "", ""])
                    continue
                }
                if jobs == 1 { single = result.wallMicros }
                let charts = Double(meetings * 7)
                rows.append([
                    format, "\(jobs)", String(format: "%.2f", result.wallMicros / 1e6),
                    String(format: "%.0f", charts / (result.wallMicros / 1e6)),
                    jobs == 1 ? "1.00×" : Format.ratio(single / result.wallMicros), Format.mebi(result.peakKiB),
                ])
                try? FileManager.default.removeItem(at: out)
            }
        }
        table(["format", "jobs", "wall s", "charts/s", "speed-up", "peak RSS MiB"], rows)

        // Memory must not grow with the archive: stream, do not hold it.
        let small = try makeArchive(max(1, meetings / 10), name: "archive-small")
        var memoryRows: [[String]] = []
        for (count, folder) in [(max(1, meetings / 10), small), (meetings, archive)] {
            let out = scratch.appendingPathComponent("export-memory")
            try? FileManager.default.removeItem(at: out)
            let result = ChildProcess.run([parley, "export", folder.path, "--out", out.path, "--formats", "png", "--jobs", "\(cores)"])
            memoryRows.append(["\(count)", result.status == 0 ? Format.mebi(result.peakKiB) : "failed"])
            try? FileManager.default.removeItem(at: out)
        }
        print("Peak memory against the number of meetings (PNG, \(cores) jobs)\n")
        table(["meetings", "peak RSS MiB"], memoryRows)
    }

    /// `count` copies of the Istanbul sample under distinct meeting ids, with its flag pictures.
    private func makeArchive(_ count: Int, name: String = "archive") throws -> URL {
        let folder = scratch.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let flags = URL(fileURLWithPath: sample).deletingLastPathComponent().appendingPathComponent("flags")
        if FileManager.default.fileExists(atPath: flags.path) {
            try FileManager.default.copyItem(at: flags, to: folder.appendingPathComponent("flags"))
        }
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        for index in 0..<count {
            let copy = text.replacingOccurrences(of: "id: istanbul-2025\n", with: "id: meeting-\(index)\n")
            try copy.write(to: folder.appendingPathComponent("meeting-\(index).yaml"), atomically: false, encoding: .utf8)
        }
        return folder
    }
}
